import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeTextFor, stepForCommand } from '@/entrypoints/background';
import {
  isBackstoryMessage,
  isPageState,
  type PageState,
  requestPageState,
  sendFocusMention,
} from '@/utils/messages';

beforeEach(() => {
  fakeBrowser.reset();
});

const FOCUS = 'backstory-focus';
/** Requests for the highlights' styles: the rules they carry, and whether they are taken. */
const styleRequests: [string, unknown, boolean][] = [
  ['a styles request', [{ name: FOCUS, selectors: ['p', 'h3', 'news-story'] }], true],
  [
    'a styles request for two names',
    [
      { name: FOCUS, selectors: ['p'] },
      { name: 'backstory-quote-background', selectors: ['li'] },
    ],
    true,
  ],
  ['a styles request for every element', [{ name: FOCUS, selectors: ['*'] }], true],
  ['a styles request on ids', [{ name: FOCUS, selectors: ['#story', '#live_2'] }], true],
  [
    'a styles request on types under ids and types',
    [{ name: FOCUS, selectors: ['#story p', '#live_2 news-story', 'article a'] }],
    true,
  ],
  [
    'a styles request with two types under an id',
    [{ name: FOCUS, selectors: ['#story p a'] }],
    false,
  ],
  ['a styles request with a child combinator', [{ name: FOCUS, selectors: ['#story>p'] }], false],
  ['a styles request with two spaces', [{ name: FOCUS, selectors: ['#story  p'] }], false],
  ['a styles request with an id under a type', [{ name: FOCUS, selectors: ['p #story'] }], false],
  [
    'a styles request with every element under an id',
    [{ name: FOCUS, selectors: ['#story *'] }],
    false,
  ],
  ['a styles request for no rule', [], false],
  ['a styles request for no selector', [{ name: FOCUS, selectors: [] }], false],
  ['a styles request with a selector list', [{ name: FOCUS, selectors: ['p,a'] }], false],
  ['a styles request with a class', [{ name: FOCUS, selectors: ['p.lead'] }], false],
  ['a styles request with an id and a type', [{ name: FOCUS, selectors: ['p#lead'] }], false],
  ['a styles request with an escaped id', [{ name: FOCUS, selectors: ['#a\\]b'] }], false],
  [
    'a styles request with an id that closes the rule',
    [{ name: FOCUS, selectors: ['#a{}'] }],
    false,
  ],
  [
    'a styles request with an id starting with a digit',
    [{ name: FOCUS, selectors: ['#1a'] }],
    false,
  ],
  ['a styles request with a long id', [{ name: FOCUS, selectors: [`#${'a'.repeat(65)}`] }], false],
  ['a styles request with a number', [{ name: FOCUS, selectors: [1] }], false],
  ['a styles request for a name not ours', [{ name: 'focus', selectors: ['p'] }], false],
  [
    'a styles request for a name that closes the rule',
    [{ name: 'backstory-a) b', selectors: ['p'] }],
    false,
  ],
  ['a styles request without a name', [{ selectors: ['p'] }], false],
];

describe('isBackstoryMessage', () => {
  it.each<[string, unknown, boolean]>([
    ['a mention count', { type: 'mentions-changed', total: 12 }, true],
    ['a zero count', { type: 'mentions-changed', total: 0 }, true],
    ['a negative count', { type: 'mentions-changed', total: -1 }, false],
    ['a fractional count', { type: 'mentions-changed', total: 1.5 }, false],
    ['a count as text', { type: 'mentions-changed', total: '3' }, false],
    ['a page-state request', { type: 'get-page-state' }, true],
    ['a focus request', { type: 'focus-mention', id: 'sergey-lavrov' }, true],
    ['a focus request without id', { type: 'focus-mention' }, false],
    ['a focus request with an empty id', { type: 'focus-mention', id: '' }, false],
    ['a step forward', { type: 'step-mention', direction: 1 }, true],
    ['a step back', { type: 'step-mention', direction: -1 }, true],
    ['a step of two', { type: 'step-mention', direction: 2 }, false],
    ...styleRequests.map(([name, rules, expected]): [string, unknown, boolean] => [
      name,
      { type: 'highlight-styles', rules },
      expected,
    ]),
    ['a styles request without rules', { type: 'highlight-styles' }, false],
    ['an unknown type', { type: 'hello' }, false],
    ['null', null, false],
    ['a string', 'get-page-state', false],
    ['an array', [{ type: 'get-page-state' }], false],
  ])('%s → %s', (_name, message, expected) => {
    expect(isBackstoryMessage(message)).toBe(expected);
  });
});

const state: PageState = {
  hostname: 'news.example.org',
  active: true,
  total: 3,
  items: [
    { id: 'sergey-lavrov', kind: 'entity', category: 'people', count: 2 },
    { id: 'share-78', kind: 'figure', category: 'figures', count: 1 },
  ],
};

describe('isPageState', () => {
  it.each<[string, unknown, boolean]>([
    ['a full state', state, true],
    ['an empty page', { ...state, total: 0, items: [] }, true],
    ['a missing hostname', { ...state, hostname: undefined }, false],
    [
      'an item of an unknown category',
      { ...state, items: [{ ...state.items[0], category: 'x' }] },
      false,
    ],
    [
      'an item of an unknown kind',
      { ...state, items: [{ ...state.items[0], kind: 'place' }] },
      false,
    ],
    [
      'an item without count',
      { ...state, items: [{ ...state.items[0], count: undefined }] },
      false,
    ],
    ['undefined (no content script)', undefined, false],
  ])('%s → %s', (_name, value, expected) => {
    expect(isPageState(value)).toBe(expected);
  });
});

describe('popup senders', () => {
  it('returns the page state the content script answers', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(state);
    expect(await requestPageState(7)).toEqual(state);
    expect(send).toHaveBeenCalledWith(7, { type: 'get-page-state' }, { frameId: 0 });
  });

  it('returns null, quietly, for a tab without a content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await requestPageState(7)).toBeNull();
    await expect(sendFocusMention(7, 'sergey-lavrov')).resolves.toBeUndefined();
  });

  it('returns null for an answer of the wrong shape', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ hostname: 'x' });
    expect(await requestPageState(7)).toBeNull();
  });
});

describe('badge', () => {
  it.each<[number, string]>([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
    [123_456, '999+'],
  ])('shows %s mentions as "%s"', (total, text) => {
    expect(badgeTextFor(total)).toBe(text);
  });
});

describe('keyboard commands', () => {
  it.each<[string, 1 | -1 | null]>([
    ['next-mention', 1],
    ['previous-mention', -1],
    ['_execute_action', null],
  ])('%s steps %s', (command, step) => {
    expect(stepForCommand(command)).toBe(step);
  });
});
