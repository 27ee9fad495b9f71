/**
 * The probe (utils/gate/probe.ts) may say yes too often, never too rarely. Checked here unit by
 * unit for all 65,536 code units against the fold, on a table of our own en/uk/ru texts, and
 * through the whole scan (utils/gate/scan.ts) on seeded random texts built from the keys.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import { gateKeys } from '../../../utils/gate/keys';
import {
  createKeyStretches,
  createProbe,
  normalizeForProbe,
  PROBE_GAP,
  probeSource,
  unitClasses,
} from '../../../utils/gate/probe';
import { createProbeScan } from '../../../utils/gate/probe-scan';
import { DROPPED, foldUnit } from '../../../utils/matching/fold';

const keys = gateKeys(toMatchingData(dataset));
const source = probeSource(keys);
const probe = createProbe(source);

const ALL_UNITS = Array.from({ length: 0x10000 }, (_, unit) => unit);
const isAsciiWordUnit = (unit: number) =>
  (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a);
/** Contexts a unit may sit in: `toLowerCase` of a whole text is not always unit by unit. */
const CONTEXTS = ['', 'a', 'Я', ' ', 'Σ', '\u0130'];

describe('the probe reads every code unit as the fold does, or more leniently', () => {
  const classes = unitClasses(keys);

  it('cuts no key of the dataset: every unit of every key has a pattern', () => {
    expect([...classes].filter(([, token]) => token === null).map(([char]) => char)).toEqual([]);
  });

  it('matches every unit the fold turns into a key letter, in any context', () => {
    const wrong: string[] = [];
    for (const [char, token] of classes) {
      if (token === null) continue;
      const exactly = new RegExp(`^(?:${token})$`);
      for (const unit of ALL_UNITS) {
        if (foldUnit(unit) !== char.charCodeAt(0)) continue;
        const text = String.fromCharCode(unit);
        for (const context of CONTEXTS) {
          const around = normalizeForProbe(context);
          const read = normalizeForProbe(context + text + context);
          const middle = read.slice(around.length, read.length - around.length);
          if (!exactly.test(middle)) wrong.push(`U+${unit.toString(16)} in "${context}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 30_000);

  it('removes every unit the fold drops', () => {
    const kept = ALL_UNITS.filter(
      (unit) => foldUnit(unit) === DROPPED && normalizeForProbe(String.fromCharCode(unit)) !== '',
    );
    expect(kept).toEqual([]);
  });

  it('never turns a unit that ends a word into an ASCII letter or digit (a gap stays a gap)', () => {
    const wrong = ALL_UNITS.filter((unit) => {
      const folded = foldUnit(unit);
      if (folded !== DROPPED && isAsciiWordUnit(folded)) return false;
      return CONTEXTS.some((context) => {
        const around = normalizeForProbe(context);
        const read = normalizeForProbe(context + String.fromCharCode(unit) + context);
        return /[a-z0-9]/.test(read.slice(around.length, read.length - around.length));
      });
    });
    expect(wrong).toEqual([]);
  }, 30_000);

  it('reads a space of a key as a gap of any length, empty included', () => {
    expect(source).toContain(`soviet${PROBE_GAP}leadership`);
    expect(source.split('|').every((part) => !part.endsWith(PROBE_GAP))).toBe(true);
  });
});

describe('the probe on texts of our own', () => {
  it.each([
    ['en: a surname', 'Talks ended after Putin left.'],
    ['en: capitals', 'KREMLIN SOURCES SAY'],
    ['en: soft hyphens inside the name', 'Vladi\u00admir Pu\u00adtin'],
    ['en: zero-width space and joiner inside a word', 'La\u200bv\u200drov spoke'],
    ['en: a dotted capital I (fold: i)', 'PUT\u0130N'],
    ['en: a name over two text nodes', 'P', 'utin arrived'],
    ['en: quote words over a line break', 'with some\n   crafty ideas'],
    ['en: quote words with a non-breaking space', 'the soviet\u00a0leadership'],
    ['en: quote words in two nodes, nothing between', 'soviet', 'leadership'],
    ['en: a four-word quote key over lines', 'Freezing\n\tthe  conflict, like'],
    ['uk: capitals', 'ПУТІН ЗАЯВИВ'],
    ['uk: Crimea at the end of a text node', 'Новини: Крим', 'інше'],
    ['uk: a case form', 'у Маріуполі'],
    ['ru: ё folded to е', 'Хёрсон и Зелёнский'],
    ['ru: capitals with Ё', 'КРЕМЁВ КРЕМЛЁ'],
    ['ru: the genitive', 'на востоке Украины'],
  ])('%s: may hold a key', (_name, ...pieces) => {
    expect(probe.mayHoldKey(pieces.join(''))).toBe(true);
  });

  it.each([
    ['en: US politics', 'Trump told the US Congress that Europe and NATO must pay.'],
    ['en: "information of" is no quote', 'Plenty of information of that kind, the formation too.'],
    ['en: "leadership" alone', 'The club changed its leadership in the spring.'],
    ['en: a recipe', 'Whisk the eggs, fold in the flour and bake for twenty minutes.'],
    ['en: a name broken by a letter', 'Put-in the order'],
    ['uk: weather', 'Завтра у Львові буде сонячно, вітер слабкий.'],
    ['ru: sport', 'Команда выиграла матч со счётом 2:1 в воскресенье.'],
    ['ru: a near name', 'Путь на север'],
  ])('%s: holds none', (_name, text) => {
    expect(probe.mayHoldKey(text)).toBe(false);
  });

  it('says yes more often than the automaton where a cue must end a word', () => {
    // "крим " needs a word end; the probe reads "крим" alone: yes too often, never too rarely.
    expect(probe.mayHoldKey('Кримінальна справа')).toBe(true);
  });
});

describe('where the probe says a key may be', () => {
  const stretches = createKeyStretches(source);
  /** The normalized text of each stretch (the stretches count in it). */
  const stretchTexts = (text: string, reach: number) => {
    const normalized = normalizeForProbe(text);
    const { stretches: pairs, normalizedLength } = stretches(text, reach);
    expect(normalizedLength).toBe(normalized.length);
    const texts: string[] = [];
    for (let at = 0; at < pairs.length; at += 2) {
      texts.push(normalized.slice(pairs[at], pairs[at + 1]));
    }
    return texts;
  };

  it.each([
    ['en: nothing of the story', 'Rain in the afternoon', 4, []],
    ['en: one name, with the reach on both sides', 'The Putin talks', 3, ['he putin ta']],
    ['en: the reach stops at the text ends', 'Putin', 10, ['putin']],
    ['en: two names far apart', 'Putin and then much later Kyiv', 2, ['putin a', 'r kyiv']],
    ['en: two names close together, merged', 'Putin, Kyiv', 3, ['putin, kyiv']],
    [
      'uk: a declined name: the key is its stem, the reach takes the ending',
      'Заява Путіна вчора',
      1,
      [' путіна'],
    ],
    [
      'en: quote words over a line break, the gap inside',
      'with some\n   crafty ideas',
      0,
      ['some\n   crafty'],
    ],
    // Offsets of the normalized text: a soft hyphen removed, a dotted capital I made two units.
    ['en: a soft hyphen inside the name', 'The Pu\u00adtin talks', 1, [' putin ']],
    ['tr: a dotted capital I before the name', 'İstanbul and Putin', 1, [' putin']],
  ])('%s', (_name, text, reach, expected) => {
    expect(stretchTexts(text, reach)).toEqual(expected);
  });

  it('says no where the probe does, and yes where it does', () => {
    for (const text of ['Putin', 'Rain', 'Київ', 'Kremlin’s', 'soviet leadership', 'leader']) {
      expect(stretches(text, 0).stretches.length > 0).toBe(probe.mayHoldKey(text));
    }
  });
});

describe('the probe over batches, read again from a mark', () => {
  it('reads on after the text before the mark, not after what was read since', () => {
    const scan = createProbeScan(probeSource(keys));
    expect(scan.probeAll(['Talks with Pu'])).toBe(false);
    scan.mark();
    expect(scan.probeAll(['weather '])).toBe(false);
    expect(scan.probeAll(['tin'])).toBe(false);
    // The same text again in other pieces (the first pass's reading without landmarks).
    scan.rewind();
    expect(scan.probeAll(['tin'])).toBe(true);
  });
});
