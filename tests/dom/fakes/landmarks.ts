/**
 * What the first pass's skim leaves out, told node by node for the tests' own walks: a node
 * inside site chrome's landmarks (utils/page/chrome-landmarks.ts), found by going up from it
 * rather than by the skim's selector.
 */
import { isChromeLandmark } from '@/utils/page/chrome-landmarks';

/** Whether `node` is in (or is) a landmark at or under `root`. */
export function inLandmark(node: Node, root: Node): boolean {
  for (let up: Node | null = node; up !== null; up = up.parentNode) {
    if (up.nodeType === Node.ELEMENT_NODE && isChromeLandmark(up as Element)) return true;
    if (up === root) return false;
  }
  return false;
}
