/**
 * When is a text about the story? Pure: the page layer gathers the evidence of a region
 * (relevance.ts), this file decides.
 *
 * Evidence is what the reader sees in the text: anchor cues (Ukraine, Kyiv, Zelensky…),
 * context cues (talks, ceasefire, war, Russia…) and mentions of the story's specific actors
 * (Lavrov, Ushakov, Putin, the Kremlin). A text is topical when
 *
 * 1. it names the subject at least once (an anchor): talks, wars and Russia alone are in
 *    much other news (Middle East peace talks, a story about Russian hackers);
 * 2. the evidence adds up: score = 2 × anchors + context + specific mentions ≥ MIN_SCORE,
 *    so one passing "Ukraine" (an advert's "work from home in Ukraine") is not enough;
 * 3. and it is dense enough for the length of the text: score ≥ MIN_PER_1000_CHARS per
 *    thousand characters, so a long page of unrelated stories with a few such words spread
 *    across it stays quiet.
 *
 * The thresholds come from the labelled development set (tests/relevance/dev-set.tsv), see
 * docs/relevance.md.
 */
export interface TopicEvidence {
  anchors: number;
  context: number;
  /** Mentions of entities whose scope is `specific`, outside site chrome. */
  specific: number;
  /** Characters of text the counts come from. */
  chars: number;
}

export const MIN_SCORE = 3;
export const MIN_PER_1000_CHARS = 1;

export function topicScore(evidence: TopicEvidence): number {
  return 2 * evidence.anchors + evidence.context + evidence.specific;
}

export function isTopical(evidence: TopicEvidence): boolean {
  if (evidence.anchors === 0) return false;
  const score = topicScore(evidence);
  return score >= MIN_SCORE && score * 1000 >= MIN_PER_1000_CHARS * evidence.chars;
}
