import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/utils/matching';
import { newsDataset } from './fixtures';
import { parseMarkedText, spansOf } from './spans';

/**
 * Table of (text with expected spans marked, id of unlabelled spans) against the news
 * fixture dataset. Every rule has positives next to negatives, in English, Ukrainian and
 * Russian. A row with no marks expects no mention at all.
 */
type Row = [name: string, marked: string, defaultId?: string];

const TRUMP = 'donald-trump';
const LAVROV = 'sergey-lavrov';
const TERRITORY = 'territory-share';

const table: Record<string, Row[]> = {
  'word boundaries': [
    ['en: a surname between spaces', 'Yesterday [[Trump]] spoke.', TRUMP],
    ['en: not inside a longer word', 'Trumpet players and Trumps and unTrump.'],
    ['en: not next to digits', 'Trump2024 and 2024Trump'],
    ['en: hyphens and brackets separate', 'a pro-[[Trump]] rally ([[Trump]])', TRUMP],
    ['uk: a case form between spaces', 'Розмова з [[Трампом]] відбулася', TRUMP],
    ['uk: not inside a longer word', 'трампізм і Трампіст', TRUMP],
    ['ru: a case form', 'встреча с [[Лавровым]] прошла', LAVROV],
    ['ru: not a longer surname or a non-ending', 'Лавровский и Лавровы', LAVROV],
    ['ru: an emoji does not join words', '🇷🇺[[Путин]]🇷🇺', 'vladimir-putin'],
    ['en: offsets count UTF-16 units after astral characters', '🇺🇸🇺🇦 [[Trump]]', TRUMP],
  ],
  'invisible characters and spaces': [
    ['en: soft hyphen inside the name', 'said [[Lav\u00adrov]] today', LAVROV],
    ['en: NBSP inside a full name', '[[Donald\u00a0Trump]] said', TRUMP],
    ['en: thin space and zero-width space', '[[Sergey\u2009\u200bLavrov]] said', LAVROV],
    ['en: runs of white space and a line break', '[[Donald \n  Trump]] said', TRUMP],
    ['en: zero-width characters around stay outside', '\u200b[[Trump]]\ufeff said', TRUMP],
    ['en: a zero-width space does not split a longer word', 'Lav\u200brovs and Trump\u200bet'],
    ['uk: soft hyphen inside a case form', 'з [[Зелен\u00adським]] і', 'volodymyr-zelensky'],
    ['ru: word joiner inside a case form', 'с [[Лав\u2060ровым]]', LAVROV],
  ],
  'apostrophes and quotes': [
    ['en: possessive with a straight apostrophe', "[[Trump's]] call", TRUMP],
    ['en: possessive with a curly apostrophe', '[[Trump’s]] call', TRUMP],
    ['en: possessive of a full name', '[[Donald Trump’s]] call', TRUMP],
    ['en: no possessive ending, no match', "Ushakov's remarks and Ushakov’s too"],
    ['en: quotes around a name', '\'[[Trump]]\' “[[Trump]]” "[[Trump]]"', TRUMP],
    ['uk: modifier-letter apostrophe', "біля [[Марʼїнки]] і [[Мар'їнки]]", 'marinka'],
    ['uk: right single quote as apostrophe', 'під [[Мар’їнкою]]', 'marinka'],
    ['uk: apostrophe variants do not make a word out of a non-word', 'Марʼїнкове'],
    ['ru: guillemets around a name', '«[[Трамп]]» и „[[Трампа]]“', TRUMP],
  ],
  'case rules': [
    ['en: capitalised', 'says [[Trump]]', TRUMP],
    ['en: in capitals (headline)', '[[TRUMP]] AND [[PUTIN|vladimir-putin]] TALK', TRUMP],
    ['en: lower case is a common word', 'he played a trump; trump up the charges'],
    ['en: inverted case is not a name', 'tRUMP and tRump'],
    ['en: exact alias only as written', '[[NATO]] but not Nato or nato', 'nato'],
    ['en: a longer invalid title does not hide the name', 'president [[Trump]] said', TRUMP],
    ['en: a title in capitals', '[[PRESIDENT TRUMP]] SAID', TRUMP],
    ['en: lower-case first word of a full name', 'donald [[Trump]] said', TRUMP],
    ['en: same start, longer form invalid', 'the [[Saudi]] arabia talks', 'saudi-arabia'],
    ['uk: capitalised and capitals', '[[Трампа]] і [[ТРАМПА]]', TRUMP],
    ['uk: lower case never matches', 'трампа і зеленському'],
    ['ru: capitals in a headline with an ending', '[[ЛАВРОВЫМ]] ЗАЯВЛЕНО', LAVROV],
    ['ru: lower case never matches', 'лавров и кремль'],
  ],
  'endings and ё': [
    ['ru: every compiled ending', '[[Лавров]], [[Лаврова]], [[Лаврову]], [[Лавровым]]', LAVROV],
    ['ru: an ending that is not compiled', 'Лавровой и Лавровою'],
    ['uk: every compiled ending', '[[Зеленського]] і [[Зеленському]]', 'volodymyr-zelensky'],
    ['uk: a longer form with a compiled prefix', 'Зеленськими'],
    ['uk: only compiled endings', 'з [[Лавровим]], [[Лавровові]], але не Лаврові', LAVROV],
    ['ru: stem + ending as one alias', 'о [[Кремле]] и [[Кремлю]]', 'kremlin'],
  ],
  'overlaps: leftmost-longest': [
    ['en: the full name beats the surname', 'met [[Donald Trump]] today', TRUMP],
    ['en: title + name beats the name', 'met [[President Trump]] today', TRUMP],
    ['en: adjacent mentions', '[[Trump|donald-trump]]–[[Putin|vladimir-putin]] call'],
    ['en: full names side by side', '[[Vladimir Putin|vladimir-putin]] [[Donald Trump]]', TRUMP],
    ['ru: full name in the genitive beats the surname', 'слова [[Сергея Лаврова]]', LAVROV],
    ['en: the longer form wins over a place', '[[Saudi Arabia]] hosts', 'saudi-arabia'],
  ],
  'exclusions: look-alikes stay unmatched': [
    ['en: a relative', 'Melania Trump and Melania Trump’s dress'],
    ['en: a relative next to the person', 'Melania Trump and [[Trump]]', TRUMP],
    ['en: a longer relative beats the full name', 'Donald Trump Jr. spoke'],
    ['en: a building', 'at Trump Tower in New York'],
    ['en: a common noun, in any case', 'a Trump card, TRUMP CARDS, trump cards'],
    ['en: a namesake with a rank', 'the Admiral Ushakov class; [[Ushakov]] said', 'yuri-ushakov'],
    ['en: a tournament sharing the name', 'won the Kremlin Cup; the [[Kremlin]] said', 'kremlin'],
    ['ru: a relative', 'Мелания Трамп приехала'],
    ['ru: a namesake, ё or е', 'Пётр Лавров и Петр Лаврова, а не [[Лавров]]', LAVROV],
    ['ru: a namesake with a rank in a case form', 'крейсер адмирала Ушакова'],
    ['ru: a tournament sharing the name', 'Кубок Кремля, но [[Кремль]]', 'kremlin'],
  ],
  'figures need their context in the same sentence': [
    ['en: subject + measure', 'Russia controls about [[20%]] of Ukraine’s territory.', TERRITORY],
    ['en: a subject without its measure', 'Russia holds about 20% of Ukraine’s territory.'],
    ['en: a measure without its subject', 'The party lost control of 20% of the seats.'],
    ['en: without context', 'Get 20% off shoes today.'],
    ['en: context in the next sentence', 'About 20% was lost. Russia controls the territory.'],
    ['en: context in the previous sentence', 'Territory under control. About 20% of it.'],
    ['en: a blank line ends the sentence', 'territory\n\n20% discount'],
    ['en: a blank line with spaces ends the sentence', 'territory\r\n  \r\n20% discount'],
    [
      'en: a single line break from HTML source wraps, it does not end the sentence',
      'Ukraine lost control of\n      about [[20%]] of its territory.',
      TERRITORY,
    ],
    [
      'en: equivalent forms, one figure',
      '[[20 percent]], [[one fifth]]: territory, occupied',
      TERRITORY,
    ],
    ['en: case-insensitive forms', '[[ONE FIFTH]] OF THE TERRITORY IS OCCUPIED', TERRITORY],
    ['en: context must begin a word', 'an extraterritorial 20% levy, uncontrolled'],
    ['en: not part of a larger number', '120% and 1.20% of territory under control'],
    [
      'en: decimals do not end the sentence',
      'Territorial control grew 3.5 points to [[20%]].',
      TERRITORY,
    ],
    [
      'en: abbreviations do not end it',
      'Territory under control since Feb. 2022 is [[20%]].',
      TERRITORY,
    ],
    ['en: initials do not end it', 'J. D. Vance on control of territory: [[20%]].', TERRITORY],
    ['en: a year with its context', 'Ukraine’s borders as before [[2014]].', 'pre-war-borders'],
    ['en: a year in a larger number', 'Ukraine borders 12014 and 2014,5 border'],
    [
      'en: another figure, its own context',
      '[[78%|war-support]] of Russians support it. 78% of cats.',
    ],
    ['uk: subject + measure', 'Росія контролює [[20 відсотків]] території.', TERRITORY],
    ['uk: a subject without its measure', '20 відсотків українських родин мають авто.'],
    ['uk: without context', 'Знижка 20 відсотків на все.'],
    ['ru: subject + measure', 'под контролем около [[20 процентов]] территории', TERRITORY],
    ['ru: a subject without its measure', 'около 20 процентов территории занимают леса'],
    [
      'ru: an abbreviation keeps the sentence',
      'С 2022 г. под контролем [[20 процентов]] территории.',
      TERRITORY,
    ],
    [
      'ru: context after a full stop is another sentence',
      'Скидка 20 процентов. Территории под контролем.',
    ],
  ],
};

describe('compileMatcher().find', () => {
  const matcher = compileMatcher(newsDataset());
  for (const [rule, rows] of Object.entries(table)) {
    describe(rule, () => {
      it.each(rows)('%s', (_name, marked, defaultId = '') => {
        const { text, spans } = parseMarkedText(marked, defaultId);
        expect(spansOf(text, matcher.find(text))).toEqual(spans);
      });
    });
  }
});

describe('mention details', () => {
  const matcher = compileMatcher(newsDataset());

  it('says which alias and rule matched, with the ending', () => {
    expect(matcher.find('з Трампом')).toEqual([
      {
        start: 2,
        end: 9,
        id: 'donald-trump',
        kind: 'entity',
        category: 'people',
        matched: 'Трампом',
        rule: 'alias:surname:uk',
      },
    ]);
  });

  it('says which figure form matched', () => {
    expect(matcher.find('a fifth of the territory is occupied')).toEqual([
      {
        start: 0,
        end: 7,
        id: 'territory-share',
        kind: 'figure',
        category: 'figures',
        matched: 'a fifth',
        rule: 'figure-form:en',
      },
    ]);
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(matcher.find('')).toEqual([]);
    expect(matcher.find('Nothing to see here.')).toEqual([]);
  });

  it('gives the same answer when called again (buffers are reused)', () => {
    const long = 'Trump met Putin. '.repeat(500);
    const first = matcher.find(long);
    matcher.find('Lavrov');
    expect(matcher.find(long)).toEqual(first);
    expect(first).toHaveLength(1000);
  });
});

describe('cost stays linear in the text', () => {
  const matcher = compileMatcher(newsDataset());

  // Generous bounds: a quadratic step (rescanning the sentence or the candidates for every
  // figure) would take minutes on these inputs, the linear engine takes milliseconds.
  it('many figures in one long sentence', () => {
    const text = `${'20% '.repeat(100_000)}of the territory under control.`;
    const started = performance.now();
    const mentions = matcher.find(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(mentions).toHaveLength(100_000);
  });

  it('many overlapping candidates and look-alikes', () => {
    const text = 'Melania Trump Donald Trump Jr. president Trump Trumpet '.repeat(20_000);
    const started = performance.now();
    const mentions = matcher.find(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(mentions).toHaveLength(20_000);
  });
});
