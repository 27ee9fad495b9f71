/**
 * What the key check's script lends the engine (utils/shared-code.ts): the modules both run,
 * each with the exports the engine's modules import from it, by the module's path from the
 * project's root as the engine's build resolves it (modules/shared-code.ts). Those the key check
 * does not use itself are bundled into it for the engine. An engine module that imports another
 * export of a listed module fails the engine's build (`"name" is not exported by
 * "\0backstory-shared:<path>"`): add the name here. A module left out is only bundled twice.
 *
 * Relative imports: the engine's build reads this file in Node (modules/shared-code.ts).
 */
import { isOneOf, isRecord } from '../../utils/guards';
import { resolveCardLanguage } from '../../utils/i18n/card-language';
import { uiLanguageFrom } from '../../utils/i18n/languages';
import { FILLED, HAS_OUTPUT, LazyAutomaton, NO_LINK } from '../../utils/matching/aho-corasick';
import {
  MatcherTablesError,
  patternListChecksum,
  readAutomatonPlan,
  readPlanOrRefuse,
} from '../../utils/matching/automaton-tables';
import { DROPPED, foldUnit } from '../../utils/matching/fold';
import { DIGIT, LOWER, plainClasses, UPPER, WORD } from '../../utils/matching/plain-classes';
import { TABLED_UNITS, UnitsAbove } from '../../utils/matching/unit-tables';
import { createAncestorTest } from '../../utils/page/ancestor-test';
import { createChromeIndex } from '../../utils/page/site-chrome';
import {
  BLOCK_TAGS,
  containerOf,
  isOwnUi,
  isSkippedElement,
  SKIPPED_TAGS,
} from '../../utils/page/skip-rules';
import { releaseQuietly } from '../../utils/release-quietly';
import { readSettingsDirectly, watchSettingsDirectly } from '../../utils/settings/direct-read';
import { isSiteEnabled, pageSettings } from '../../utils/settings/types';
import { CATEGORIES, PAINTED_STYLES } from '../../utils/vocabulary';
import { warnUnlessLeft } from '../../utils/warn-unless-left';

export const LENT_MODULES = {
  'utils/guards.ts': { isOneOf, isRecord },
  'utils/i18n/card-language.ts': { resolveCardLanguage },
  'utils/i18n/languages.ts': { uiLanguageFrom },
  'utils/matching/aho-corasick.ts': {
    FILLED,
    HAS_OUTPUT,
    LazyAutomaton,
    NO_LINK,
  },
  'utils/matching/automaton-tables.ts': {
    MatcherTablesError,
    patternListChecksum,
    readAutomatonPlan,
    readPlanOrRefuse,
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
