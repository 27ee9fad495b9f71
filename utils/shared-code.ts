/**
 * The modules the key check (entrypoints/key-check/) and the engine (entrypoints/engine/) both
 * run: the automaton, its tables and the fold, the site-chrome rules, the settings' reading.
 * WXT builds each script on its own, so each carried its own copy, and where the engine loads a
 * page kept both: the key check's module for the page's life, and the engine's compiled whole as
 * it loads (modules/compile-hints.ts). The engine only ever loads after the key check's script
 * (entrypoints/key-check/wake-engine.ts), so it takes these from there: the key check registers
 * them as it is evaluated, and the engine's build reads each from that registry instead of
 * bundling it (modules/shared-code.ts).
 *
 * Keyed by the module's path from the project's root, as the engine's build resolves it, with
 * the exports the engine's modules import from it (those the key check does not use are bundled
 * into it for the engine). An engine module that imports another export of a listed module
 * fails the engine's build (`"name" is not exported by "\0backstory-shared:<path>"`): add the
 * name here. A module left out is only bundled twice.
 */
import { isOneOf, isRecord } from './guards';
import { resolveCardLanguage } from './i18n/card-language';
import { uiLanguageFrom } from './i18n/languages';
import { FILLED, HAS_OUTPUT, LazyAutomaton, NO_LINK, planAutomaton } from './matching/aho-corasick';
import {
  MatcherTablesError,
  patternListChecksum,
  readAutomatonPlan,
  serializeAutomaton,
  verifyAutomatonTables,
} from './matching/automaton-tables';
import { DROPPED, foldUnit } from './matching/fold';
import { DIGIT, LOWER, plainClasses, UPPER, WORD } from './matching/plain-classes';
import { TABLED_UNITS, UnitsAbove } from './matching/unit-tables';
import { createAncestorTest } from './page/ancestor-test';
import { createChromeIndex } from './page/site-chrome';
import {
  BLOCK_TAGS,
  containerOf,
  isOwnUi,
  isSkippedElement,
  SKIPPED_TAGS,
} from './page/skip-rules';
import { releaseQuietly } from './release-quietly';
import { readSettingsDirectly, watchSettingsDirectly } from './settings/direct-read';
import { isSiteEnabled, pageSettings } from './settings/types';
import { CATEGORIES, PAINTED_STYLES } from './vocabulary';
import { warnUnlessLeft } from './warn-unless-left';

export const SHARED_CODE = {
  'utils/guards.ts': { isOneOf, isRecord },
  'utils/i18n/card-language.ts': { resolveCardLanguage },
  'utils/i18n/languages.ts': { uiLanguageFrom },
  'utils/matching/aho-corasick.ts': { FILLED, HAS_OUTPUT, LazyAutomaton, NO_LINK, planAutomaton },
  'utils/matching/automaton-tables.ts': {
    MatcherTablesError,
    patternListChecksum,
    readAutomatonPlan,
    serializeAutomaton,
    verifyAutomatonTables,
  },
  'utils/matching/fold.ts': { DROPPED, foldUnit },
  'utils/matching/plain-classes.ts': { DIGIT, LOWER, UPPER, WORD, plainClasses },
  'utils/matching/unit-tables.ts': { TABLED_UNITS, UnitsAbove },
  'utils/page/ancestor-test.ts': { createAncestorTest },
  'utils/page/site-chrome.ts': { createChromeIndex },
  'utils/page/skip-rules.ts': { BLOCK_TAGS, SKIPPED_TAGS, containerOf, isOwnUi, isSkippedElement },
  'utils/release-quietly.ts': { releaseQuietly },
  'utils/settings/direct-read.ts': { readSettingsDirectly, watchSettingsDirectly },
  'utils/settings/types.ts': { isSiteEnabled, pageSettings },
  'utils/vocabulary.ts': { CATEGORIES, PAINTED_STYLES },
  'utils/warn-unless-left.ts': { warnUnlessLeft },
} as const satisfies Record<string, object>;

export type SharedCode = typeof SHARED_CODE;

/**
 * Which build of the shared modules a script was made with: the engine's build names the same
 * (modules/shared-code.ts, from the modules' sources and the extension's version), so that an
 * engine never reads the modules of another version's key check — a page open across an update
 * can still hold the old one in its extension world.
 */
declare const __BACKSTORY_SHARED_BUILD__: string;
export const SHARED_BUILD =
  typeof __BACKSTORY_SHARED_BUILD__ === 'string' ? __BACKSTORY_SHARED_BUILD__ : 'unbuilt';

/**
 * Where the key check registers SHARED_CODE: the isolated world's global object, which the page
 * cannot see (as utils/packaged-script.ts), under a key of its build.
 */
export function sharedCodeKey(build: string): symbol {
  return Symbol.for(`backstory.shared-code.${build}`);
}

/** Called once by the key check's script when it is evaluated. */
export function registerSharedCode(): void {
  (globalThis as unknown as Record<symbol, unknown>)[sharedCodeKey(SHARED_BUILD)] = SHARED_CODE;
}
