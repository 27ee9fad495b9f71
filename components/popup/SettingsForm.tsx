import { useEffect, useId, useState } from 'preact/hooks';
import {
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
  settings: Settings;
  /**
   * Hostname of the active tab's page: a string when Backstory can run there, null when the
   * page is out of its reach (browser pages, extension stores), undefined while asking.
   */
  hostname: string | null | undefined;
  onChange: (patch: SettingsPatch) => void;
  onSiteChange: (hostname: string, enabled: boolean) => void;
}

export const CATEGORY_LABELS: Record<Category, string> = {
  people: 'People',
  institutions: 'Institutions',
  figures: 'Figures',
};

const STYLE_LABELS: Record<HighlightStyle, string> = {
  underline: 'Underline',
  background: 'Background',
  none: 'None',
};

export const WHERE_LABELS: Record<Where, string> = {
  talks: 'Pages about the talks',
  everywhere: 'Every page',
};

const HOVER_DELAY_STEP_MS = 50;

function checked(event: Event): boolean {
  return (event.currentTarget as HTMLInputElement).checked;
}

/** The settings controls: every change is reported at once as a patch. */
export function SettingsForm({ settings, hostname, onChange, onSiteChange }: SettingsFormProps) {
  const id = useId();
  const siteReachable = typeof hostname === 'string';
  const siteOn = siteReachable ? !isSiteDisabled(settings, hostname) : false;

  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <div class="row">
        <label class="row-title" for={`${id}-enabled`}>
          Enabled
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
          {settings.enabled ? 'Highlighting on every news page.' : 'Off everywhere.'}
        </p>
      </div>

      <div class="row">
        <label class="row-title" for={`${id}-site`}>
          {siteReachable ? (
            <>
              On <span class="hostname">{hostname}</span>
            </>
          ) : (
            'On this site'
          )}
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
          {hostname === undefined
            ? 'Looking at this tab…'
            : hostname === null
              ? 'Backstory can’t run on this page.'
              : siteOn
                ? settings.enabled
                  ? 'Runs on this site.'
                  : 'Will run here when Backstory is enabled.'
                : 'Off for this site only.'}
        </p>
      </div>

      <fieldset class="group">
        <legend>Highlight</legend>
        <div class="chips">
          {CATEGORIES.map((category) => (
            <label class="chip" key={category}>
              <input
                type="checkbox"
                checked={settings.categories[category]}
                onChange={(event) => onChange({ categories: { [category]: checked(event) } })}
              />
              <span>{CATEGORY_LABELS[category]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>Style</legend>
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
              <span class={`sample sample-${style}`}>{STYLE_LABELS[style]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="group" aria-describedby={`${id}-where-hint`}>
        <legend>Where</legend>
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
              <span>{WHERE_LABELS[where]}</span>
            </label>
          ))}
        </div>
        <p class="row-hint" id={`${id}-where-hint`}>
          Lavrov, Putin, Ushakov and the Kremlin show on every page; names common in other news (the
          US, Europe, Trump) and the figures only where the story is about the talks.
        </p>
      </fieldset>

      <HoverDelay
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
          First mention only
        </label>
        <p class="row-hint" id={`${id}-first-hint`}>
          Highlight each person or figure once per page.
        </p>
      </div>
    </form>
  );
}

interface HoverDelayProps {
  id: string;
  value: number;
  onCommit: (value: number) => void;
}

/**
 * The value follows the thumb while dragging, but is stored only when it is let go (the
 * `change` event): storage.sync limits writes per minute, and a drag fires dozens of inputs.
 */
function HoverDelay({ id, value, onCommit }: HoverDelayProps) {
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  const read = (event: Event) => Number((event.currentTarget as HTMLInputElement).value);

  return (
    <div class="row row-range">
      <label class="row-title" for={id}>
        Hover delay
      </label>
      <output class="range-value" for={id}>
        {shown} ms
      </output>
      <input
        id={id}
        type="range"
        min={HOVER_DELAY_MIN_MS}
        max={HOVER_DELAY_MAX_MS}
        step={HOVER_DELAY_STEP_MS}
        value={shown}
        aria-valuetext={`${shown} milliseconds`}
        onInput={(event) => setShown(read(event))}
        onChange={(event) => onCommit(read(event))}
      />
    </div>
  );
}
