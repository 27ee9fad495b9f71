/**
 * Aliases marked `requiresConfirmation` (the surname "Kellogg", which the cereal maker shares)
 * count only on a page that also names the entity by an unmarked form. Real dataset, real
 * matcher, real scanner; only the highlight registry is a fake.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '@/utils/dataset';
import { compileMatcher } from '@/utils/matching';
import type { PageMention } from '@/utils/page/types';
import { decideVisibility, EVERYWHERE, type MentionPlacement } from '@/utils/page/visibility';
import type { createFakeRegistry } from './fakes/fake-highlight-registry';
import { ALL_ON, nextTask, setBody } from './fakes/page';
import { startScanner } from './fakes/scanner-harness';

const matcher = compileMatcher(dataset);
const KELLOGG = 'kellogg';

const startRealScanner = () => startScanner({ matcher, observe: true });

const people = (registry: ReturnType<typeof createFakeRegistry>) =>
  registry.texts('backstory-people-underline');

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

describe('forms that require confirmation on the page', () => {
  it('the dataset marks the English surname of Keith Kellogg, and the matcher passes the mark on', () => {
    const [alone] = matcher.find("Breitbart starts war with Kellogg's");
    expect(alone).toMatchObject({ id: KELLOGG, matched: "Kellogg's", requiresConfirmation: true });
    const [full] = matcher.find('Keith Kellogg spoke');
    expect(full).toMatchObject({ id: KELLOGG, matched: 'Keith Kellogg' });
    expect(full).not.toHaveProperty('requiresConfirmation');
  });

  it('are neither highlighted nor counted on a page that never names the entity otherwise', async () => {
    // Mid-sentence: a surname that is also a common word needs no confirmation there.
    setBody("<h2>Breitbart starts war with Kellogg's</h2><p>On Monday Trump met Putin.</p>");
    const { scanner, registry, updates, controller } = startRealScanner();
    stop = () => controller.abort();
    await scanner.whenIdle();
    expect(people(registry)).toEqual(['Trump', 'Putin']);
    expect(updates.at(-1)?.byId[KELLOGG]).toBeUndefined();
    expect(updates.at(-1)?.total).toBe(2);
  });

  it('come in when a confirming mention appears anywhere on the page, and go with it', async () => {
    setBody("<p>Kellogg's plan was discussed.</p><div id='later'></div>");
    const { scanner, registry, updates, controller } = startRealScanner();
    stop = () => controller.abort();
    await scanner.whenIdle();
    expect(people(registry)).toEqual([]);

    const later = document.getElementById('later');
    const confirming = document.createElement('p');
    confirming.textContent = 'Special envoy Keith Kellogg arrived in Kyiv.';
    later?.append(confirming);
    await nextTask();
    await scanner.whenIdle();
    expect(people(registry)).toEqual(["Kellogg's", 'Keith Kellogg']);
    expect(updates.at(-1)?.byId[KELLOGG]).toBe(2);

    confirming.remove();
    await nextTask();
    await scanner.whenIdle();
    expect(people(registry)).toEqual([]);
    expect(updates.at(-1)?.byId[KELLOGG]).toBeUndefined();
  });

  it('with "first mention only", the first mention shown is the first confirmed one', () => {
    setBody('<p>x</p>');
    const mention = (id: string, requiresConfirmation: boolean) =>
      ({
        id,
        category: 'people',
        ...(requiresConfirmation ? { requiresConfirmation: true } : {}),
      }) as PageMention;
    const trump = mention('trump', false);
    const kelloggAlone = mention(KELLOGG, true);
    const kelloggFull = mention(KELLOGG, false);
    const unconfirmed = mention('rubio', true);
    const placement = EVERYWHERE as MentionPlacement<PageMention>;
    const mentions = [trump, kelloggAlone, kelloggFull, unconfirmed];
    const shown = decideVisibility(mentions, { ...ALL_ON, firstMentionOnly: true }, placement);
    expect([...shown.painted]).toEqual([trump, kelloggAlone]);
    const all = decideVisibility(mentions, ALL_ON, placement);
    expect([...all.painted]).toEqual([trump, kelloggAlone, kelloggFull]);
  });
});
