import { type ComponentChild, Fragment } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n/catalogue';
import { messageParts, type Params, type Translator } from '@/utils/i18n/translate';
import {
  CARD_LANGUAGE_SETTINGS,
  type CardLanguageSetting,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  isSiteDisabled,
  type Settings,
  type SettingsPatch,
} from '@/utils/settings/types';
import {
  CATEGORIES,
  type Category,
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  WHERE_OPTIONS,
  type Where,
} from '@/utils/vocabulary';

export interface SettingsFormProps {
  tr: Translator;
  settings: Settings;
  /**
   * Hostname of the active tab's page: a string when Backstory can run there, null when the
   * page is out of its reach (browser pages, extension stores), undefined while asking.
   */
  hostname: string | null | undefined;
  onChange: (patch: SettingsPatch) => void;
  onSiteChange: (hostname: string, enabled: boolean) => void;
}

export const CATEGORY_KEYS = {
  people: 'category.people',
  institutions: 'category.institutions',
  figures: 'category.figures',
} as const satisfies Record<Category, MessageKey>;

const STYLE_KEYS = {
  underline: 'style.underline',
  background: 'style.background',
  none: 'style.none',
} as const satisfies Record<HighlightStyle, MessageKey>;

/**
 * Each choice of card language, named so a reader finds their own: the languages by their own
 * names (with `lang`, so a screen reader says them right), "as the page" in the interface's.
 */
const CARD_LANGUAGE_NAMES: Record<CardLanguageSetting, { key?: MessageKey; name?: string }> = {
  page: { key: 'cardLanguage.page' },
  browser: { key: 'cardLanguage.browser' },
  en: { name: 'English' },
  uk: { name: 'Українська' },
  ru: { name: 'Русский' },
};

/** A message whose placeholders are elements (e.g. a hostname in its own span). */
function withElements(template: string, elements: Record<string, ComponentChild>, params?: Params) {
  return messageParts(template).map((part, index) =>
    part.placeholder !== undefined ? (
      <Fragment key={index}>
        {elements[part.placeholder] ?? String(params?.[part.placeholder] ?? '')}
      </Fragment>
    ) : (
      part.text
    ),
  );
}

const WHERE_KEYS = {
  talks: 'where.talks',
  everywhere: 'where.everywhere',
} as const satisfies Record<Where, MessageKey>;

const HOVER_DELAY_STEP_MS = 50;

function checked(event: Event): boolean {
  return (event.currentTarget as HTMLInputElement).checked;
}

/** The settings controls: every change is reported at once as a patch. */
export function SettingsForm({
  tr,
  settings,
  hostname,
  onChange,
  onSiteChange,
}: SettingsFormProps) {
  const id = useId();
  const siteReachable = typeof hostname === 'string';
  const siteOn = siteReachable ? !isSiteDisabled(settings, hostname) : false;

  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <div class="row">
        <label class="row-title" for={`${id}-enabled`}>
          {tr.t('settings.enabled')}
        </label>
        <input
          id={`${id}-enabled`}
          class="switch"
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          aria-checked={settings.enabled}
          aria-describedby={`${id}-enabled-hint`}
          onChange={(event) => onChange({ enabled: checked(event) })}
        />
        <p class="row-hint" id={`${id}-enabled-hint`}>
          {tr.t(settings.enabled ? 'settings.enabledHintOn' : 'settings.enabledHintOff')}
        </p>
      </div>

      <div class="row">
        <label class="row-title" for={`${id}-site`}>
          {siteReachable
            ? withElements(tr.t('settings.onSite'), {
                hostname: <span class="hostname">{hostname}</span>,
              })
            : tr.t('settings.onThisSite')}
        </label>
        <input
          id={`${id}-site`}
          class="switch"
          type="checkbox"
          role="switch"
          checked={siteOn}
          aria-checked={siteOn}
          disabled={!siteReachable}
          aria-describedby={`${id}-site-hint`}
          onChange={(event) => {
            if (siteReachable) onSiteChange(hostname, checked(event));
          }}
        />
        <p class="row-hint" id={`${id}-site-hint`}>
          {tr.t(
            hostname === undefined
              ? 'settings.siteChecking'
              : hostname === null
                ? 'settings.siteUnreachable'
                : siteOn
                  ? settings.enabled
                    ? 'settings.siteRuns'
                    : 'settings.siteWillRun'
                  : 'settings.siteOff',
          )}
        </p>
      </div>

      <fieldset class="group">
        <legend>{tr.t('settings.highlight')}</legend>
        <div class="chips">
          {CATEGORIES.map((category) => (
            <label class="chip" key={category}>
              <input
                type="checkbox"
                checked={settings.categories[category]}
                onChange={(event) => onChange({ categories: { [category]: checked(event) } })}
              />
              <span>{tr.t(CATEGORY_KEYS[category])}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>{tr.t('settings.style')}</legend>
        <div class="segmented">
          {HIGHLIGHT_STYLES.map((style) => (
            <label class="segment" key={style}>
              <input
                type="radio"
                name={`${id}-style`}
                value={style}
                checked={settings.style === style}
                onChange={() => onChange({ style })}
              />
              <span class={`sample sample-${style}`}>{tr.t(STYLE_KEYS[style])}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="group" aria-describedby={`${id}-where-hint`}>
        <legend>{tr.t('settings.where')}</legend>
        <div class="segmented">
          {WHERE_OPTIONS.map((where) => (
            <label class="segment" key={where}>
              <input
                type="radio"
                name={`${id}-where`}
                value={where}
                checked={settings.where === where}
                onChange={() => onChange({ where })}
              />
              <span>{tr.t(WHERE_KEYS[where])}</span>
            </label>
          ))}
        </div>
        <p class="row-hint" id={`${id}-where-hint`}>
          {tr.t('settings.whereHint')}
        </p>
      </fieldset>

      <HoverDelay
        tr={tr}
        id={`${id}-delay`}
        value={settings.hoverDelayMs}
        onCommit={(hoverDelayMs) => onChange({ hoverDelayMs })}
      />

      <div class="row row-check">
        <input
          id={`${id}-first`}
          type="checkbox"
          checked={settings.firstMentionOnly}
          aria-describedby={`${id}-first-hint`}
          onChange={(event) => onChange({ firstMentionOnly: checked(event) })}
        />
        <label class="row-title" for={`${id}-first`}>
          {tr.t('settings.firstMentionOnly')}
        </label>
        <p class="row-hint" id={`${id}-first-hint`}>
          {tr.t('settings.firstMentionOnlyHint')}
        </p>
      </div>

      <div class="row row-select">
        <label class="row-title" for={`${id}-card-language`}>
          {tr.t('settings.cardLanguage')}
        </label>
        <select
          id={`${id}-card-language`}
          value={settings.cardLanguage}
          aria-describedby={`${id}-card-language-hint`}
          onChange={(event) =>
            onChange({
              cardLanguage: (event.currentTarget as HTMLSelectElement).value as CardLanguageSetting,
            })
          }
        >
          {CARD_LANGUAGE_SETTINGS.map((setting) => {
            const { key, name } = CARD_LANGUAGE_NAMES[setting];
            return (
              <option key={setting} value={setting} lang={key ? undefined : setting}>
                {key ? tr.t(key) : name}
              </option>
            );
          })}
        </select>
        <p class="row-hint" id={`${id}-card-language-hint`}>
          {tr.t('settings.cardLanguageHint')}
        </p>
      </div>
    </form>
  );
}

interface HoverDelayProps {
  tr: Translator;
  id: string;
  value: number;
  onCommit: (value: number) => void;
}

/**
 * The value follows the thumb while dragging, but is stored only when it is let go (the
 * `change` event): storage.sync limits writes per minute, and a drag fires dozens of inputs.
 */
function HoverDelay({ tr, id, value, onCommit }: HoverDelayProps) {
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  const read = (event: Event) => Number((event.currentTarget as HTMLInputElement).value);

  return (
    <div class="row row-range">
      <label class="row-title" for={id}>
        {tr.t('settings.hoverDelay')}
      </label>
      <output class="range-value" for={id}>
        {tr.t('settings.hoverDelayValue', { ms: shown })}
      </output>
      <input
        id={id}
        type="range"
        min={HOVER_DELAY_MIN_MS}
        max={HOVER_DELAY_MAX_MS}
        step={HOVER_DELAY_STEP_MS}
        value={shown}
        aria-valuetext={tr.plural('settings.hoverDelaySpoken', shown)}
        onInput={(event) => setShown(read(event))}
        onChange={(event) => onCommit(read(event))}
      />
    </div>
  );
}
