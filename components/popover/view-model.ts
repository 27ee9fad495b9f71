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
  text: string;
  /** Who said it, as the reader should see it: a name, or a description for an unnamed source. */
  speaker: string;
  /** `by`: the card's entity said it; `about`: someone else said it about the card's entity. */
  relation: 'by' | 'about';
  date: string;
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
  card: EntityModel | FigureModel | QuoteModel;
  why: WhyModel;
}

const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  uk: 'Ukrainian',
  ru: 'Russian',
};

const ALIAS_FORM_NAMES: Record<AliasForm, string> = {
  full: 'full name',
  surname: 'surname',
  given: 'given name',
  title: 'title',
  acronym: 'acronym',
  name: 'name',
  adjective: 'adjective',
};

/** Reader-facing text in `lang`, falling back to English, which the schema requires. */
export function pickLocalized(text: Localized, lang: Language): string {
  return text[lang] ?? text.en;
}

/**
 * "alias:surname:ru" → "surname, Russian"; "figure-form:en" → "figure as written, English".
 * The rule string is produced by the matcher; a shape we do not know yields "" rather than a
 * guess, so the line never claims something the matcher did not say.
 */
export function describeRule(rule: string): string {
  const [type, ...rest] = rule.split(':');
  const lang = rest[rest.length - 1];
  const languageName = isOneOf(LANGUAGES, lang) ? LANGUAGE_NAMES[lang] : undefined;
  if (type === 'alias') {
    const form = rest.length > 1 && isOneOf(ALIAS_FORMS, rest[0]) ? ALIAS_FORM_NAMES[rest[0]] : '';
    return [form, languageName].filter(Boolean).join(', ');
  }
  if (type === 'figure-form') {
    return ['figure as written', languageName].filter(Boolean).join(', ');
  }
  if (rule === 'quote:quoted') return 'quotation of a quote in the dataset';
  if (rule === 'quote:unquoted') return 'words of a quote in the dataset, not in quotation marks';
  return '';
}

function sourceModel(dataset: Dataset, id: string): SourceModel {
  const source = sourceById(dataset, id);
  // The validator checks references; an unknown id still shows something honest.
  return source ? { name: source.name, date: source.date } : { name: 'Unknown source', date: '' };
}

function entityModel(dataset: Dataset, entity: Entity, lang: Language): EntityModel {
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
      text: statement.text,
      speaker: statement.speakerLabel ?? speakerName(statement.speaker),
      relation: statement.speaker === entity.id ? 'by' : 'about',
      date: statement.date,
      source: sourceModel(dataset, statement.source),
    })),
  };
}

function figureModel(dataset: Dataset, figure: Figure, lang: Language): FigureModel {
  const model: FigureModel = {
    kind: 'figure',
    id: figure.id,
    figureKind: figure.kind,
    valueText: figureValueText(figure),
    measures: pickLocalized(figure.measures, lang),
    subject: pickLocalized(figure.subject, lang),
    source: sourceModel(dataset, figure.source),
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
          ? `Poll by ${poll.pollster}`
          : (poll.pollsterNote ?? 'Pollster not named in the source'),
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
      source: sourceModel(dataset, poll.source),
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
  let card: EntityModel | FigureModel | QuoteModel;
  let readAs: string;
  if (mention.kind === 'quote') {
    const quote = quoteModel(dataset, mention, lang);
    if (!quote) return null;
    card = quote;
    readAs = `words of ${quote.speaker}`;
  } else if (mention.kind === 'entity') {
    const entity = entityById(dataset, mention.id);
    if (!entity) return null;
    card = entityModel(dataset, entity, lang);
    readAs = card.name;
  } else {
    const figure = figureById(dataset, mention.id);
    if (!figure) return null;
    card = figureModel(dataset, figure, lang);
    readAs = `${card.valueText}: ${card.measures}`;
  }
  return {
    card,
    why: {
      matched: mention.matched,
      readAs,
      ruleDescription: describeRule(mention.rule),
      pageCount,
      topical,
    },
  };
}
