import { describe, expect, it } from 'vitest';
import { isPageNoise, type PageError } from '../../e2e/harness/page-watch';

const pageError = (text: string): PageError => ({ kind: 'pageerror', text, where: '' });

// The sweep counts every uncaught exception of a watched tab as the extension's unless it is
// the page's own noise; these rows pin which side of that line each kind of message falls.
describe('page noise in the watch of a tab', () => {
  it.each([
    [
      'Firefox MathML layout report',
      'Invalid markup: Incorrect number of children for <msup/> tag.',
    ],
    ['Firefox MathML layout report', 'Invalid markup: <mprescripts/> is not allowed here.'],
    ['refused load', 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading'],
    ['font download', 'downloadable font: download failed (font-family: "X")'],
  ])('%s is noise: %s', (_kind, text) => {
    expect(isPageNoise(pageError(text))).toBe(true);
  });

  it.each([
    ['thrown Error whose message looks like a layout report', 'Error: Invalid markup: x'],
    ['thrown string', 'uncaught exception: Invalid markup: x'],
    ['TypeError', 'TypeError: can\'t access property "x", y is undefined'],
    ['rejected promise without a stack', 'Error: The highlight registry is gone'],
  ])('%s is not noise', (_kind, text) => {
    expect(isPageNoise(pageError(text))).toBe(false);
  });
});
