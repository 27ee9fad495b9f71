import { describe, expect, it } from 'vitest';
import { dataset } from '@/utils/dataset';
import { compileMatcher } from '@/utils/matching';
import { compileCaseRule, satisfiesCaseRule } from '@/utils/matching/case-rules';
import { normalizeForMatching } from '@/utils/matching/normalize';

/**
 * A common phrase written in lower case in the dataset (`case: "exact"`: "европейские
 * лидеры") opens with a capital where it starts a sentence or a heading. Its first letter may
 * be a capital; no other letter may. Rows use the bundled dataset; every text is our own.
 */
const matcher = compileMatcher(dataset);
const found = (text: string) =>
  matcher.find(text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

describe('a lower-case phrase at the start of a sentence', () => {
  // biome-ignore format: one row per line reads as a table.
  it.each<[string, string, string[]]>([
    ['uk: opening a sentence', 'Європейські лідери зібралися в Парижі.', ['europe:Європейські лідери']],
    ['uk: a case form opening a heading', 'Європейським лідерам не вистачило часу', ['europe:Європейським лідерам']],
    ['uk: mid-sentence, as written', 'а європейські лідери чекали', ['europe:європейські лідери']],
    ['uk: Title Case is a name of something else', 'форум «Європейські Лідери»', []],
    ['uk: the Soviet leadership opening a sentence', 'Радянське керівництво мовчало.', ['ussr:Радянське керівництво']],
    ['ru: opening a sentence', 'Европейские лидеры потребовали места за столом.', ['europe:Европейские лидеры']],
    ['ru: a case form opening a sentence', 'Европейских лидеров не позвали.', ['europe:Европейских лидеров']],
    ['ru: a capital inside the phrase', 'европейские Лидеры', []],
    ['en: the English phrase is a proper alias already', 'European leaders met. european leaders', ['europe:European leaders']],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the exact case rule', () => {
  const satisfies = (pattern: string, text: string) => {
    const { text: normal, toOriginal } = normalizeForMatching(text);
    return satisfiesCaseRule(compileCaseRule(pattern, 'exact'), text, toOriginal, 0, normal.length);
  };

  // biome-ignore format: one row per line reads as a table.
  it.each<[string, string, string, boolean]>([
    ['a lower-case phrase as written', 'soviet leadership', 'soviet leadership', true],
    ['a lower-case phrase with its first letter a capital', 'soviet leadership', 'Soviet leadership', true],
    ['a lower-case phrase with a later capital', 'soviet leadership', 'soviet Leadership', false],
    ['a lower-case phrase in capitals', 'soviet leadership', 'SOVIET LEADERSHIP', false],
    ['an acronym stays as written', 'NATO', 'Nato', false],
    ['a house style with a capital stays as written', 'Nato', 'nato', false],
  ])('%s', (_name, pattern, text, expected) => {
    expect(satisfies(pattern, text)).toBe(expected);
  });
});
