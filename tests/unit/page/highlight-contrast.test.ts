// The highlight styles, read from the real stylesheet, keep WCAG contrast on white and black
// pages: every highlight's mark (its line, or a fill without a line) at least 3:1 against what
// surrounds it, and the page's text over the fill still at least 4.5:1.
import { describe, expect, it } from 'vitest';
import {
  CURRENT_COLOR,
  contrastRatio,
  contrastTable,
  MIN_INDICATOR_CONTRAST,
  MIN_TEXT_CONTRAST,
  measure,
  PAGES,
  parseColour,
  parseHighlightRules,
  readHighlightRules,
} from '../../../tools/highlight-contrast';
import {
  FOCUS_HIGHLIGHT,
  highlightName,
  quoteHighlightName,
} from '../../../utils/page/highlight-names';
import { CATEGORIES, PAINTED_STYLES } from '../../../utils/vocabulary';

const white = { r: 255, g: 255, b: 255, a: 1 };
const black = { r: 0, g: 0, b: 0, a: 1 };

describe('the contrast arithmetic', () => {
  it.each([
    ['black on white', black, white, 21],
    ['white on white', white, white, 1],
    // Known WCAG figures: #767676 is the lightest grey with 4.5:1 on white; #949494 has 3.03:1.
    ['#767676 on white', parseColour('#767676'), white, 4.54],
    ['#949494 on white', parseColour('#949494'), white, 3.03],
  ])('%s', (_name, a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });

  it.each([
    ['#3b82f6', { r: 59, g: 130, b: 246, a: 1 }],
    ['#fff', { r: 255, g: 255, b: 255, a: 1 }],
    ['#00000080', { r: 0, g: 0, b: 0, a: 128 / 255 }],
    ['rgb(59 130 246 / 0.25)', { r: 59, g: 130, b: 246, a: 0.25 }],
    ['rgba(59, 130, 246, 0.25)', { r: 59, g: 130, b: 246, a: 0.25 }],
    ['rgb(1 2 3)', { r: 1, g: 2, b: 3, a: 1 }],
  ])('reads %s', (text, expected) => {
    expect(parseColour(text)).toEqual(expected);
  });

  it.each(['blue', 'hsl(0 0% 0%)', 'oklch(0.6 0.1 250)', 'rgb(1 2)'])(
    'refuses %s rather than leave it unmeasured',
    (text) => {
      expect(() => parseColour(text)).toThrow(/Unreadable colour/);
    },
  );

  it('measures a faint fill without a line as failing, and a line over it as the mark', () => {
    const [faintFill, lined] = parseHighlightRules(`
      ::highlight(a) { background-color: rgb(59 130 246 / 0.1); }
      ::highlight(b) { text-decoration-line: underline; text-decoration-color: #3b82f6;
                       background-color: rgb(59 130 246 / 0.1); }`);
    if (!faintFill || !lined) throw new Error('two rules expected');
    const page = PAGES[0];
    if (!page) throw new Error('no page colours');
    expect(measure(faintFill, page).indicator).toBe('fill');
    expect(measure(faintFill, page).indicatorContrast).toBeLessThan(MIN_INDICATOR_CONTRAST);
    expect(measure(lined, page).indicator).toBe('solid line');
    expect(measure(lined, page).indicatorContrast).toBeGreaterThanOrEqual(MIN_INDICATOR_CONTRAST);
  });

  it('takes a currentColor line as the page text colour', () => {
    const [rule] = parseHighlightRules(
      '::highlight(f) { text-decoration-line: underline; text-decoration-color: currentColor; }',
    );
    expect(rule?.line).toBe(CURRENT_COLOR);
  });
});

describe('utils/page/highlights.css', () => {
  const rules = readHighlightRules();

  it('styles every highlight the painter registers, and nothing it does not', () => {
    const painted = [
      ...CATEGORIES.flatMap((category) =>
        PAINTED_STYLES.map((style) => highlightName(category, style)),
      ),
      ...PAINTED_STYLES.map(quoteHighlightName),
      FOCUS_HIGHLIGHT,
    ];
    expect(rules.map((rule) => rule.name).sort()).toEqual([...painted].sort());
  });

  it.each(
    contrastTable(rules).map((row) => [
      row.highlight,
      row.page,
      row.indicator,
      row.indicatorContrast,
      row.textContrast,
    ]),
  )('%s on a %s: its %s has ≥ 3:1 and the text over it ≥ 4.5:1', (_h, _p, _i, mark, text) => {
    expect(mark).toBeGreaterThanOrEqual(MIN_INDICATOR_CONTRAST);
    expect(text).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
});
