/**
 * The closed word lists every layer shares, each written once as a tuple: the dataset schema's
 * picklists, the settings' sanitiser, the message guards and every label table are typed
 * against these, so adding a word here makes the compiler point at each place that must say
 * something about it. Pure values: this file imports nothing.
 */

/** Languages of the dataset's texts and of the forms the matcher finds. */
export const LANGUAGES = ['en', 'uk', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What settings toggle and style one by one, and what the popup's digest groups by. */
export const CATEGORIES = ['people', 'institutions', 'figures'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The categories an entity can have (figures are their own category). */
export const ENTITY_CATEGORIES = ['people', 'institutions'] as const satisfies readonly Category[];

/** How an alias writes a name (docs/dataset-format.md). */
export const ALIAS_FORMS = [
  'full',
  'surname',
  'given',
  'title',
  'acronym',
  'name',
  'adjective',
] as const;
export type AliasForm = (typeof ALIAS_FORMS)[number];

/** How highlights look. 'none' registers nothing: the page stays exactly as it was. */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export type PaintedStyle = Exclude<HighlightStyle, 'none'>;
export const PAINTED_STYLES: readonly PaintedStyle[] = HIGHLIGHT_STYLES.filter(
  (style): style is PaintedStyle => style !== 'none',
);

/**
 * Where general mentions ("US", Trump, figures) are shown: 'talks' — only in text about the
 * story (the default); 'everywhere' — on every page (utils/page/visibility.ts).
 */
export const WHERE_OPTIONS = ['talks', 'everywhere'] as const;
export type Where = (typeof WHERE_OPTIONS)[number];

/**
 * An entity's scope (docs/dataset-format.md, "Topic and scope"): 'specific' — shown on any
 * page; 'general' — only where the text around it is about the story.
 */
export const SCOPES = ['specific', 'general'] as const;
export type Scope = (typeof SCOPES)[number];
