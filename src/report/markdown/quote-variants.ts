import type { QuoteVariant, QuoteVariantWording } from '../../model/index.ts';
import type { ReportContext } from '../report-context.ts';
import { capList, describeMore } from '../report-options.ts';
import { escapeMarkdown, inline, oneLine } from './escape-markdown.ts';

/** Characters of shared wording kept on each side of a difference before the rest is elided with "…". */
const CONTEXT_CHARACTERS = 50;
/** A wording without differences is shown whole up to this length. */
const MAX_PLAIN_LENGTH = 160;
/** Wordings of one quote share a line up to this length; longer, they go one per line below it. */
const SHARED_LINE_LENGTH = 200;

/**
 * `- Kremlin statement: "…in the face of **growing** external pressure" [B] · "…against **mounting** external pressure" [A]`
 * The speaker goes first when every outlet gives the same one, else after each wording. Wordings that
 * would make a long line go one per line below the speaker, so no line outgrows a quote.
 */
export function renderQuoteVariants(context: ReportContext): string[] {
  const { quoteVariants } = context.dossier;
  if (!quoteVariants.length) return [];
  const { shown, more } = capList(quoteVariants, context.limits.listed);
  return ['### The same quote, as each outlet gives it', ...shown.flatMap((variant) => variantLines(variant, context)), ...(more ? [`- ${describeMore(more, 'quotes')}`] : [])];
}

function variantLines(variant: QuoteVariant, context: ReportContext): string[] {
  const speakers = new Set(variant.wordings.map((wording) => speakerOf(wording, context)));
  const shared = speakers.size === 1 ? [...speakers][0] : undefined;
  const { shown, more } = capList(variant.wordings, context.limits.listed);
  const wordings = shown.map((wording) => {
    const speaker = shared === undefined ? speakerOf(wording, context) : null;
    return `"${emphasizeDifferences(wording)}" ${context.label(wording.articleId)}${speaker ? ` (${inline(speaker)})` : ''}`;
  });
  if (more) wordings.push(`and ${more} more wordings`);
  const lead = shared ? `${inline(shared)}: ` : '';
  const line = `- ${lead}${wordings.join(' · ')}`;
  if (wordings.length === 1 || line.length <= SHARED_LINE_LENGTH) return [line];
  return [`- ${lead || 'The same quote:'}`.trimEnd(), ...wordings.map((wording) => `  - ${wording}`)];
}

/**
 * The speaker as the outlet writes it; a description ("the Russian leader", "the text") that does not
 * name the person it stands for comes after that person's name: `Vladimir Putin, “the Russian leader”`.
 */
function speakerOf(wording: QuoteVariantWording, context: ReportContext): string | null {
  const name = wording.speakerId ? context.entityName(wording.speakerId) : null;
  if (!wording.speaker || !name) return wording.speaker ?? name;
  const surname = name.split(/\s+/).at(-1)!.toLowerCase();
  // "Kremlin" for Russia is a name of its own; "the Russian leader" only describes
  const describes = /^(?:the|a|an|this|his|her|their|its)\s/iu.test(wording.speaker) || /^\p{Ll}/u.test(wording.speaker);
  return describes && !wording.speaker.toLowerCase().includes(surname) ? `${name}, “${wording.speaker}”` : wording.speaker;
}

/**
 * The wording with what the other outlets do not share in **bold**, and long shared stretches elided:
 * "…in the face of **growing** external pressure". Spaces stay outside the `**` so the bold renders.
 */
export function emphasizeDifferences(wording: Pick<QuoteVariantWording, 'text' | 'differences'>): string {
  const text = wording.text;
  // "**against** **mounting**" reads better as "**against mounting**": differences only spaces apart are one
  const differences = mergeRanges(
    wording.differences.map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) })),
    (gap) => /^\s*$/.test(text.slice(gap.start, gap.end)),
  );
  if (!differences.length) return inline(text.length > MAX_PLAIN_LENGTH ? `${text.slice(0, MAX_PLAIN_LENGTH).replace(/\s+\S*$/, '')}…` : text);
  const kept = mergeRanges(differences.map(({ start, end }) => ({ start: wordStart(text, start - CONTEXT_CHARACTERS), end: wordEnd(text, end + CONTEXT_CHARACTERS) })));
  const pieces = kept.map((range) => {
    let piece = '';
    let at = range.start;
    for (const difference of differences.filter((item) => item.start >= range.start && item.end <= range.end)) {
      piece += escapeMarkdown(text.slice(at, difference.start)) + bold(escapeMarkdown(text.slice(difference.start, difference.end)));
      at = difference.end;
    }
    return (piece + escapeMarkdown(text.slice(at, range.end))).trim();
  });
  const head = kept[0]!.start > 0 ? '…' : '';
  const tail = kept.at(-1)!.end < text.length ? '…' : '';
  return oneLine(head + pieces.join('…') + tail);
}

/** The start of the word at `offset` (or 0), so an elided wording never begins mid-word. */
function wordStart(text: string, offset: number): number {
  let start = Math.max(0, offset);
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  return start;
}

function wordEnd(text: string, offset: number): number {
  let end = Math.min(text.length, offset);
  while (end < text.length && /\S/.test(text[end]!)) end++;
  return end;
}

function bold(text: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return match[2] ? `${match[1]}**${match[2]}**${match[3]}` : text;
}

/** Overlapping ranges as one; ranges apart by a gap `joins` accepts as one too. */
function mergeRanges(ranges: ReadonlyArray<{ start: number; end: number }>, joins: (gap: { start: number; end: number }) => boolean = () => false): Array<{ start: number; end: number }> {
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of [...ranges].filter((item) => item.start < item.end).sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && (range.start <= last.end || joins({ start: last.end, end: range.start }))) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
