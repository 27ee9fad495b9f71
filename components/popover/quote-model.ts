/**
 * What a quotation's card shows: the verdict in words, the page's wording against the
 * source's with each difference marked, who said it, the source and the date. Pure, from the
 * quote check's finding (utils/quotes/) and the dataset.
 */
import { entityById, sourceById } from '@/utils/dataset/lookup';
import type { Dataset, Language, Localized } from '@/utils/dataset/schema';
import { formatSourceDate } from '@/utils/i18n/source-date';
import { type Translator, translator } from '@/utils/i18n/translate';
import type { Mention } from '@/utils/matching/types';
import type { DiffOp } from '@/utils/quotes/compare';
import type { QuoteFinding } from '@/utils/quotes/find';
import { wordsOf } from '@/utils/quotes/words';

/** One piece of a wording: words as written, and what happened to them. */
export interface WordingPart {
  text: string;
  /** same: as in the other wording; added: only on the page; dropped: only in the source;
   *  changed: swapped for other words; cut: in the source, before or after what the page quotes. */
  mark: 'same' | 'added' | 'dropped' | 'changed' | 'cut';
}

export interface QuoteModel {
  kind: 'quote';
  id: string;
  verdict: QuoteFinding['verdict'];
  /** "Matches the source word for word", "Matches part of the source", "Differs from the source". */
  verdictText: string;
  /** What differs, one short line each ("2 words left out", "joins two separate quotes"). */
  details: string[];
  page: WordingPart[];
  source: WordingPart[];
  speaker: string;
  /** Set when the passage names other people and not the speaker. */
  attributionNote?: string;
  sourceName: string;
  date: string;
}

function pickName(name: Localized, lang: Language): string {
  return name[lang] || name.en;
}

/**
 * Splits `text` as written into parts, following the diff's order: each part runs from its
 * first word to the next part's first word, so punctuation stays with the word before it.
 */
function wordingParts(text: string, finding: QuoteFinding, side: 'page' | 'source'): WordingPart[] {
  const { starts } = wordsOf(text);
  let next = 0;
  const take = (count: number) => {
    const end = next + count < starts.length ? starts[next + count] : text.length;
    const written = text.slice(starts[next], end).replace(/\s+/g, ' ').trim();
    next += count;
    return written;
  };
  const parts: WordingPart[] = [];
  const push = (count: number, mark: WordingPart['mark']) => {
    if (count === 0) return;
    const text = take(count);
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += ` ${text}`;
    else parts.push({ text, mark });
  };
  if (side === 'source') push(finding.cutAtStart, 'cut');
  for (const op of finding.diff as DiffOp[]) {
    if (op.op === 'same') push(1, 'same');
    else if (op.op === 'dropped' && side === 'source') push(op.words.length, 'dropped');
    else if (op.op === 'added' && side === 'page') push(op.words.length, 'added');
    else if (op.op === 'swapped')
      push(side === 'source' ? op.source.length : op.page.length, 'changed');
  }
  if (side === 'source') push(finding.cutAtEnd, 'cut');
  return parts;
}

function verdictText(finding: QuoteFinding, tr: Translator): string {
  if (finding.verdict === 'translation') return tr.t('quote.verdictTranslation');
  if (finding.verdict === 'differs') return tr.t('quote.verdictDiffers');
  return tr.t(finding.extent === 'whole' ? 'quote.verdictWhole' : 'quote.verdictPart');
}

function details(finding: QuoteFinding, tr: Translator): string[] {
  if (finding.verdict === 'translation') return [tr.t('quote.translationNotCompared')];
  const lines: string[] = [];
  if (finding.statements.length > 1) lines.push(tr.t('quote.joins'));
  let dropped = 0;
  let added = 0;
  let changed = 0;
  for (const op of finding.diff) {
    if (op.op === 'dropped') dropped += op.words.length;
    else if (op.op === 'added') added += op.words.length;
    else if (op.op === 'swapped') changed += op.source.length;
  }
  if (dropped > 0) lines.push(tr.plural('quote.wordsDropped', dropped));
  if (added > 0) lines.push(tr.plural('quote.wordsAdded', added));
  if (changed > 0) lines.push(tr.plural('quote.wordsChanged', changed));
  if (finding.cutAtStart > 0) lines.push(tr.t('quote.startsLater'));
  if (finding.cutAtEnd > 0) lines.push(tr.t('quote.endsEarlier'));
  if (finding.marked === 'unquoted') lines.push(tr.t('quote.unquoted'));
  return lines;
}

/** The card for a quotation, or null when its statements are not in the dataset. */
export function quoteModel(
  dataset: Dataset,
  mention: Mention,
  lang: Language,
  tr: Translator = translator(lang),
): QuoteModel | null {
  const finding = mention.quote;
  if (!finding) return null;
  const statements = finding.statements.map((id) =>
    dataset.statements.find((statement) => statement.id === id),
  );
  const first = statements[0];
  if (!first || statements.some((statement) => statement === undefined)) return null;
  const sourceText = statements.map((statement) => statement?.text ?? '').join(' … ');
  const speakerEntity = entityById(dataset, first.speaker);
  const speaker = first.speakerLabel
    ? pickName(first.speakerLabel, lang)
    : speakerEntity
      ? pickName(speakerEntity.name, lang)
      : first.speaker;
  const source = sourceById(dataset, first.source);
  const model: QuoteModel = {
    kind: 'quote',
    id: first.id,
    verdict: finding.verdict,
    verdictText: verdictText(finding, tr),
    details: details(finding, tr),
    // A translation is not compared word by word: both wordings are shown as they are.
    page:
      finding.verdict === 'translation'
        ? [{ text: mention.matched.replace(/\s+/g, ' ').trim(), mark: 'same' }]
        : wordingParts(mention.matched, finding, 'page'),
    source:
      finding.verdict === 'translation'
        ? [{ text: sourceText, mark: 'same' }]
        : wordingParts(sourceText, finding, 'source'),
    speaker,
    sourceName: source ? pickName(source.name, lang) : tr.t('source.unknown'),
    // The source's date, written in the card's language through Intl.
    date: source ? formatSourceDate(source.date, tr) : '',
  };
  if (finding.attribution.kind === 'others-named') {
    const others = finding.attribution.others.map((id) => {
      const other = entityById(dataset, id);
      return other ? pickName(other.name, lang) : id;
    });
    model.attributionNote = tr.t('quote.attribution', {
      others: others.join(', '),
      speaker,
    });
  }
  return model;
}
