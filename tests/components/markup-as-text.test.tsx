import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopoverView } from '@/components/popover/PopoverView';
import { buildPopoverModel } from '@/components/popover/view-model';
import { HOSTILE, hostileDataset, mentionOf } from './fixtures';

afterEach(cleanup);

/** Elements the cards draw themselves; anything else would have come from the data. */
const OWN_ELEMENTS = new Set([
  'DIV',
  'SPAN',
  'P',
  'H2',
  'HEADER',
  'FOOTER',
  'UL',
  'LI',
  'FIGURE',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'CITE',
  'BUTTON',
  'svg',
  'path',
]);

describe('dataset strings containing markup', () => {
  it.each([
    ['a person with statements', 'sergey-lavrov', 'entity'],
    ['an institution spoken about', 'kremlin', 'entity'],
    ['a poll answer', 'poll-support-war', 'figure'],
    ['a share', 'territory-share', 'figure'],
  ] as const)('show as literal text on %s card, creating no element', (_, id, kind) => {
    const model = buildPopoverModel(hostileDataset(), mentionOf({ id, kind, matched: HOSTILE }), 1);
    if (!model) throw new Error(`no model for ${id}`);
    const { container } = render(<PopoverView model={model} pinned onClose={() => {}} />);
    expect(container.querySelector('img, b, script')).toBeNull();
    const strangers = [...container.querySelectorAll('*')].filter(
      (e) => !OWN_ELEMENTS.has(e.tagName),
    );
    expect(strangers.map((e) => e.tagName)).toEqual([]);
    const text = container.textContent ?? '';
    // Every string from the data is there, character for character.
    expect(text.split(HOSTILE).length - 1).toBeGreaterThanOrEqual(4);
    expect(container.querySelector('.why')?.textContent).toContain(`“${HOSTILE}”`);
    for (const element of container.querySelectorAll('*')) {
      expect(element.getAttribute('onerror')).toBeNull();
    }
  });
});
