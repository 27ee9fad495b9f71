/**
 * The dataset format, declared once. The runtime schema is the source of truth:
 * every TypeScript type below is derived from it, so the validator and the code
 * that reads the data cannot drift apart. See docs/dataset-format.md.
 */
import * as v from 'valibot';
import { ALIAS_FORMS, CATEGORIES, ENTITY_CATEGORIES, LANGUAGES, SCOPES } from '../vocabulary';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, -)'),
);

export const LanguageSchema = v.picklist(LANGUAGES);

/** Text for the reader, in every language Backstory shows: English, Ukrainian and Russian. */
export const LocalizedSchema = v.strictObject({
  en: nonEmpty,
  uk: nonEmpty,
  ru: nonEmpty,
});

/**
 * A statement's `text` in Ukrainian and Russian. For a reported statement: our own wording of
 * the same paraphrase. For a verbatim quote: Backstory's translation of the quoted words,
 * shown labelled as such after the quote, never in quotation marks.
 */
export const TranslationsSchema = v.strictObject({
  uk: nonEmpty,
  ru: nonEmpty,
});

/** Settings group things by category: each can be toggled and styled on its own. */
export const CategorySchema = v.picklist(CATEGORIES);
export const EntityKindSchema = v.picklist(['person', 'institution', 'place']);

/** 1-based index of a sentence of the source article, as numbered by `splitSentences`. */
export const SentenceRefSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * A way people write a name. The matcher compiles `text + ending` for every ending
 * (default: only the bare form), so inflection is data, not code:
 * `{ text: 'Лавров', endings: ['', 'а', 'у', 'ым', 'ом', 'е'] }`.
 * `case: 'proper'` (default) accepts the form capitalised as written or in capitals,
 * never in lower case ("trump card"); `case: 'exact'` accepts only the form as written.
 * `requiresConfirmation: true` marks a form that something common shares (the surname
 * "Kellogg" and the cereal maker "Kellogg's"): it counts only on a page that also names the
 * entity by one of its unmarked forms.
 */
export const AliasSchema = v.strictObject({
  text: nonEmpty,
  lang: LanguageSchema,
  form: v.picklist(ALIAS_FORMS),
  endings: v.optional(v.pipe(v.array(v.string()), v.minLength(1))),
  /**
   * Inflection of a name of several words, as data: one entry per word, each with the same
   * number of endings; form i joins every word's stem + its i-th ending with a space
   * ("Радянськ" + "ому", "Союз" + "і" → "Радянському Союзі"). Form 0 must be `text`.
   */
  declension: v.optional(
    v.pipe(
      v.array(
        v.strictObject({ stem: nonEmpty, endings: v.pipe(v.array(v.string()), v.minLength(1)) }),
      ),
      v.minLength(2),
    ),
  ),
  case: v.optional(v.picklist(['proper', 'exact'])),
  /**
   * Also accept the form written all in lower case: Ukrainian outlets that write Russian
   * names and institutions in lower case on purpose ("путін", "кремль").
   */
  lowerCase: v.optional(v.literal(true)),
  /**
   * The form is also a common word, so its capitals prove nothing in a Title Case or all-caps
   * line: a word ('word': "trump") counts there only if the page confirms the entity; a noun
   * that often opens a sentence ('noun': the Russian "путина", the fishing season) needs that
   * at a sentence start too; the object pronoun "us" ('pronoun') counts only where a pronoun
   * cannot stand. See utils/matching/name-context.ts.
   */
  commonWord: v.optional(v.picklist(['word', 'noun', 'pronoun'])),
  requiresConfirmation: v.optional(v.literal(true)),
});

/** A phrase that contains a name but is not the entity (a relative, a namesake, a brand). */
export const ExclusionSchema = v.strictObject({
  text: nonEmpty,
  lang: LanguageSchema,
  endings: v.optional(v.pipe(v.array(v.string()), v.minLength(1))),
  reason: nonEmpty,
});

/**
 * Where an entity's mentions are shown (see docs/dataset-format.md, "Topic and scope"):
 * `specific` — on any page (a name that belongs to this story, such as Lavrov's);
 * `general` — only where the text around it is about the story (the page layer's topicality),
 * because the name is common in unrelated news ("US", "Europe", Trump).
 */
export const ScopeSchema = v.picklist(SCOPES);

export const EntitySchema = v.strictObject({
  id,
  kind: EntityKindSchema,
  category: v.picklist(ENTITY_CATEGORIES),
  scope: ScopeSchema,
  name: LocalizedSchema,
  /** Who or what this is, in our own words, as the article establishes it. */
  role: LocalizedSchema,
  sentence: SentenceRefSchema,
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1)),
  exclusions: v.array(ExclusionSchema),
});

/**
 * When a source was published, as precise as it allows and no more: a day, or a month (with
 * the day of the talks it came before, when that is all it says). Data, not words: the card
 * writes it in its own language through `Intl` (utils/i18n/source-date.ts).
 */
export const SourceDateSchema = v.union([
  v.strictObject({ day: v.pipe(v.string(), v.isoDate('must be YYYY-MM-DD')) }),
  v.strictObject({
    month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM')),
    beforeTalks: v.optional(v.pipe(v.string(), v.isoDate('must be YYYY-MM-DD'))),
  }),
]);

export const SourceSchema = v.strictObject({
  id,
  kind: v.picklist(['article', 'agency']),
  /** Shown under what the source supports, in the card's language. */
  name: LocalizedSchema,
  /** What this source is, in our own words. */
  description: nonEmpty,
  /** e.g. `{ month: "2025-02", beforeTalks: "2025-02-18" }`: "February 2025, before the February 18 talks". */
  date: SourceDateSchema,
});

export const StatementSchema = v.strictObject({
  id,
  /** Entity id of who said it (for an unnamed source: the agency that cites it). */
  speaker: id,
  /** How the speaker is described when not by name, e.g. "a source familiar with …". */
  speakerLabel: v.optional(LocalizedSchema),
  /** verbatim: the words inside quotation marks; reported: our paraphrase, never quoted. */
  mode: v.picklist(['verbatim', 'reported']),
  /** In English, as the source published it (verbatim) or as we paraphrase it (reported). */
  text: nonEmpty,
  translations: TranslationsSchema,
  /**
   * Verbatim only: the language the speaker spoke when the source published the quote in
   * English translation. The card then says the quote is itself a translation.
   */
  translatedFrom: v.optional(LanguageSchema),
  sentence: SentenceRefSchema,
  topic: nonEmpty,
  date: nonEmpty,
  source: id,
  /** Entities the statement is about, so their cards can show it too. */
  about: v.array(id),
});

/** Lower-case word beginnings, e.g. "territor", "переговор". */
const StemListSchema = v.pipe(v.array(v.pipe(nonEmpty, v.toLowerCase())), v.minLength(1));

/** A form a figure is written in, e.g. "78%", "78 percent", "78 відсотків", "a fifth". */
export const FigureFormSchema = v.strictObject({
  text: nonEmpty,
  lang: LanguageSchema,
});

export const FigureSchema = v.strictObject({
  id,
  kind: v.picklist(['share', 'poll-answer', 'date', 'year']),
  /** The number as the article gives it (20, 78, 2014) or the date as written ("February 18"). */
  value: v.union([v.number(), nonEmpty]),
  unit: v.picklist(['percent', 'date', 'year']),
  approximate: v.boolean(),
  /** What the figure measures, in our own words. */
  measures: LocalizedSchema,
  /** Of whom or of what. */
  subject: LocalizedSchema,
  forms: v.pipe(v.array(FigureFormSchema), v.minLength(1)),
  /**
   * When a form counts: its own sentence must name the same measure — a word beginning
   * with one of the `subject` stems (who or what is measured: Russians, Ukraine's territory,
   * the talks) AND one beginning with one of the `measure` stems (what about them: support,
   * control, negotiations, borders). One stem alone is not enough: "20% discount" has
   * neither, "a fifth of Ukrainian households" has a subject but no measure.
   */
  context: v.strictObject({ subject: StemListSchema, measure: StemListSchema }),
  sentence: SentenceRefSchema,
  source: id,
  poll: v.optional(id),
});

export const PollSchema = v.strictObject({
  id,
  title: LocalizedSchema,
  population: LocalizedSchema,
  /** null when the source does not name the pollster; `pollsterNote` then says so. */
  pollster: v.nullable(nonEmpty),
  pollsterNote: v.optional(LocalizedSchema),
  answers: v.pipe(v.array(id), v.minLength(1)),
  sentence: SentenceRefSchema,
  source: id,
});

const lowerCase = v.regex(
  /^[^A-ZА-ЯЁІЇЄҐ]*$/,
  'must be lower case (cues are compared case-folded)',
);

/**
 * A lower-case word stem that marks text as being about the story: "ukrain", "переговор". With
 * `endings`, a whole word instead: the stem and one of the endings, then the word's end (the
 * Ukrainian "крим" + "", "у", "ом" is Crimea; as a bare stem it would take "кримінальний").
 */
export const TopicCueSchema = v.strictObject({
  stem: v.pipe(nonEmpty, lowerCase),
  lang: LanguageSchema,
  endings: v.optional(v.pipe(v.array(v.pipe(v.string(), lowerCase)), v.minLength(1))),
});

/**
 * What makes a text about the story. `anchors` name the story's own subject (Ukraine, its
 * places and leaders): at least one must be present. `context` are words of the story's kind
 * (talks, ceasefire, war) that count only next to an anchor. See utils/page/topicality.ts.
 */
export const TopicSchema = v.strictObject({
  anchors: v.pipe(v.array(TopicCueSchema), v.minLength(1)),
  context: v.array(TopicCueSchema),
});

export const DatasetSchema = v.strictObject({
  format: v.literal(1),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be semver, e.g. 1.0.0')),
  story: v.strictObject({ title: LocalizedSchema, summary: LocalizedSchema }),
  topic: TopicSchema,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  entities: v.array(EntitySchema),
  statements: v.array(StatementSchema),
  figures: v.array(FigureSchema),
  polls: v.array(PollSchema),
});

export type Language = v.InferOutput<typeof LanguageSchema>;
export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type Translations = v.InferOutput<typeof TranslationsSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type EntityKind = v.InferOutput<typeof EntityKindSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Exclusion = v.InferOutput<typeof ExclusionSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Scope = v.InferOutput<typeof ScopeSchema>;
export type TopicCue = v.InferOutput<typeof TopicCueSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type SourceDate = v.InferOutput<typeof SourceDateSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type FigureForm = v.InferOutput<typeof FigureFormSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Poll = v.InferOutput<typeof PollSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
/**
 * What finding mentions and listing them needs of an entity: no role, no statements. `scope`
 * is optional here so that matcher fixtures need not declare it; the page layer reads a
 * missing scope as `specific` (shown everywhere, as before topicality existed).
 */
export type MatchingEntity = Pick<Entity, 'id' | 'category' | 'name' | 'aliases' | 'exclusions'> &
  Partial<Pick<Entity, 'scope'>>;
/** What finding mentions and listing them needs of a figure. */
export type MatchingFigure = Pick<
  Figure,
  'id' | 'value' | 'unit' | 'approximate' | 'measures' | 'forms' | 'context'
>;
/** A verbatim quote, for the quote check: the words and who said them. */
export type MatchingQuote = Pick<Statement, 'id' | 'speaker' | 'text'> & {
  /** The quote in Ukrainian and Russian, when the dataset has it: recognises translations. */
  translations?: { uk?: string; ru?: string };
};
/** The part of the dataset the content script carries to every page; a Dataset is one too. */
export interface MatchingData {
  entities: MatchingEntity[];
  figures: MatchingFigure[];
  /** The verbatim quotes (a Dataset has them among its statements instead). */
  quotes?: MatchingQuote[];
  /** The topic cues (absent in matcher fixtures: then no text is topical). */
  topic?: Topic;
}
