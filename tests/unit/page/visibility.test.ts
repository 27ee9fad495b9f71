import { describe, expect, it } from 'vitest';
import type { Scope } from '@/utils/dataset/schema';
import type { Mention } from '@/utils/matching/types';
import type { PageSettings } from '@/utils/page/types';
import { decideVisibility, type MentionPlacement, needsTopicality } from '@/utils/page/visibility';

interface Fake extends Mention {
  chrome?: boolean;
  scope: Scope;
  topical?: boolean;
}

function fake(id: string, scope: Scope, extra: Partial<Fake> = {}): Fake {
  const category = id === 'figure' ? 'figures' : id === 'us' ? 'institutions' : 'people';
  const kind = id === 'figure' ? 'figure' : 'entity';
  return { id, kind, category, start: 0, end: 1, matched: id, rule: 'test', scope, ...extra };
}

const settings: PageSettings = {
  categories: { people: true, institutions: true, figures: true },
  style: 'underline',
  firstMentionOnly: false,
  where: 'talks',
};

function placement(asked: string[] = []): MentionPlacement<Fake> {
  return {
    inChrome: (m) => m.chrome === true,
    scope: (m) => m.scope,
    isTopical: (m) => {
      asked.push(m.id);
      return m.topical === true;
    },
  };
}

const ids = (mentions: Iterable<Fake>) => [...mentions].map((m) => m.id);

describe('decideVisibility', () => {
  const lavrov = fake('lavrov', 'specific');
  const usOffTopic = fake('us', 'general', { topical: false });
  const trumpOnTopic = fake('trump', 'general', { topical: true });
  const lavrovInMenu = fake('lavrov', 'specific', { chrome: true });
  const figure = fake('figure', 'general', { topical: false });

  // biome-ignore format: one case per line reads as a table.
  it.each<[string, Partial<PageSettings>, Fake[], string[], string[]]>([
    ['specific everywhere, general only where topical', {}, [lavrov, usOffTopic, trumpOnTopic], ['lavrov', 'trump'], ['lavrov', 'trump']],
    ['nothing inside site chrome, whatever the scope', { where: 'everywhere' }, [lavrovInMenu, lavrov], ['lavrov'], ['lavrov']],
    ['"every page" shows general mentions of any text', { where: 'everywhere' }, [usOffTopic, figure], ['us', 'figure'], ['us', 'figure']],
    ['a category switched off is neither counted nor painted', { categories: { people: false, institutions: true, figures: true } }, [lavrov, trumpOnTopic], [], []],
    ['style "none" counts what is there and paints nothing', { style: 'none' }, [lavrov, trumpOnTopic], ['lavrov', 'trump'], []],
    ['first mention only paints the first counted one of each id', { firstMentionOnly: true }, [lavrovInMenu, lavrov, lavrov, trumpOnTopic], ['lavrov', 'lavrov', 'trump'], ['lavrov', 'trump']],
    ['figures follow topicality like general names', {}, [figure], [], []],
  ])('%s', (_name, patch, mentions, counted, painted) => {
    const result = decideVisibility(mentions, { ...settings, ...patch }, placement());
    expect(ids(result.counted)).toEqual(counted);
    expect(ids(result.painted)).toEqual(painted);
  });

  it('paints the very objects it counts (painter and summary agree)', () => {
    const second = fake('lavrov', 'specific');
    const result = decideVisibility(
      [lavrov, second],
      { ...settings, firstMentionOnly: true },
      placement(),
    );
    expect(result.counted).toEqual([lavrov, second]);
    expect([...result.painted]).toEqual([lavrov]);
  });

  it('asks about topicality only for general mentions that got that far', () => {
    const asked: string[] = [];
    decideVisibility(
      [lavrov, fake('us', 'general', { chrome: true }), trumpOnTopic],
      settings,
      placement(asked),
    );
    expect(asked).toEqual(['trump']);
    decideVisibility([usOffTopic], { ...settings, where: 'everywhere' }, placement(asked));
    expect(asked).toEqual(['trump']);
  });

  it('needs the confirming form on the page for a mention that requires it', () => {
    const alone = fake('kellogg', 'general', { topical: false, requiresConfirmation: true });
    const everywhere = { ...settings, where: 'everywhere' } as const;
    expect(ids(decideVisibility([alone], everywhere, placement()).counted)).toEqual([]);
    const full = fake('kellogg', 'general', { topical: false });
    expect(ids(decideVisibility([alone, full], everywhere, placement()).counted)).toEqual([
      'kellogg',
      'kellogg',
    ]);
  });

  it('takes a text about the story as confirmation of an ambiguous form, whatever its scope', () => {
    // A Ukrainian outlet's deliberate lower-case "кремля": no capitalised form on the page.
    const lowerCase = fake('kremlin', 'specific', { topical: true, requiresConfirmation: true });
    const offTopic = fake('kremlin', 'specific', { topical: false, requiresConfirmation: true });
    const asked: string[] = [];
    expect(
      ids(decideVisibility([lowerCase, offTopic], settings, placement(asked)).counted),
    ).toEqual(['kremlin']);
    expect(asked).toEqual(['kremlin', 'kremlin']);
    // Confirmed on the page: topicality is not asked for a specific actor.
    const capitalised = fake('kremlin', 'specific');
    asked.length = 0;
    expect(
      ids(decideVisibility([offTopic, capitalised], settings, placement(asked)).counted),
    ).toEqual(['kremlin', 'kremlin']);
    expect(asked).toEqual([]);
  });
});

describe('needsTopicality', () => {
  it('holds for general mentions under "pages about the talks" only', () => {
    expect(needsTopicality('general', { where: 'talks' })).toBe(true);
    expect(needsTopicality('general', { where: 'everywhere' })).toBe(false);
    expect(needsTopicality('specific', { where: 'talks' })).toBe(false);
  });
});
