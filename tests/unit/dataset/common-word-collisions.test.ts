import { describe, expect, it } from 'vitest';
import { aliasForms } from '@/utils/dataset/alias-forms';
import { bundledDataset as dataset } from '../../support/bundled-dataset';

/**
 * Names that are also words. A capital proves a name only where a common word would have
 * none, so every alias form that is spelled like a common word of en, uk or ru (in any
 * letter case) must say so with `commonWord`; otherwise "Путина в этом году…" (the fishing
 * season) or "THE TRUMP CARD" would light up. The list holds the words of the three languages
 * that come closest to the dataset's names — the collisions found so far, and near misses
 * kept to show that they were checked. Extend it when a name is added.
 */
const COMMON_WORDS = [
  // English
  ...['trump', 'trumps', 'trumped', 'us', 'putt', 'rubric', 'kremlins', 'saudis', 'europa'],
  // Russian: путина (the fishing season) in every case; кремль (any town's citadel); лавр
  // (laurel) and its plural genitive "лавров"; союз (union); лидер (leader).
  ...['путина', 'путины', 'путине', 'путину', 'путиной', 'путин', 'кремль', 'кремля', 'кремлю'],
  ...['кремлем', 'кремле', 'лавр', 'лавра', 'лавры', 'лавров', 'союз', 'лидер', 'рейтар'],
  // Ukrainian: путина (the same season), кремль, лавр (its plural genitive is "лаврів").
  ...['кремлі', 'лаврів', 'трамплін', 'ушко', 'рубка', 'аравія'],
];

const fold = (text: string) => text.toLocaleLowerCase('und').replace(/ё/g, 'е').replace(/’/g, "'");

describe('aliases spelled like common words', () => {
  const rows = dataset.entities.flatMap((entity) =>
    entity.aliases.flatMap((alias) =>
      aliasForms(alias)
        .filter((form) => COMMON_WORDS.includes(fold(form)))
        .map((form) => [entity.id, alias.lang, form, alias.commonWord] as const),
    ),
  );

  it('finds the collisions it was written for', () => {
    const forms = rows.map(([, , form]) => form);
    expect(forms).toEqual(expect.arrayContaining(['Trump', 'US', 'Путина', 'Кремль', 'Лавров']));
  });

  it.each(rows)('%s (%s) "%s" is marked as a common word', (_id, _lang, _form, commonWord) => {
    expect(commonWord).toBeDefined();
  });
});
