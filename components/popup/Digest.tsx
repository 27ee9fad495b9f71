import type { Category } from '@/utils/dataset/schema';
import type { DigestItem, PageState } from '@/utils/messages';
import { CATEGORIES } from '@/utils/vocabulary';
import { CATEGORY_LABELS } from './SettingsForm';

export interface DigestProps {
  /** The active page's state; null when Backstory cannot read the page, undefined while asking. */
  page: PageState | null | undefined;
  onChoose: (id: string) => void;
}

/** Items of one category, most mentioned first, ties in alphabetical order. */
function itemsOf(items: DigestItem[], category: Category): DigestItem[] {
  return items
    .filter((item) => item.category === category)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function mentions(count: number): string {
  return count === 1 ? '1 mention' : `${count} mentions`;
}

/** What the story's actors and figures add up to on the active page; each one is a way in. */
export function Digest({ page, onChoose }: DigestProps) {
  return (
    <section class="digest" aria-labelledby="digest-title" aria-busy={page === undefined}>
      <h2 id="digest-title">
        On this page
        {page?.active && page.total > 0 && <span class="digest-total">{mentions(page.total)}</span>}
      </h2>
      <DigestBody page={page} onChoose={onChoose} />
    </section>
  );
}

function DigestBody({ page, onChoose }: DigestProps) {
  if (page === undefined) return <p class="empty">Reading this page…</p>;
  if (page === null) {
    return (
      <p class="empty">
        Backstory can’t read this page. Browser pages and add-on stores are off limits; a page
        opened before Backstory was installed needs a reload.
      </p>
    );
  }
  if (!page.active) return <p class="empty">Backstory is off on this page.</p>;
  if (page.items.length === 0) return <p class="empty">Nothing from the story on this page.</p>;

  return (
    <div class="digest-groups">
      {CATEGORIES.map((category) => {
        const items = itemsOf(page.items, category);
        if (items.length === 0) return null;
        const headingId = `digest-${category}`;
        return (
          <div class="digest-group" key={category}>
            <h3 id={headingId}>{CATEGORY_LABELS[category]}</h3>
            <ul aria-labelledby={headingId}>
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    class="digest-item"
                    title="Go to the next mention"
                    onClick={() => onChoose(item.id)}
                  >
                    <span class="digest-label">{item.label}</span>
                    <span class="digest-count">
                      {item.count}
                      <span class="visually-hidden">
                        {' '}
                        {item.count === 1 ? 'mention' : 'mentions'}
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
