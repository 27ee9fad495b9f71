/**
 * Full validation of a dataset: the valibot schema (shape and field rules) plus
 * the checks a schema cannot express — ids that collide, references that do not
 * resolve, polls and figures that disagree, entries listed twice. (Names that two entries would
 * both claim are found on the compiled matcher itself, which normalises them as it does on a
 * page: utils/matching/conflicts.ts, run by the build.) Every problem is reported with the JSON path of the bad field
 * (`$.entities[3].aliases[0].text`) so a broken dataset is fixed at build time,
 * never discovered as a blank popover on a page.
 *
 * Runs in Node (build hook, tests); the content script only imports the data.
 */
import * as v from 'valibot';
import { aliasForms } from './alias-forms';
import { type Dataset, DatasetSchema, type Language } from './schema';

export interface DatasetError {
  /** JSON path of the offending field, e.g. `$.statements[2].speaker`. */
  path: string;
  message: string;
}

export type DatasetValidation =
  | { ok: true; dataset: Dataset }
  | { ok: false; errors: DatasetError[] };

type PathKey = string | number;

/** `['entities', 3, 'aliases']` → `$.entities[3].aliases`. */
export function toJsonPath(keys: readonly PathKey[]): string {
  let path = '$';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

function schemaIssueToError(issue: v.BaseIssue<unknown>): DatasetError {
  const keys: PathKey[] = (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
  let message = issue.message;
  // valibot words missing and unknown keys of strict objects alike; say which it is.
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    message = 'unknown field (not part of the dataset format)';
  } else if (issue.type === 'strict_object' && issue.input === undefined) {
    message = 'required field is missing';
  }
  return { path: toJsonPath(keys), message };
}

/**
 * Letters a text of the language never contains, so a name written with them can never
 * be found on a page in that language: Cyrillic in English; the letters only Russian
 * uses in Ukrainian; the letters only Ukrainian uses in Russian. (Latin letters stay
 * allowed in Ukrainian and Russian: "Reuters" is written so there.)
 */
const FOREIGN_LETTERS: Record<Language, RegExp> = {
  en: /\p{Script=Cyrillic}/u,
  uk: /[ыэъёЫЭЪЁ]/u,
  ru: /[іїєґІЇЄҐ]/u,
};

function checkCrossReferences(dataset: Dataset): DatasetError[] {
  const errors: DatasetError[] = [];
  const report = (keys: PathKey[], message: string) =>
    errors.push({ path: toJsonPath(keys), message });

  // One namespace for every id, so a mention, a card or a citation is never ambiguous.
  const idOwner = new Map<string, string>();
  const collections = ['sources', 'entities', 'statements', 'figures', 'polls'] as const;
  for (const collection of collections) {
    dataset[collection].forEach((item, index) => {
      const here = toJsonPath([collection, index, 'id']);
      const first = idOwner.get(item.id);
      if (first !== undefined)
        report([collection, index, 'id'], `duplicate id "${item.id}" (first used at ${first})`);
      else idOwner.set(item.id, here);
    });
  }

  const entityIds = new Set(dataset.entities.map((entity) => entity.id));
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
  const pollsById = new Map(dataset.polls.map((poll) => [poll.id, poll]));
  const figuresById = new Map(dataset.figures.map((figure) => [figure.id, figure]));

  const mustBe = (set: { has(id: string): boolean }, what: string, id: string, keys: PathKey[]) => {
    if (!set.has(id)) report(keys, `"${id}" is not the id of any ${what}`);
  };

  dataset.statements.forEach((statement, index) => {
    mustBe(entityIds, 'entity', statement.speaker, ['statements', index, 'speaker']);
    mustBe(sourceIds, 'source', statement.source, ['statements', index, 'source']);
    statement.about.forEach((id, aboutIndex) => {
      mustBe(entityIds, 'entity', id, ['statements', index, 'about', aboutIndex]);
    });
    // A quote is stored as the bare words; a paraphrase must never look like a quote.
    if (statement.mode === 'reported' && /["“”«»„]/.test(statement.text)) {
      report(
        ['statements', index, 'text'],
        'a reported statement must not contain quotation marks',
      );
    }
    if (statement.mode === 'verbatim' && /^["“«„]|["”»]$/.test(statement.text)) {
      report(['statements', index, 'text'], 'store the quoted words without the quotation marks');
    }
    // A translation is ours, never the speaker's words: it must not look like a quote either.
    for (const lang of ['uk', 'ru'] as const) {
      if (/["“”«»„]/.test(statement.translations[lang])) {
        report(
          ['statements', index, 'translations', lang],
          'a translation must not contain quotation marks',
        );
      }
    }
    if (statement.translatedFrom !== undefined && statement.mode !== 'verbatim') {
      report(
        ['statements', index, 'translatedFrom'],
        'only a verbatim quote can be a published translation',
      );
    }
    if (statement.translatedFrom === 'en') {
      report(
        ['statements', index, 'translatedFrom'],
        'the quote is published in English; name the language the speaker spoke',
      );
    }
  });

  dataset.figures.forEach((figure, index) => {
    mustBe(sourceIds, 'source', figure.source, ['figures', index, 'source']);
    const numeric = typeof figure.value === 'number';
    const expectedUnit = { share: 'percent', 'poll-answer': 'percent', date: 'date', year: 'year' }[
      figure.kind
    ];
    if (figure.unit !== expectedUnit) {
      report(
        ['figures', index, 'unit'],
        `a ${figure.kind} figure is measured in "${expectedUnit}"`,
      );
    }
    if (numeric === (figure.kind === 'date')) {
      report(
        ['figures', index, 'value'],
        figure.kind === 'date' ? 'a date is written as text' : 'must be a number',
      );
    }
    if (figure.kind === 'poll-answer' && figure.poll === undefined) {
      report(['figures', index], 'a poll answer must name its poll');
    }
    if (figure.poll !== undefined) {
      const poll = pollsById.get(figure.poll);
      if (poll === undefined) mustBe(pollsById, 'poll', figure.poll, ['figures', index, 'poll']);
      else if (!poll.answers.includes(figure.id)) {
        report(
          ['figures', index, 'poll'],
          `poll "${poll.id}" does not list this figure among its answers`,
        );
      }
      if (figure.kind !== 'poll-answer') {
        report(['figures', index, 'kind'], 'a figure that belongs to a poll must be a poll-answer');
      }
    }
    const seenForms = new Map<string, number>();
    figure.forms.forEach((form, formIndex) => {
      const key = `${form.lang}\u0000${form.text}`;
      const first = seenForms.get(key);
      if (first !== undefined) {
        report(
          ['figures', index, 'forms', formIndex, 'text'],
          `repeats forms[${first}] for the same language`,
        );
      } else seenForms.set(key, formIndex);
    });
    // A stem names either who is measured or what is measured: never both, never twice.
    const seenContext = new Map<string, string>();
    for (const part of ['subject', 'measure'] as const) {
      figure.context[part].forEach((stem, stemIndex) => {
        const first = seenContext.get(stem);
        if (first !== undefined) {
          report(
            ['figures', index, 'context', part, stemIndex],
            `"${stem}" is listed twice (first in ${first})`,
          );
        } else seenContext.set(stem, part);
      });
    }
  });

  dataset.polls.forEach((poll, index) => {
    mustBe(sourceIds, 'source', poll.source, ['polls', index, 'source']);
    if (poll.pollster === null && poll.pollsterNote === undefined) {
      report(['polls', index, 'pollsterNote'], 'say why the pollster is not named');
    }
    poll.answers.forEach((answerId, answerIndex) => {
      const keys: PathKey[] = ['polls', index, 'answers', answerIndex];
      const figure = figuresById.get(answerId);
      if (figure === undefined) report(keys, `"${answerId}" is not the id of any figure`);
      else if (figure.poll !== poll.id) {
        report(
          keys,
          `figure "${answerId}" does not belong to this poll (its poll is "${figure.poll ?? 'none'}")`,
        );
      }
      if (poll.answers.indexOf(answerId) !== answerIndex)
        report(keys, `"${answerId}" is listed twice`);
    });
  });

  dataset.entities.forEach((entity, index) => {
    const seenAliases = new Map<string, number>();
    entity.aliases.forEach((alias, aliasIndex) => {
      const keys: PathKey[] = ['entities', index, 'aliases', aliasIndex];
      const key = `${alias.lang}\u0000${alias.text}`;
      const first = seenAliases.get(key);
      if (first !== undefined)
        report([...keys, 'text'], `repeats aliases[${first}] (same text and language)`);
      else seenAliases.set(key, aliasIndex);
      if ((alias.case ?? 'proper') === 'proper' && !/^[\p{Lu}\p{N}]/u.test(alias.text)) {
        report([...keys, 'case'], 'a lower-case alias must use case "exact"');
      }
      if (alias.declension !== undefined) {
        const columns = alias.declension.map((word) => word.endings.length);
        if (alias.endings !== undefined) {
          report([...keys, 'endings'], 'use either endings or a declension, not both');
        }
        alias.declension.forEach((word, wordIndex) => {
          if (word.endings.length !== columns[0]) {
            report(
              [...keys, 'declension', wordIndex, 'endings'],
              `has ${word.endings.length} endings, the first word has ${columns[0]}: every word needs one per case`,
            );
          }
          if (/\s/.test(word.stem)) {
            report([...keys, 'declension', wordIndex, 'stem'], 'a stem is one word');
          }
        });
        const first = aliasForms(alias)[0];
        if (first !== alias.text) {
          report(
            [...keys, 'declension'],
            `its first form "${first}" must be the text "${alias.text}"`,
          );
        }
      }
      if (alias.lowerCase && alias.case === 'exact') {
        report(
          [...keys, 'lowerCase'],
          'an exact alias is matched as written: lowerCase adds nothing',
        );
      }
      const endings = alias.endings ?? [''];
      endings.forEach((ending, endingIndex) => {
        if (endings.indexOf(ending) !== endingIndex) {
          report([...keys, 'endings', endingIndex], `ending "${ending}" is listed twice`);
        }
      });
      if (FOREIGN_LETTERS[alias.lang].test(alias.text)) {
        report([...keys, 'text'], `written in letters a "${alias.lang}" text never uses`);
      }
    });
    if (entity.aliases.length > 0 && entity.aliases.every((alias) => alias.requiresConfirmation)) {
      report(
        ['entities', index, 'aliases'],
        'every alias requires confirmation, so nothing could confirm one: leave at least one unmarked',
      );
    }
    entity.exclusions.forEach((exclusion, exclusionIndex) => {
      const keys: PathKey[] = ['entities', index, 'exclusions', exclusionIndex, 'text'];
      if (FOREIGN_LETTERS[exclusion.lang].test(exclusion.text)) {
        report(keys, `written in letters a "${exclusion.lang}" text never uses`);
      }
      // Whether it hides any alias is checked on the matcher's normalisation (conflicts.ts).
    });
  });

  return errors;
}

/**
 * A topic cue listed twice (as written, or once as an anchor and once as context) would count
 * each occurrence twice in the page's topicality; the second listing is reported.
 */
function checkTopic(dataset: Dataset): DatasetError[] {
  const errors: DatasetError[] = [];
  const first = new Map<string, string>();
  for (const list of ['anchors', 'context'] as const) {
    dataset.topic[list].forEach((cue, index) => {
      const here = toJsonPath(['topic', list, index, 'stem']);
      // A whole-word cue and a stem of the same letters differ ("крим" + endings, "крим").
      const key =
        `${cue.stem}${cue.endings === undefined ? '' : ` + ${cue.endings.join('|')}`}`.normalize(
          'NFC',
        );
      const earlier = first.get(key);
      if (earlier !== undefined) {
        errors.push({ path: here, message: `repeats the cue at ${earlier}` });
      } else first.set(key, here);
    });
  }
  return errors;
}

/** Validates unknown input (parsed JSON) against the format and its cross-references. */
export function validateDataset(input: unknown): DatasetValidation {
  // valibot's object schemas accept arrays; a dataset never is one.
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '$', message: 'the dataset must be a JSON object' }] };
  }
  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) return { ok: false, errors: parsed.issues.map(schemaIssueToError) };
  const errors = [...checkCrossReferences(parsed.output), ...checkTopic(parsed.output)];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset: parsed.output };
}

/** A message a person can act on: one line per problem, each with its JSON path. */
export function formatDatasetErrors(errors: readonly DatasetError[], label = 'dataset'): string {
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  const lines = errors.map((error) => `  ${error.path}: ${error.message}`);
  return [`Invalid ${label} (${count}):`, ...lines].join('\n');
}
