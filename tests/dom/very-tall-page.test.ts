import { afterEach, describe, expect, it } from 'vitest';
import { VERY_TALL_PAGE_PX } from '@/utils/page/very-tall-page';
import { ALL_ON, setBody } from './fakes/page';
import { startScanner } from './fakes/scanner-harness';

const ARTICLE = '<p>Sergey Lavrov met the press. The Kremlin said 42% agree.</p>';

/** Makes the document report `height` as its scroll height, as layout would. */
function pretendPageHeight(height: number): void {
  const root = document.scrollingElement ?? document.documentElement;
  Object.defineProperty(root, 'scrollHeight', { configurable: true, get: () => height });
}

afterEach(() => {
  const root = document.scrollingElement ?? document.documentElement;
  Reflect.deleteProperty(root, 'scrollHeight');
});

describe('highlight style on a very tall page', () => {
  it.each([
    ['an ordinary page keeps underlines', VERY_TALL_PAGE_PX, 'underline', 'underline'],
    [
      'a very tall page paints underlines as backgrounds',
      VERY_TALL_PAGE_PX + 1,
      'underline',
      'background',
    ],
    ['a very tall page keeps backgrounds', VERY_TALL_PAGE_PX * 4, 'background', 'background'],
  ] as const)('%s', async (_name, height, chosen, painted) => {
    pretendPageHeight(height);
    setBody(ARTICLE);
    const { scanner, registry } = startScanner({ settings: { ...ALL_ON, style: chosen } });
    await scanner.whenIdle();
    expect([...registry.entries.keys()].sort()).toEqual(
      ['figures', 'institutions', 'people'].map((category) => `backstory-${category}-${painted}`),
    );
  });

  it('paints nothing with the style "none", however tall the page', async () => {
    pretendPageHeight(VERY_TALL_PAGE_PX * 4);
    setBody(ARTICLE);
    const { scanner, registry } = startScanner({ settings: { ...ALL_ON, style: 'none' } });
    await scanner.whenIdle();
    expect(scanner.mentions()).toHaveLength(3);
    expect(registry.entries.size).toBe(0);
  });

  it('keeps painting backgrounds when the setting is switched to underline later', async () => {
    pretendPageHeight(VERY_TALL_PAGE_PX * 4);
    setBody(ARTICLE);
    const { scanner, registry } = startScanner({ settings: { ...ALL_ON, style: 'background' } });
    await scanner.whenIdle();
    scanner.applySettings({ ...ALL_ON, style: 'underline' });
    expect(registry.texts('backstory-people-background')).toEqual(['Sergey Lavrov']);
    expect(registry.entries.has('backstory-people-underline')).toBe(false);
  });
});
