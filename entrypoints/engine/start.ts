/**
 * The engine's shell: settings → scanner → highlights → popover, started by the content
 * script's first pass (entrypoints/first-pass/) on a page that may have something to show.
 *
 * It owns no logic of its own beyond wiring: the matcher finds mentions in text, the page
 * layer turns them into highlights and hit-tests the pointer, the popover controller shows
 * cards, and the settings decide what runs. Everything started here is tied to the engine's
 * context (`ctx`, ./engine-context.ts), so an update or uninstall of the extension leaves nothing
 * behind on the page.
 */
import { browser } from 'wxt/browser';
import type { SliceIndex } from '@/utils/dataset/matching-data';
import type { Scope } from '@/utils/dataset/schema';
import { type DigestSource, digestItems } from '@/utils/digest';
import type { EngineHandOver, StartEngine } from '@/utils/engine-contract';
import { ENGINE_DATA_FILE, unpackEngineData } from '@/utils/engine-data-file';
import type { ExtensionLifetime } from '@/utils/extension-lifetime';
import type { GateScan } from '@/utils/gate/scan';
import { requestHighlightStyles } from '@/utils/highlight-styles';
import { resolveCardLanguage } from '@/utils/i18n/card-language';
import { uiLanguageFrom } from '@/utils/i18n/languages';
import { MATCHER_COMPILER_SCRIPT, type RunTimeCompiler } from '@/utils/matcher-compiler-script';
import { loadMatcher } from '@/utils/matching/load';
import { type FindQuotations, quoteCheckOnDemand } from '@/utils/matching/quote-check-source';
import type { Matcher } from '@/utils/matching/types';
import { isBackstoryMessage, type PageState, sendMentionsChanged } from '@/utils/messages';
import { readPackagedFile } from '@/utils/packaged-file';
import { loadPackagedScript } from '@/utils/packaged-script';
import { FOCUS_HIGHLIGHT } from '@/utils/page/highlight-names';
import { askingForStyles, createHighlightRegistry } from '@/utils/page/highlight-registry';
import { createHighlightScope, type StyleRequest } from '@/utils/page/highlight-scope';
import { createPointerHitTester, type PointerHit } from '@/utils/page/hit-test';
import type { KeyCandidates } from '@/utils/page/key-candidates';
import { nextOf, step } from '@/utils/page/keyboard-steps';
import { declaredLanguageAt } from '@/utils/page/language';
import { createRelevance, type TopicalityScope } from '@/utils/page/relevance';
import { createScanner, type Scanner } from '@/utils/page/scanner';
import { gatheringOnLargeDocuments } from '@/utils/page/style-requests';
import { loadTopicCues } from '@/utils/page/topic-cue-tables';
import type { TopicCueCounter } from '@/utils/page/topic-cues';
import type { MentionSummary, PageMention } from '@/utils/page/types';
import { needsTopicality } from '@/utils/page/visibility';
import { createYieldToPage } from '@/utils/page/yield-to-page';
import { QUOTE_CHECK_SCRIPT } from '@/utils/quote-check-script';
import { releaseQuietly } from '@/utils/release-quietly';
import { readSettingsDirectly, watchSettingsDirectly } from '@/utils/settings/direct-read';
import { isSiteEnabled, pageSettings, type Settings } from '@/utils/settings/types';
import { warnUnlessLeft } from '@/utils/warn-unless-left';
import { EngineContext } from './engine-context';
import { createPopoverController, type HoverTarget } from './popover-ui';

/**
 * Region-level topicality (utils/page/relevance.ts). A build in mode "topicality-page" judges
 * whole pages instead: `npm run bench:relevance` builds it to measure the two against each other.
 */
const TOPICALITY: TopicalityScope = import.meta.env.MODE === 'topicality-page' ? 'page' : 'region';

export const startEngine: StartEngine = async (handedOver) => {
  // The build's data is a file of the package (utils/engine-data-file.ts): asked for first, so
  // that it is read while the rest of the start goes on.
  const dataRead = readPackagedFile(ENGINE_DATA_FILE).then(unpackEngineData);
  // The engine's own context: the first pass that loads it has none (it is cheaper without).
  const ctx = new EngineContext();
  // The settings arrive over an asynchronous storage call: load the matcher while they do.
  const settingsRead = readSettingsDirectly();
  // One step per task, so no step adds to another's task: evaluating this script, reading the
  // matcher's tables, building the matcher, reading the topic cues' tables, wiring the page (the
  // scanner then starts in a task of its own and works in slices).
  const yieldToPage = createYieldToPage(window);
  // Read here and let go once the matcher and the cues are built: of the slice's index the
  // engine keeps only what `kept` takes, and the whole slice is decoded only for the run-time
  // compiler.
  const { slice, tables, cues: cueTables } = await dataRead;
  const matcher = await loadMatcher(slice, tables, {
    yieldToPage,
    loadCompiler: async () => (await loadRunTimeCompiler()).compileDataset,
    quoteCheck: quoteCheckOnDemand(loadQuoteCheck),
  });
  await yieldToPage();
  const cues = await loadTopicCues(
    cueTables,
    async () => (await loadRunTimeCompiler()).planAutomaton,
  );
  const kept = keptOfSlice(slice.index);
  const settings = await settingsRead;
  await yieldToPage();
  // The first pass's keys, for reading only around them: one automaton for the page, shared by
  // every run (runs follow one another; a walk resets it before it reads).
  const { keyScan } = handedOver;
  if (ctx.isValid) startBackstory(ctx, settings, matcher, cues, kept, keyScan, handedOver);
  else handedOver.keyCandidates?.drop();
};

/** The run-time compiler and planner, loaded only where the build's tables are refused. */
function loadRunTimeCompiler(): Promise<RunTimeCompiler> {
  return loadPackagedScript(MATCHER_COMPILER_SCRIPT);
}

/** The quote check's script, loaded on the first block that may hold a quotation. */
function loadQuoteCheck(): Promise<FindQuotations> {
  const failure = warnUnlessLeft();
  return loadPackagedScript(QUOTE_CHECK_SCRIPT)
    .catch((error: unknown) => {
      failure.warn(
        'Backstory: the quote check could not be loaded; quotations go unmarked here.',
        error,
      );
      throw error;
    })
    .finally(() => failure.settled());
}

/** What the engine needs of the dataset slice once the matcher and the topic cues are built. */
interface KeptOfSlice {
  scopes: Map<string, Scope>;
  digest: DigestSource;
}

function keptOfSlice(index: SliceIndex): KeptOfSlice {
  return {
    scopes: entityScopes(index),
    digest: { entities: index.entities, figures: index.figures },
  };
}

/** One run of the scanner on this page; aborted when Backstory is turned off here. */
interface Run {
  controller: AbortController;
  scanner: Scanner;
}

function startBackstory(
  ctx: ExtensionLifetime,
  initial: Settings,
  matcher: Matcher,
  cues: TopicCueCounter,
  { scopes, digest }: KeptOfSlice,
  keyScan: GateScan,
  { keyCandidates }: EngineHandOver,
): void {
  let settings = initial;
  // Where the key check says the page's keys can be: for the first run's first search for
  // keys, taken when it begins. Any later run searches the whole page.
  let pendingCandidates = keyCandidates ?? null;
  const takeKeyCandidates = (): KeyCandidates | null => {
    const pending = pendingCandidates;
    pendingCandidates = null;
    return pending?.take() ?? null;
  };
  let run: Run | null = null;
  /**
   * The highlights' styles, asked for as ranges are registered: the names shown, on selectors
   * that reach the elements holding them (utils/page/highlight-scope.ts). Each insertion
   * restyles what it reaches (docs/cost.md, "The highlights' stylesheet and the restyle it
   * brings"), and lets the page tell that Backstory is there (docs/security.md). A page where the engine finds nothing to show
   * pays neither. The ranges registered meanwhile are there, unpainted, until the styles are in.
   * One scope for the engine's life: the stylesheets stay when a change of settings starts a new
   * run. On a large document the requests of a short while go as one stylesheet, each of which
   * costs the browser a walk of the whole document (utils/page/style-requests.ts).
   */
  const scope = createHighlightScope(document, !import.meta.env.FIREFOX, FOCUS_HIGHLIGHT);
  const askForStyles = gatheringOnLargeDocuments(
    (rules: StyleRequest[]) => {
      const failure = warnUnlessLeft();
      void requestHighlightStyles(rules, failure).finally(() => failure.settled());
    },
    { document, signal: ctx.signal, setTimeout: (run, ms) => ctx.setTimeout(run, ms) },
  );
  const hostname = location.hostname;
  const browserLang = uiLanguageFrom(browser.i18n.getUILanguage());
  // On overall and not off on this site.
  const isActive = (s: Settings) => isSiteEnabled(s, hostname);

  const popover = createPopoverController({
    ctx,
    getHoverDelay: () => settings.hoverDelayMs,
    onClose: () => run?.scanner.setFocused(null),
  });

  const summary = (): MentionSummary | null => run?.scanner.summary() ?? null;

  const targetFor = (mention: PageMention, rect?: DOMRect): HoverTarget | null => {
    const range = run?.scanner.liveRange(mention);
    if (!range) return null;
    const lineRect = rect ?? range.getClientRects()[0] ?? range.getBoundingClientRect();
    const lang = resolveCardLanguage({
      setting: settings.cardLanguage,
      rule: mention.rule,
      pageLang: declaredLanguageAt(range.startContainer),
      browserLang,
    });
    return {
      mention,
      rect: lineRect,
      range,
      pageCount: summary()?.byId[mention.id] ?? 1,
      lang,
      // A shown general mention is shown because its text is about the talks.
      topical:
        mention.kind !== 'quote' && needsTopicality(scopes.get(mention.id) ?? 'general', settings),
    };
  };

  const onHit = (hit: PointerHit | null, event: Event) => {
    // Moving inside the card must not count as leaving the mention.
    if (event.target instanceof Node && popover.containsNode(event.target)) return;
    popover.hoverMention(hit ? targetFor(hit.mention, hit.rect) : null);
  };

  const startRun = () => {
    const relevance = createRelevance({
      document,
      scopes,
      cues,
      topicality: TOPICALITY,
    });
    const controller = new AbortController();
    const signal = AbortSignal.any([ctx.signal, controller.signal]);
    const scanner = createScanner({
      document,
      matcher,
      settings: pageSettings(settings),
      relevance,
      // The first pass's keys: read only around them where general mentions need a topic.
      keyScan,
      keyCandidates: takeKeyCandidates,
      registry: askingForStyles(createHighlightRegistry(document), scope.rulesToAdd, askForStyles),
      signal,
      onUpdate: (next) => {
        // After an update or uninstall this script is orphaned; WXT only notices on its next
        // timer. Reading `isValid` checks now and, if the context is gone, aborts this run.
        if (!ctx.isValid) return;
        void sendMentionsChanged(next.total);
        // Pointer listeners only once there is something to hover: a page with no mention
        // (most pages) never pays for hit testing.
        if (next.total > 0) listenToPointer();
      },
    });
    let listening = false;
    const listenToPointer = () => {
      if (listening || signal.aborted) return;
      listening = true;
      createPointerHitTester({
        document,
        index: scanner.index,
        signal,
        onHit,
        onClick: (hit) => {
          const target = targetFor(hit.mention, hit.rect);
          if (target) popover.pin(target);
        },
      });
    };
    run = { controller, scanner };
    scanner.start();
  };

  const stopRun = () => {
    popover.close();
    run?.controller.abort();
    run = null;
    void sendMentionsChanged(0);
  };

  /** Scrolls a mention into view and opens its card with focus inside, for keyboard users. */
  const focusMention = (mention: PageMention) => {
    const scanner = run?.scanner;
    const range = scanner?.liveRange(mention);
    if (!scanner || !range) return;
    scanner.setFocused(mention);
    const element = range.startContainer.parentElement;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'auto' });
    const target = targetFor(mention);
    if (target) popover.openForKeyboard(target);
  };

  /** Moves keyboard focus to the mention `choose` picks, starting from the focused one. */
  const moveFocus = (choose: (scanner: Scanner) => PageMention | null) => {
    const next = run ? choose(run.scanner) : null;
    if (next) focusMention(next);
  };

  const pageState = (): PageState => {
    const current = summary();
    return {
      hostname,
      active: isActive(settings),
      total: current?.total ?? 0,
      items: current ? digestItems(digest, current) : [],
    };
  };

  /** The answer to a message for this page's engine; undefined for a message not ours to answer. */
  const answerTo = (message: unknown): PageState | true | undefined => {
    if (!isBackstoryMessage(message)) return undefined;
    switch (message.type) {
      case 'get-page-state':
        return pageState();
      case 'focus-mention':
        moveFocus((scanner) => nextOf(scanner.index, message.id, scanner.focused()));
        return true;
      case 'step-mention':
        moveFocus((scanner) => step(scanner.index, scanner.focused(), message.direction));
        return true;
      default:
        return undefined;
    }
  };
  // The listener stays even while Backstory is off here: the popup must be able to ask. The
  // browser's own API (modules/browser-api.ts): the answer goes through `sendResponse`, which
  // both browsers take in every version the manifest allows (a listener's returned promise is
  // the polyfill's and Firefox's way, not older Chrome's). Answered at once, so the channel
  // need not stay open (`false`).
  const onMessage = (
    message: unknown,
    _sender: unknown,
    sendResponse: (answer: PageState | true) => void,
  ): false => {
    const answer = answerTo(message);
    if (answer !== undefined) sendResponse(answer);
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() =>
    releaseQuietly(() => browser.runtime.onMessage.removeListener(onMessage)),
  );

  const unwatch = watchSettingsDirectly((next) => {
    const prior = settings;
    settings = next;
    if (!isActive(next)) {
      if (isActive(prior)) stopRun();
      return;
    }
    if (!run) {
      startRun();
      return;
    }
    const before = pageSettings(prior);
    const after = pageSettings(next);
    if (JSON.stringify(before) === JSON.stringify(after)) return; // e.g. only the hover delay
    // The open card's mention may now be hidden. The scanner reports the new count itself.
    popover.close();
    run.scanner.applySettings(after);
  });
  ctx.onInvalidated(() => releaseQuietly(unwatch));

  if (isActive(settings)) startRun();
  else {
    pendingCandidates?.drop();
    pendingCandidates = null;
    void sendMentionsChanged(0);
  }
}

/** Each entity's scope; entities that declare none are shown everywhere, as before scopes. */
function entityScopes(index: SliceIndex): Map<string, Scope> {
  return new Map(index.entities.map((entity) => [entity.id, entity.scope ?? 'specific']));
}
