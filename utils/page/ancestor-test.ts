/** Answers kept per element: a Map, or a WeakMap where kept while elements leave the page. */
interface KnownAnswers {
  get(element: Element): boolean | undefined;
  set(element: Element, answer: boolean): unknown;
}

/**
 * Whether an element or one above it passes `test`, each element tested at most once.
 *
 * A climb stops at the first element whose answer is known, or at the first that passes; the
 * answer is then kept for every element it climbed through, so that the walks that ask this
 * (node after node, in document order) climb only through elements not met before. Seed
 * `known` with an element's answer to stop every climb there (a walk's root). No recursion
 * and no array per climb: script can nest a page's elements far deeper than the call stack
 * allows, and the walks ask for every element or text node they reach.
 */
export function createAncestorTest(
  test: (element: Element) => boolean,
  known: KnownAnswers = new Map(),
): (element: Element) => boolean {
  return (element) => {
    let answer = false;
    let stop: Element | null = null;
    for (let up: Element | null = element; up !== null; up = up.parentElement) {
      const cached = known.get(up);
      if (cached !== undefined) {
        answer = cached;
        stop = up;
        break;
      }
      if (test(up)) {
        answer = true;
        stop = up;
        known.set(up, true);
        break;
      }
    }
    for (let up: Element | null = element; up !== null && up !== stop; up = up.parentElement) {
      known.set(up, answer);
    }
    return answer;
  };
}
