/**
 * Turns a mention and the dataset into exactly what the popover shows. Pure: the cards
 * receive this model as props and never look anything up themselves, so what a card shows
 * can be tested from plain objects.
 */

import { figureValueText } from '@/utils/dataset/figure-value';
import {
  entityById,
  figureById,
  pollAnswers,
  pollFor,
  sourceById,
  statementsFor,
} from '@/utils/dataset/lookup';
import type {
  Dataset,
  Entity,
  EntityKind,
  Figure,
  Language,
  Localized,
  Statement,
} from '@/utils/dataset/schema';
import { isOneOf } from '@/utils/guards';
import type { MessageKey } from '@/utils/i18n/catalogue';
import { formatSourceDate } from '@/utils/i18n/source-date';
import { type Translator, translator } from '@/utils/i18n/translate';
import type { Mention } from '@/utils/matching/types';
import { ALIAS_FORMS, type AliasForm, LANGUAGES } from '@/utils/vocabulary';
import { type QuoteModel, quoteModel } from './quote-model';

export interface SourceModel {
  name: string;
  date: string;
}

export interface StatementModel {
  id: string;
  mode: Statement['mode'];
  /**
   * Verbatim: the quoted words exactly as the source published them (English), whatever the
   * card's language. Reported: our paraphrase in the card's language.
   */
  text: string;
  /** Verbatim on a uk/ru card: Backstory's translation of the quote, shown labelled, unquoted. */
  translation?: string;
  /** Verbatim: the language the speaker spoke, when the source's words are an English translation. */
  translatedFrom?: Language;
  /** Who said it, as the reader should see it: a name, or a description for an unnamed source. */
  speaker: string;
  /** `by`: the card's entity said it; `about`: someone else said it about the card's entity. */
  relation: 'by' | 'about';
  source: SourceModel;
}

export interface EntityModel {
  kind: 'entity';
  id: string;
  entityKind: EntityKind;
  name: string;
  role: string;
  statements: StatementModel[];
}

export interface PollAnswerModel {
  id: string;
  /** Percent, 0–100. */
  value: number;
  label: string;
  /** The answer the hovered figure is. */
  current: boolean;
}

export interface PollModel {
  title: string;
  population: string;
  /** Says who ran the poll, or that the source does not name them. */
  pollsterLine: string;
  answers: PollAnswerModel[];
  source: SourceModel;
}

export interface FigureModel {
  kind: 'figure';
  id: string;
  figureKind: Figure['kind'];
  /** The figure as the reader should see it: "78%", "about 20%", "February 18". */
  valueText: string;
  measures: string;
  subject: string;
  /** Percent 0–100 for a share of a whole, drawn as a simple visual. */
  share?: number;
  poll?: PollModel;
  source: SourceModel;
}

export interface WhyModel {
  /** The dataset form that matched, e.g. "Лаврова". */
  matched: string;
  /** What the form was taken for, e.g. "Sergey Lavrov". */
  readAs: string;
  /** How the rule read the form, e.g. "surname, Russian"; empty when the rule is unknown. */
  ruleDescription: string;
  pageCount: number;
  /**
   * Shown only because the text around it is about the talks (a general name such as "US"
   * under the setting "Where: pages about the talks"); false for names shown on any page.
   */
  topical: boolean;
}

export interface PopoverModel {
  /** The card's language: every text below is in it, except the verbatim quotes. */
  lang: Language;
  card: EntityModel | FigureModel | QuoteModel;
  why: WhyModel;
}

/** Reader-facing text in `lang`; English if a (hand-built, unvalidated) text lacks it. */
export function pickLocalized(text: Localized, lang: Language): string {
  return text[lang] || text.en;
}

const ALIAS_FORM_KEYS: Record<AliasForm, MessageKey> = {
  full: 'rule.full',
  surname: 'rule.surname',
  given: 'rule.given',
  title: 'rule.title',
  acronym: 'rule.acronym',
  name: 'rule.name',
  adjective: 'rule.adjective',
};

const RULE_LANGUAGE_KEYS = {
  en: 'rule.inEnglish',
  uk: 'rule.inUkrainian',
  ru: 'rule.inRussian',
} as const satisfies Record<Language, MessageKey>;

/**
 * "alias:surname:ru" → "surname, Russian"; "figure-form:en" → "figure as written, English"
 * (in the card's language). The rule string is produced by the matcher; a shape we do not know
 * yields "" rather than a guess, so the line never claims something the matcher did not say.
 */
export function describeRule(rule: string, tr: Translator = translator('en')): string {
  const [type, ...rest] = rule.split(':');
  const lang = rest[rest.length - 1];
  const languageName = isOneOf(LANGUAGES, lang) ? tr.t(RULE_LANGUAGE_KEYS[lang]) : undefined;
  if (type === 'alias') {
    const form =
      rest.length > 1 && isOneOf(ALIAS_FORMS, rest[0]) ? tr.t(ALIAS_FORM_KEYS[rest[0]]) : '';
    return [form, languageName].filter(Boolean).join(', ');
  }
  if (type === 'figure-form') {
    return [tr.t('rule.figure'), languageName].filter(Boolean).join(', ');
  }
  if (rule === 'quote:quoted') return tr.t('rule.quoteQuoted');
  if (rule === 'quote:unquoted') return tr.t('rule.quoteUnquoted');
  return '';
}

function sourceModel(dataset: Dataset, id: string, tr: Translator): SourceModel {
  const source = sourceById(dataset, id);
  // The validator checks references; an unknown id still shows something honest.
  return source
    ? { name: pickLocalized(source.name, tr.lang), date: formatSourceDate(source.date, tr) }
    : { name: tr.t('source.unknown'), date: '' };
}

/** What a card shows of a statement in `lang`: quotes as published, plus our labelled translation. */
export function statementText(
  statement: Pick<Statement, 'mode' | 'text' | 'translations'>,
  lang: Language,
): { text: string; translation?: string } {
  const ours = lang === 'en' ? statement.text : statement.translations[lang];
  if (statement.mode === 'reported') return { text: ours };
  return lang === 'en' ? { text: statement.text } : { text: statement.text, translation: ours };
}

function entityModel(dataset: Dataset, entity: Entity, tr: Translator): EntityModel {
  const { lang } = tr;
  const speakerName = (id: string) => {
    const speaker = entityById(dataset, id);
    return speaker ? pickLocalized(speaker.name, lang) : id;
  };
  return {
    kind: 'entity',
    id: entity.id,
    entityKind: entity.kind,
    name: pickLocalized(entity.name, lang),
    role: pickLocalized(entity.role, lang),
    // What the entity said comes first, then what was said about it, each in article order.
    statements: statementsFor(dataset, entity.id).map((statement) => ({
      id: statement.id,
      mode: statement.mode,
      ...statementText(statement, lang),
      ...(statement.mode === 'verbatim' && statement.translatedFrom
        ? { translatedFrom: statement.translatedFrom }
        : {}),
      speaker: statement.speakerLabel
        ? pickLocalized(statement.speakerLabel, lang)
        : speakerName(statement.speaker),
      relation: statement.speaker === entity.id ? 'by' : 'about',
      source: sourceModel(dataset, statement.source, tr),
    })),
  };
}

function figureModel(dataset: Dataset, figure: Figure, tr: Translator): FigureModel {
  const { lang } = tr;
  const model: FigureModel = {
    kind: 'figure',
    id: figure.id,
    figureKind: figure.kind,
    valueText: figureValueText(figure, tr),
    measures: pickLocalized(figure.measures, lang),
    subject: pickLocalized(figure.subject, lang),
    source: sourceModel(dataset, figure.source, tr),
  };
  if (figure.kind === 'share' && figure.unit === 'percent' && typeof figure.value === 'number') {
    model.share = Math.min(100, Math.max(0, figure.value));
  }
  const poll = pollFor(dataset, figure);
  if (poll) {
    model.poll = {
      title: pickLocalized(poll.title, lang),
      population: pickLocalized(poll.population, lang),
      pollsterLine:
        poll.pollster !== null
          ? tr.t('poll.by', { pollster: poll.pollster })
          : poll.pollsterNote
            ? pickLocalized(poll.pollsterNote, lang)
            : tr.t('poll.pollsterNotNamed'),
      answers: pollAnswers(dataset, poll).flatMap((answer) => {
        if (typeof answer.value !== 'number') return [];
        return [
          {
            id: answer.id,
            value: answer.value,
            label: pickLocalized(answer.measures, lang),
            current: answer.id === figure.id,
          },
        ];
      }),
      source: sourceModel(dataset, poll.source, tr),
    };
  }
  return model;
}

/**
 * Everything the popover shows for `mention`, or null when the mention points at nothing in
 * the dataset (a stale page index after a dataset update must not crash the page).
 */
export function buildPopoverModel(
  dataset: Dataset,
  mention: Mention,
  pageCount: number,
  lang: Language = 'en',
  topical = false,
): PopoverModel | null {
  const tr = translator(lang);
  let card: EntityModel | FigureModel | QuoteModel;
  let readAs: string;
  if (mention.kind === 'quote') {
    const quote = quoteModel(dataset, mention, lang, tr);
    if (!quote) return null;
    card = quote;
    readAs = tr.t('quote.readAs', { speaker: quote.speaker });
  } else if (mention.kind === 'entity') {
    const entity = entityById(dataset, mention.id);
    if (!entity) return null;
    card = entityModel(dataset, entity, tr);
    readAs = card.name;
  } else {
    const figure = figureById(dataset, mention.id);
    if (!figure) return null;
    card = figureModel(dataset, figure, tr);
    readAs = `${card.valueText}: ${card.measures}`;
  }
  return {
    lang,
    card,
    why: {
      matched: mention.matched,
      readAs,
      ruleDescription: describeRule(mention.rule, tr),
      pageCount,
      topical,
    },
  };
}
