import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '@/utils/page/hover-intent';

interface Target {
  id: string;
}

const A: Target = { id: 'a' };
const B: Target = { id: 'b' };
const DELAY = 300;
const GRACE = 300;

function setup(delay = DELAY) {
  const events: string[] = [];
  let showDelay = delay;
  const intent = createHoverIntent<Target>({
    getShowDelay: () => showDelay,
    hideGraceMs: GRACE,
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (id) => window.clearTimeout(id),
    },
    isSameTarget: (a, b) => a.id === b.id,
    onShow: (target, pinned) => events.push(`show ${target.id}${pinned ? ' pinned' : ''}`),
    onHide: () => events.push('hide'),
  });
  return {
    intent,
    events,
    setDelay: (ms: number) => {
      showDelay = ms;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('showing', () => {
  it('shows a hovered mention only after the intent delay', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(DELAY - 1);
    expect(events).toEqual([]);
    expect(intent.phase()).toBe('pending');
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a']);
    expect(intent.phase()).toBe('open');
    expect(intent.current()).toBe(A);
  });

  it('does not restart the delay while the pointer moves within the same mention', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(200);
    intent.pointerOver({ id: 'a' });
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['show a']);
  });

  it('shows nothing when the pointer passes over a mention quicker than the delay', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(DELAY - 50);
    intent.pointerOver(null);
    vi.advanceTimersByTime(5 * DELAY);
    expect(events).toEqual([]);
    expect(intent.phase()).toBe('closed');
  });

  it('reads the delay setting on each hover', () => {
    const { intent, events, setDelay } = setup();
    setDelay(1000);
    intent.pointerOver(A);
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a']);
  });

  it('waits the new mention’s delay before replacing the shown one', () => {
    const { intent, events } = setup(200);
    intent.pointerOver(A);
    vi.advanceTimersByTime(200);
    intent.pointerOver(B);
    vi.advanceTimersByTime(199);
    expect(events).toEqual(['show a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a', 'show b']);
  });

  it('still shows the new mention when the old one’s grace ends first', () => {
    const { intent, events } = setup(500);
    intent.pointerOver(A);
    vi.advanceTimersByTime(500);
    intent.pointerOver(B);
    vi.advanceTimersByTime(500);
    expect(events).toEqual(['show a', 'hide', 'show b']);
    expect(intent.current()).toBe(B);
  });
});

describe('hiding', () => {
  function openA() {
    const context = setup();
    context.intent.pointerOver(A);
    vi.advanceTimersByTime(DELAY);
    context.events.length = 0;
    return context;
  }

  it('hides after the grace period once the pointer leaves the mention', () => {
    const { intent, events } = openA();
    intent.pointerOver(null);
    vi.advanceTimersByTime(GRACE - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['hide']);
    expect(intent.phase()).toBe('closed');
  });

  it('stays open when the pointer returns to the mention within the grace period', () => {
    const { intent, events } = openA();
    intent.pointerOver(null);
    vi.advanceTimersByTime(GRACE - 1);
    intent.pointerOver(A);
    vi.advanceTimersByTime(10 * GRACE);
    expect(events).toEqual([]);
  });

  it('stays open while the pointer is inside the popover, and hides after it leaves', () => {
    const { intent, events } = openA();
    intent.pointerOver(null);
    vi.advanceTimersByTime(GRACE - 1);
    intent.pointerEnterPopover();
    vi.advanceTimersByTime(10 * GRACE);
    // Hit-testing keeps reporting "no mention" while the pointer is over the popover.
    intent.pointerOver(null);
    vi.advanceTimersByTime(10 * GRACE);
    expect(events).toEqual([]);
    intent.pointerLeavePopover();
    vi.advanceTimersByTime(GRACE);
    expect(events).toEqual(['hide']);
  });

  it('does not replace the popover the pointer has moved into', () => {
    const { intent, events } = openA();
    intent.pointerOver(B);
    intent.pointerEnterPopover();
    vi.advanceTimersByTime(10 * DELAY);
    expect(events).toEqual([]);
    expect(intent.current()).toBe(A);
  });

  it('closes at once on close(), cancelling a pending show', () => {
    const { intent, events } = openA();
    intent.pointerOver(B);
    intent.close();
    vi.advanceTimersByTime(10 * DELAY);
    expect(events).toEqual(['hide']);
    expect(intent.phase()).toBe('closed');
  });

  it('does not report a hide when nothing was shown', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    intent.close();
    vi.advanceTimersByTime(10 * DELAY);
    expect(events).toEqual([]);
  });
});

describe('pinning', () => {
  it('shows at once and ignores the pointer until closed', () => {
    const { intent, events } = setup();
    intent.pin(A);
    expect(events).toEqual(['show a pinned']);
    intent.pointerOver(null);
    intent.pointerOver(B);
    intent.pointerEnterPopover();
    intent.pointerLeavePopover();
    vi.advanceTimersByTime(10 * (DELAY + GRACE));
    expect(events).toEqual(['show a pinned']);
    expect(intent.phase()).toBe('pinned');
    intent.close();
    expect(events).toEqual(['show a pinned', 'hide']);
  });

  it('pins a popover that is already open on hover, cancelling its grace period', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(DELAY);
    intent.pointerOver(null);
    intent.pin(A);
    vi.advanceTimersByTime(10 * GRACE);
    expect(events).toEqual(['show a', 'show a pinned']);
    expect(intent.phase()).toBe('pinned');
  });

  it('hovers normally again after a pinned popover is closed', () => {
    const { intent, events } = setup();
    intent.pin(A);
    intent.close();
    intent.pointerOver(B);
    vi.advanceTimersByTime(DELAY);
    expect(events).toEqual(['show a pinned', 'hide', 'show b']);
  });
});
