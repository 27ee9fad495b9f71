/**
 * The contrast of every highlight style, computed from the real stylesheet
 * (utils/page/highlights.css) with WCAG 2 relative luminance. Used by a unit test (the bounds)
 * and by `npm run contrast` (the table in docs/accessibility.md).
 *
 * What is measured, on a white page with black text and on a black page with white text:
 *
 * - the indicator: a highlight's line (its text-decoration colour) against what surrounds it,
 *   which is the highlight's own fill over the page; a style without a line is indicated by
 *   its fill alone, measured against the page. WCAG 1.4.11 asks ≥ 3:1 for such non-text marks.
 * - the text: the page's text over the fill, which must stay readable (≥ 4.5:1).
 *
 * Translucent fills are composited over the page the way browsers blend them (in sRGB).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './paths';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

/** The colour of the text itself: the page decides it. */
export const CURRENT_COLOR = 'currentColor';

export interface HighlightRule {
  /** The highlight's name, e.g. `backstory-people-underline`. */
  name: string;
  /** The line's colour, `currentColor`, or null when the style draws no line. */
  line: Rgba | typeof CURRENT_COLOR | null;
  /** The line style (solid, dashed, dotted, double), or null without a line. */
  lineStyle: string | null;
  fill: Rgba | null;
}

export interface PageColours {
  name: 'white page, black text' | 'black page, white text';
  background: Rgba;
  text: Rgba;
}

export const PAGES: readonly PageColours[] = [
  {
    name: 'white page, black text',
    background: { r: 255, g: 255, b: 255, a: 1 },
    text: { r: 0, g: 0, b: 0, a: 1 },
  },
  {
    name: 'black page, white text',
    background: { r: 0, g: 0, b: 0, a: 1 },
    text: { r: 255, g: 255, b: 255, a: 1 },
  },
];

/** WCAG 1.4.11: user-interface marks and graphics against adjacent colours. */
export const MIN_INDICATOR_CONTRAST = 3;
/** WCAG 1.4.3: body text against its background. */
export const MIN_TEXT_CONTRAST = 4.5;

export const highlightsCssPath = resolve(repoRoot, 'utils/page/highlights.css');

/**
 * Parses `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(r g b / a)` and `rgb(r, g, b, a)` (with or
 * without the "a"). Anything else throws: a colour this cannot read must not pass unmeasured.
 */
export function parseColour(text: string): Rgba {
  const value = text.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value);
  if (hex?.[1]) {
    const digits =
      hex[1].length === 3 ? [...hex[1]].map((digit) => digit + digit).join('') : (hex[1] as string);
    const byte = (index: number) => Number.parseInt(digits.slice(index, index + 2), 16);
    return { r: byte(0), g: byte(2), b: byte(4), a: digits.length === 8 ? byte(6) / 255 : 1 };
  }
  const functional = /^rgba?\(\s*([^)]*)\)$/i.exec(value);
  if (functional?.[1] !== undefined) {
    const parts = functional[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map((part) => (part.endsWith('%') ? Number(part.slice(0, -1)) / 100 : Number(part)));
    const [r, g, b, a = 1] = parts;
    if (
      (parts.length === 3 || parts.length === 4) &&
      [r, g, b, a].every((n) => n !== undefined && Number.isFinite(n))
    ) {
      return { r: r as number, g: g as number, b: b as number, a };
    }
  }
  throw new Error(`Unreadable colour in highlights.css: ${text}`);
}

/** Each `::highlight(name) { … }` rule of the stylesheet, with its line and fill. */
export function parseHighlightRules(css: string): HighlightRule[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: HighlightRule[] = [];
  for (const match of withoutComments.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
    const [, name = '', body = ''] = match;
    const declarations = new Map(
      body
        .split(';')
        .map((declaration) => declaration.split(':'))
        .filter((pair) => pair.length === 2)
        .map(([property = '', value = '']) => [property.trim(), value.trim()]),
    );
    const lineKind = declarations.get('text-decoration-line');
    const hasLine = lineKind !== undefined && lineKind !== 'none';
    const lineColour = declarations.get('text-decoration-color');
    if (hasLine && lineColour === undefined) {
      throw new Error(`${name}: a line without an explicit text-decoration-color`);
    }
    const fill = declarations.get('background-color');
    rules.push({
      name,
      line: !hasLine
        ? null
        : lineColour?.toLowerCase() === 'currentcolor'
          ? CURRENT_COLOR
          : parseColour(lineColour as string),
      lineStyle: hasLine ? (declarations.get('text-decoration-style') ?? 'solid') : null,
      fill: fill === undefined ? null : parseColour(fill),
    });
  }
  return rules;
}

export function readHighlightRules(path = highlightsCssPath): HighlightRule[] {
  return parseHighlightRules(readFileSync(path, 'utf8'));
}

/** `top` blended over an opaque `bottom`, as the browser paints it. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (upper: number, lower: number) => upper * top.a + lower * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2 relative luminance of an opaque colour. */
export function relativeLuminance(colour: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1..21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light as number) + 0.05) / ((dark as number) + 0.05);
}

export interface ContrastRow {
  highlight: string;
  page: PageColours['name'];
  /** What marks the highlight: "solid line", "dashed line", …, or "fill". */
  indicator: string;
  /** The indicator against what surrounds it (≥ 3 required). */
  indicatorContrast: number;
  /** The page's text over the highlight's fill (≥ 4.5 required). */
  textContrast: number;
}

/** The figures for one highlight on one page. */
export function measure(rule: HighlightRule, page: PageColours): ContrastRow {
  const underText = rule.fill ? over(rule.fill, page.background) : page.background;
  const line = rule.line === CURRENT_COLOR ? page.text : rule.line;
  const indicatorContrast =
    line === null
      ? contrastRatio(underText, page.background)
      : contrastRatio(over(line, underText), underText);
  return {
    highlight: rule.name,
    page: page.name,
    indicator:
      rule.line === null
        ? 'fill'
        : `${rule.lineStyle} line${rule.line === CURRENT_COLOR ? ' (text colour)' : ''}`,
    indicatorContrast,
    textContrast: contrastRatio(page.text, underText),
  };
}

export function contrastTable(rules: HighlightRule[] = readHighlightRules()): ContrastRow[] {
  return rules.flatMap((rule) => PAGES.map((page) => measure(rule, page)));
}

/** The table as Markdown, figures to two decimals (rounded down, so a shown 3.00 is ≥ 3). */
export function contrastMarkdown(rows: ContrastRow[]): string {
  const floor2 = (value: number) => (Math.floor(value * 100) / 100).toFixed(2);
  return [
    '| Highlight | Page | Indicator | Indicator contrast (≥ 3) | Text over fill (≥ 4.5) |',
    '| --- | --- | --- | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| \`${row.highlight}\` | ${row.page} | ${row.indicator} | ${floor2(row.indicatorContrast)} | ${floor2(row.textContrast)} |`,
    ),
  ].join('\n');
}

// `npm run contrast` prints the table.
if (
  process.argv[1] &&
  resolve(process.argv[1]) === resolve(repoRoot, 'tools/highlight-contrast.ts')
) {
  console.log(contrastMarkdown(contrastTable()));
}
