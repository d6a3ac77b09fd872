import type { InputKind } from '../model/index.ts';
import { countWords } from '../shared/words.ts';
import { INLINE_RULES, matchLineRule } from './boilerplate-rules.ts';
import type { Line } from './edit.ts';
import type { Removal } from './removal.ts';
import { ruleApplies } from './rule-languages.ts';
import { isBlank } from './split-lines.ts';

export interface BoilerplateVerdict {
  /** Line index → why the whole line goes. */
  lines: Map<number, Removal>;
  /** Pieces removed inside lines that stay. */
  inline: Removal[];
}

/**
 * Finds the lines and pieces of lines that scraping left around and inside the article (`kind`: what it was
 * read from; `language`: the article's, which rules that read words must share).
 */
export function findBoilerplate(lines: readonly Line[], kind: InputKind, language: string | null): BoilerplateVerdict {
  const verdict: BoilerplateVerdict = { lines: new Map(), inline: [] };
  lines.forEach((line, index) => {
    if (isBlank(line)) return;
    const trimmed = line.text.trim();
    const rule = matchLineRule(trimmed, kind, language);
    if (rule) {
      verdict.lines.set(index, { start: line.start, end: line.end, rule: rule.name, reason: `${rule.reason}: "${abbreviate(trimmed)}"` });
      return;
    }
    const pieces = findInlineBoilerplate(line, language);
    const remaining = pieces.reduce((text, piece) => text.replace(line.text.slice(piece.start - line.start, piece.end - line.start), ''), line.text);
    if (pieces.length && !remaining.trim()) verdict.lines.set(index, { ...pieces[0]!, start: line.start, end: line.end });
    else verdict.inline.push(...pieces);
  });
  removeTrailingFragment(lines, verdict);
  return verdict;
}

function findInlineBoilerplate(line: Line, language: string | null): Removal[] {
  const pieces: Removal[] = [];
  for (const rule of INLINE_RULES.filter(({ languages }) => ruleApplies(languages, language))) {
    for (const match of line.text.matchAll(rule.pattern)) {
      const start = line.start + match.index;
      pieces.push({ start, end: start + match[0].length, rule: rule.name, reason: `${rule.reason}: "${abbreviate(match[0].trim())}"` });
    }
  }
  return pieces;
}

/** "stats" · "Tags" — a widget label of one to three words left after the last paragraph. */
function removeTrailingFragment(lines: readonly Line[], verdict: BoilerplateVerdict): void {
  const kept = lines.map((line, index) => ({ line, index })).filter(({ line, index }) => !isBlank(line) && !verdict.lines.has(index));
  const last = kept[kept.length - 1];
  if (!last || kept.length < 4) return;
  const text = last.line.text.trim();
  if (countWords(text) > 3 || /[.!?…:;"”’)]$/.test(text)) return;
  const previous = kept[kept.length - 2]!.line.text.trim();
  if (countWords(previous) < 12) return; // after a short line it may be a heading's last word, not a widget
  verdict.lines.set(last.index, { start: last.line.start, end: last.line.end, rule: 'trailing-fragment', reason: `page fragment after the last paragraph: "${text}"` });
}

export function abbreviate(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
