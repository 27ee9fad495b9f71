/**
 * Counts the dataset's topic cues in text, in one pass over the text however many cues there
 * are (an Aho–Corasick automaton over the case-folded stems). Pure: no DOM.
 *
 * A cue is a word stem: it counts where it starts a word ("ukrain" in "Ukrainian"; "war" not
 * in "toward") and may run on into the word's ending. A cue with `endings` is a whole word
 * instead: its stem followed by one of its endings and then a word's end, for a short name whose
 * letters also start unrelated words (the Ukrainian "Крим", "Криму", "Кримом" are Crimea,
 * "кримінальний" is "criminal"). Text is
 * folded unit by unit as the matcher folds it (lower case, ё → е, apostrophes, dashes), so
 * "UKRAINE" and "Україна" count as "ukrain" and "україн".
 */
import type { Topic, TopicCue } from '../dataset/schema';
import { HAS_OUTPUT, type LazyAutomaton, NO_LINK } from '../matching/aho-corasick';
import { DROPPED, foldUnit, unitInfo, WORD } from '../matching/char-classes';

export interface CueCounts {
  /** Cues that name the story's own subject (Ukraine, its places, its president). */
  anchors: number;
  /** Words of the story's kind (talks, ceasefire, war) — evidence only next to an anchor. */
  context: number;
}

export interface TopicCueCounter {
  /** Adds the cues found in `text` to `into` (so a region's blocks can be counted in turn). */
  count(text: string, into: CueCounts): void;
}

/** A cue's kind, as bits: it names the story's subject (else it is context). */
export const ANCHOR = 1;
/** A cue's kind, as bits: it counts only where the word ends with it (a cue with `endings`). */
export const WHOLE_WORD = 2;

/** The cues as the automaton reads them: folded, each listed once, and each one's kind. */
export interface TopicCueList {
  stems: string[];
  /** ANCHOR and WHOLE_WORD bits, one per stem. */
  kinds: number[];
}

export function emptyCounts(): CueCounts {
  return { anchors: 0, context: 0 };
}

/** The counter of a topic without cues: it finds nothing. */
export const NO_CUES: TopicCueCounter = { count() {} };

/**
 * The cue list of `topic` (none for a topic without anchors, or none at all). The build lists
 * them and plans their automaton (./topic-cue-tables.ts), so an engine start plans nothing.
 */
export function topicCueList(topic: Topic | undefined): TopicCueList {
  const list: TopicCueList = { stems: [], kinds: [] };
  if (topic === undefined || topic.anchors.length === 0) return list;
  const { stems, kinds } = list;
  const seen = new Map<string, number>();
  const add = (pattern: string, anchor: boolean, wholeWord: boolean) => {
    const kind = (anchor ? ANCHOR : 0) | (wholeWord ? WHOLE_WORD : 0);
    const folded = foldText(pattern);
    const known = seen.get(folded);
    if (known !== undefined) {
      // The same pattern listed as both kinds counts as an anchor; as a stem and as a whole
      // word, as the stem (which counts wherever the word does).
      const was = kinds[known] as number;
      kinds[known] = ((was | kind) & ANCHOR) | (was & kind & WHOLE_WORD);
      return;
    }
    seen.set(folded, stems.length);
    stems.push(folded);
    kinds.push(kind);
  };
  const addCue = (cue: TopicCue, anchor: boolean) => {
    if (cue.endings === undefined) add(cue.stem, anchor, false);
    else for (const ending of cue.endings) add(cue.stem + ending, anchor, true);
  };
  for (const cue of topic.anchors) addCue(cue, true);
  for (const cue of topic.context) addCue(cue, false);
  return list;
}

/** A counter over `automaton`, planned for a cue list's stems; `kinds` are the list's. */
export function cueCounter(automaton: LazyAutomaton, kinds: readonly number[]): TopicCueCounter {
  return {
    count(text, into) {
      scan(automaton, kinds, text, into);
    },
  };
}

function foldText(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return folded;
}

/**
 * One pass. At each position the automaton's state is the longest stem suffix seen; an output
 * counts when the stem it ends began a word. A word counts once even where two stems fit it
 * (the Ukrainian "перемир" and the Russian "перемири" in "перемирие").
 */
function scan(automaton: LazyAutomaton, kinds: readonly number[], text: string, into: CueCounts) {
  const { flags, terminal, none, outputLink, patternLength } = automaton;
  let state = 0;
  let lastStart = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = foldUnit(text.charCodeAt(i));
    if (unit === DROPPED) continue; // a soft hyphen inside a word does not break the stem
    // `transitions` is read anew: a fill may have replaced it with a larger table.
    const row = automaton.rowStart(state);
    state = automaton.transitions[row + automaton.columnOf(unit)] as number;
    if (flags[state] === 0) automaton.fill(state);
    if (((flags[state] as number) & HAS_OUTPUT) === 0) continue;
    // The state's own stem first, then the shorter ones along the output links.
    for (
      let own = terminal[state] !== none ? state : (outputLink[state] as number);
      own !== NO_LINK;
      own = outputLink[own] as number
    ) {
      const pattern = terminal[own] as number;
      const start = startOf(text, i, patternLength[pattern] as number);
      if (start === lastStart) continue;
      if (start > 0 && (unitInfo(text.charCodeAt(start - 1)) & WORD) !== 0) continue;
      const kind = kinds[pattern] as number;
      if ((kind & WHOLE_WORD) !== 0 && wordGoesOn(text, i + 1)) continue;
      lastStart = start;
      if ((kind & ANCHOR) !== 0) into.anchors++;
      else into.context++;
    }
  }
}

/** Whether a word character follows at `from` (a soft hyphen does not end a word). */
function wordGoesOn(text: string, from: number): boolean {
  let at = from;
  while (at < text.length && foldUnit(text.charCodeAt(at)) === DROPPED) at++;
  return at < text.length && (unitInfo(text.charCodeAt(at)) & WORD) !== 0;
}

/** Where a stem of `length` folded units that ends at `end` starts, counting dropped units in. */
function startOf(text: string, end: number, length: number): number {
  let at = end;
  let left = length;
  for (;;) {
    if (foldUnit(text.charCodeAt(at)) !== DROPPED) left--;
    if (left === 0 || at === 0) return at;
    at--;
  }
}
