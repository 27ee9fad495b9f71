import type { Category } from '@/utils/dataset/schema';
import type { Translator } from '@/utils/i18n/translate';
import { CATEGORIES } from '@/utils/vocabulary';
import type { DigestEntry, DigestPage } from './digest-labels';
import { CATEGORY_KEYS } from './SettingsForm';

export interface DigestProps {
  tr: Translator;
  /** The active page's state; null when Backstory cannot read the page, undefined while asking. */
  page: DigestPage | null | undefined;
  onChoose: (id: string) => void;
}

/** Items of one category, most mentioned first, ties in alphabetical order. */
function itemsOf(items: DigestEntry[], category: Category, tr: Translator): DigestEntry[] {
  return items
    .filter((item) => item.category === category)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, tr.lang));
}

/** What the story's actors and figures add up to on the active page; each one is a way in. */
export function Digest({ tr, page, onChoose }: DigestProps) {
  return (
    <section class="digest" aria-labelledby="digest-title" aria-busy={page === undefined}>
      <h2 id="digest-title">
        {tr.t('digest.title')}
        {page?.active && page.total > 0 && (
          <span class="digest-total">{tr.plural('digest.total', page.total)}</span>
        )}
      </h2>
      <DigestBody tr={tr} page={page} onChoose={onChoose} />
    </section>
  );
}

function DigestBody({ tr, page, onChoose }: DigestProps) {
  if (page === undefined) return <p class="empty">{tr.t('digest.reading')}</p>;
  if (page === null) return <p class="empty">{tr.t('digest.unreachable')}</p>;
  if (!page.active) return <p class="empty">{tr.t('digest.off')}</p>;
  if (page.items.length === 0) return <p class="empty">{tr.t('digest.nothing')}</p>;

  return (
    <div class="digest-groups">
      {CATEGORIES.map((category) => {
        const items = itemsOf(page.items, category, tr);
        if (items.length === 0) return null;
        const headingId = `digest-${category}`;
        return (
          <div class="digest-group" key={category}>
            <h3 id={headingId}>{tr.t(CATEGORY_KEYS[category])}</h3>
            <ul aria-labelledby={headingId}>
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    class="digest-item"
                    title={tr.t('digest.goToNext')}
                    onClick={() => onChoose(item.id)}
                  >
                    <span class="digest-label">{item.label}</span>
                    <span class="digest-count">
                      {tr.number(item.count)}
                      <span class="visually-hidden">
                        {' '}
                        {tr.plural('digest.mentionsWord', item.count)}
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
