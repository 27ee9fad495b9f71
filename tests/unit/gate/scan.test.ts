import { describe, expect, it, vi } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import { writeGateTables } from '../../../utils/gate/gate-tables-writer';
import { gateKeys } from '../../../utils/gate/keys';
import { createGateScan } from '../../../utils/gate/scan';
import { keyInTwoStages } from '../../support/two-stage-scan';

const keys = gateKeys(toMatchingData(dataset));
const built = writeGateTables(keys);
/** The answer of the two scripts (the probe, then the key check), checked against the automaton alone (`feed`). */
const wakes = (...pieces: string[]) => {
  const exact = createGateScan(keys, built);
  const exactly = pieces.some((piece) => exact.feed(piece));
  const probed = keyInTwoStages(keys, [pieces], built);
  expect(probed).toBe(exactly);
  return probed;
};

describe('the first pass wakes the engine', () => {
  it.each([
    ['en: a surname', 'Talks ended after Putin left.'],
    ['en: capitals', 'PUTIN SAYS NO'],
    ['en: a soft hyphen inside the name', 'Vladi\u00admir Pu\u00adtin'],
    ['en: a possessive', "the Kremlin's line"],
    ['en: a place that makes the text topical', 'Shelling near Kharkiv overnight'],
    ['en: a name split over two text nodes (a drop cap)', 'P', 'utin arrived'],
    ['en: quote words over a line break and double spaces', 'with some\n   crafty ideas'],
    ['uk: a case form', 'Заява Путіна була короткою'],
    ['uk: Crimea as an adjective', 'на кримському мосту'],
    ['uk: Crimea as a noun, in its case forms', 'у Криму, над Кримом'],
    ['uk: Crimea in the nominative', 'Крим. Окупація триває'],
    ['uk: Crimea before a closing quotation mark', 'про «Крим»'],
    ['uk: Crimea at the end of a text node', 'Новини: Крим'],
    ['uk: the capital in the locative', 'зустріч у Києві'],
    ['ru: a case form', 'в Кремле ответили'],
    ['ru: ё folded', 'ПУТИН и Лавров'],
    ['ru: Ukraine in the genitive', 'на востоке Украины'],
    // Code units past the fold's flat tables (utils/matching/fold.ts, TABLED_UNITS), read
    // through its map: an invisible one inside a name, after an emoji, a fullwidth apostrophe.
    ['en: a zero-width no-break space inside the name', 'Pu\ufefftin spoke'],
    ['en: after a flag emoji and Chinese text', '🇺🇦 新闻 Zelensky'],
    ['en: a fullwidth apostrophe after the name', 'the Kremlin\uff07s line'],
    ['uk: a name after Japanese quotation marks', '「Путін」 заявив'],
  ])('%s', (_name, ...pieces) => {
    expect(wakes(...pieces)).toBe(true);
  });
});

describe('the first pass stays asleep', () => {
  it.each([
    ['en: a page about US politics', 'Trump told the US Congress that Europe and NATO must pay.'],
    ['en: "information of"', 'Plenty of information of that kind, and transformation too.'],
    ['en: the conflict elsewhere', 'The conflict in the region deepened; talks resumed.'],
    ['en: a recipe', 'Whisk the eggs, fold in the flour and bake for twenty minutes.'],
    ['uk: weather', 'Завтра у Львові буде сонячно, вітер слабкий.'],
    ['ru: sport', 'Команда выиграла матч со счётом 2:1 в воскресенье.'],
    ['en: a crime story (not Crimea)', 'A criminal court heard the case.'],
    ['uk: a crime story (not Крим)', 'Кримінальна справа розглядалася у суді.'],
    ['a page in Chinese, with emoji', '俄罗斯新闻 🇷🇺 今天的天气很好。'],
    ['en: a key split by a CJK letter', 'Pu新tin'],
  ])('%s', (_name, text) => {
    expect(wakes(text)).toBe(false);
  });

  it('finds a key across batches, with indentation longer than the overlap between words', () => {
    const indent = `\n${' '.repeat(1500)}`;
    for (const batches of [
      [['the soviet', indent, 'lead'], ['ership']],
      [
        ['soviet', indent],
        [indent, 'leadership'],
      ],
      [['x'.repeat(20_000), 'soviet'], [indent], ['lead'], ['ership']],
      [['у Кри'], ['му']],
    ]) {
      expect(keyInTwoStages(keys, batches, built), JSON.stringify(batches).slice(0, 40)).toBe(true);
    }
  });

  it('forgets earlier text after reset', () => {
    const scan = createGateScan(keys, built);
    expect(scan.feed('Pu')).toBe(false);
    scan.reset();
    expect(scan.feed('tin')).toBe(false);
  });

  it('stays awake once a key was seen', () => {
    const scan = createGateScan(keys, built);
    expect(scan.feed('Lavrov')).toBe(true);
    expect(scan.feed('nothing')).toBe(true);
  });
});

describe("the first pass's build-time tables", () => {
  it('are refused with a warning when made for other keys, and every text then holds a key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const other = writeGateTables(['lavrov']).automaton;
    const refused = createGateScan(keys, { ...built, automaton: other });
    // Never too rarely: the probe still decides which batches reach the automaton, and there
    // the engine is woken and reads every block.
    expect(refused.feed('Putin')).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/refused.*as if it held a key/));
    const located = createGateScan(keys, { ...built, automaton: 'not base64 at all!' });
    expect(located.locateAll(['Home', 'Putin spoke'])).toEqual([3, 3]);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});

describe('the first pass tells which text nodes of a batch hold a key', () => {
  /** Reads the batches in turn; for each that holds a key, what ends in each of its texts. */
  const locateIn = (...batches: string[][]) => {
    const scan = createGateScan(keys, built);
    return batches.map((batch) => {
      const ends = scan.locateAll(batch);
      return ends?.some((end) => end !== 0)
        ? ends.map((end) => ['none', 'in a word', '', 'word'][end] ?? end)
        : null;
    });
  };

  it.each([
    [
      'en: the one node with a name',
      ['Home', 'World', 'Putin spoke', 'Sports'],
      ['none', 'none', 'word', 'none'],
    ],
    ['en: a name split over nodes ends in the last', ['P', 'utin arrived'], ['none', 'word']],
    ['en: a possessive', ["the Kremlin's line"], ['word']],
    ['en: a name after a dash and a quotation mark', ['anti-Putin', '“Kyiv”'], ['word', 'word']],
    [
      'en: a key inside a longer word',
      ['cloud computing', 'disputing it'],
      ['in a word', 'in a word'],
    ],
    [
      'en: a key at the start of a node, after a letter in the one before',
      ['comp', 'uting', 'x', 'Putin'],
      ['none', 'in a word', 'none', 'word'],
    ],
    ['en: a drop cap that begins the node', ['com', 'puting'], ['none', 'word']],
    ['en: a soft hyphen before the key', ['com\u00adputing'], ['in a word']],
    ['en: quote words over a line break', ['with some\n   crafty ideas'], ['word']],
    ['uk: two nodes with keys', ['Київ', 'погода', 'Путін'], ['word', 'none', 'word']],
    ['uk: Crimea at the end of a node', ['новини', 'у Криму'], ['none', 'word']],
    ['ru: Crimea at the end of a node', ['новости', 'Крым'], ['none', 'word']],
    ['ru: a key inside a longer word', ['распутина'], ['in a word']],
    // Past the flat tables: a CJK letter before the key is a letter; an emoji half is not.
    ['en: a key after a Chinese letter', ['新Putin', '🇺🇦Putin'], ['in a word', 'word']],
    ['en: an invisible unit past the tables inside the key', ['Pu\ufefftin'], ['word']],
  ])('%s', (_name, batch, expected) => {
    expect(locateIn(batch)).toEqual([expected]);
  });

  it('reads a key begun in the batch before', () => {
    expect(locateIn(['weather', 'Pu'], ['tin', 'sports'])).toEqual([null, ['word', 'none']]);
  });

  it('goes on after a located batch, reporting only keys after it', () => {
    expect(locateIn(['Putin'], ['weather'], ['sports', 'Kyiv'])).toEqual([
      ['word'],
      null,
      ['none', 'word'],
    ]);
  });
});
