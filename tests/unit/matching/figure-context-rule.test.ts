import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { sentenceAt, splitSentences } from '@/utils/dataset/sentences';
import { compileMatcher } from '@/utils/matching';
import { bundledDataset as data } from '../../support/bundled-dataset';
import { sharedDir } from '../../support/shared-dir';

/**
 * The figure rule on the bundled dataset: a figure counts only when its own sentence names
 * who is measured AND what is measured. Our own sentences, in en, uk and ru: re-wordings of
 * the article's figures must match; numbers that share one word with them must not.
 */
const matcher = compileMatcher(data);
const figuresIn = (text: string) =>
  matcher
    .find(text)
    .filter((mention) => mention.kind === 'figure')
    .map((mention) => mention.id);

const TERRITORY = 'territory-under-russian-control';
const SUPPORT = 'poll-support-war';
const KEEPING = 'poll-end-war-keeping-territories';
const WITHDRAWS = 'poll-end-war-if-russia-withdraws';
const DATE = 'talks-start-date';
const BORDERS = 'borders-before-2014';

const positives: Array<[string, string, string]> = [
  ['en', 'Moscow now controls roughly 20% of Ukraine’s territory.', TERRITORY],
  ['en', 'About a fifth of Ukrainian land is occupied by Russian forces.', TERRITORY],
  ['uk', 'Росія окупувала майже 20% території України.', TERRITORY],
  ['uk', 'Під контролем Москви лишається п’ята частина території.', TERRITORY],
  ['ru', 'Россия контролирует около 20% территории Украины.', TERRITORY],
  ['en', 'A new survey finds 78% of Russians back the invasion and support the army.', SUPPORT],
  ['uk', 'За даними опитування, 78% росіян підтримують війну.', SUPPORT],
  ['ru', 'Согласно опросу, 78% россиян поддерживают войну.', SUPPORT],
  [
    'en',
    '70% would approve a ceasefire that leaves the occupied land under Russian control.',
    KEEPING,
  ],
  ['uk', '70% схвалили б мир, якщо окуповані землі залишаться під російським контролем.', KEEPING],
  [
    'ru',
    '70% одобрили бы мир, если оккупированные земли останутся под российским контролем.',
    KEEPING,
  ],
  ['en', 'Only 30% would support peace if Moscow had to withdraw its troops.', WITHDRAWS],
  ['uk', 'Лише 30% підтримали б мир, якби довелося вивести війська.', WITHDRAWS],
  ['ru', 'Лишь 30% поддержали бы мир, если придётся вывести войска.', WITHDRAWS],
  ['en', 'US and Russian delegations meet in Riyadh on February 18.', DATE],
  ['en', 'Talks in Saudi Arabia are due to open on Feb. 18, officials said.', DATE],
  ['uk', 'Переговори в Саудівській Аравії почнуться 18 лютого.', DATE],
  ['ru', 'Переговоры России и США в Эр-Рияде назначены на 18 февраля.', DATE],
  ['en', 'Washington called a return to Ukraine’s pre-2014 borders unrealistic.', BORDERS],
  ['uk', 'Повернення України до кордонів 2014 року назвали нереалістичним.', BORDERS],
  ['ru', 'Возвращение Украины к границам 2014 года назвали нереальным.', BORDERS],
];

// Each stands for a class the audit found; each shares at least one stem with a figure.
const negatives: Array<[string, string]> = [
  ['en', 'A state poll puts the governor’s support at 78% among likely voters.'],
  ['en', 'In a new survey, 30% of Ukrainians said they trust the courts.'],
  ['en', 'About a fifth of Ukrainian households still heat with wood.'],
  ['en', 'The city council will meet on February 18 to vote on the budget.'],
  ['en', 'Oil brings in about 30% of the money Russia spends on its war.'],
  ['en', 'Roughly 20% of the territory is covered by forest.'],
  ['en', 'The party now controls 20% of the seats.'],
  ['uk', 'У 2014 році він виїхав за кордон, а в Україну повернувся згодом.'],
  ['uk', 'Опитування показало, що 30% українців вірять у реформи.'],
  ['uk', 'Близько 20% українських родин мають власне авто.'],
  ['uk', 'Засідання ради відбудеться 18 лютого.'],
  ['ru', 'В заключение опроса 78% респондентов оценили сервис.'],
  ['ru', 'Около 70% бюджета России на войну приходится на нефть.'],
  ['ru', 'Совещание совета директоров пройдёт 18 февраля.'],
  ['ru', 'В 2014 году он уехал из Украины за границу.'],
];

describe('figures count only where their sentence names the same measure', () => {
  it.each(positives)('%s: %s', (_lang, text, id) => {
    expect(figuresIn(text)).toEqual([id]);
  });

  it.each(negatives)('%s (quiet): %s', (_lang, text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});

describe.skipIf(!sharedDir)('the article’s own figure sentences', () => {
  const article = sharedDir ? readFileSync(join(sharedDir, 'seed', 'article.txt'), 'utf8') : '';
  const sentences = splitSentences(article);
  it.each(data.figures.map((figure) => [figure.id, figure.sentence] as const))(
    '%s is found in its sentence',
    (id, number) => {
      expect(figuresIn(sentenceAt(sentences, number) ?? '')).toContain(id);
    },
  );
});
