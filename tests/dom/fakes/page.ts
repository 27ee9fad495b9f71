import type { PageSettings } from '@/utils/page/types';

export const ALL_ON: PageSettings = {
  categories: { people: true, institutions: true, figures: true },
  style: 'underline',
  firstMentionOnly: false,
  where: 'talks',
};

/** Replaces the body's content; returns the body. */
export function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Resolves on the next macrotask: lets the page's MutationObserver callbacks run. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
