/**
 * Dossier findings built from REAL sentences of the REAL articles, for the report tests while the
 * aligner (src/align/facts) fills few or none of them. Nothing here is invented text: each fact,
 * claim, conflict value and timeline entry is a sentence span (`article.sentences`) of an article the
 * real pipeline read, picked by a word it contains; quote variants are the pipeline's own quotes.
 * The reports are what is tested, not these findings.
 */
import { countSupport } from '../../src/shared/count-support.ts';
import { readTimelineDate } from '../../src/align/timeline/read-timeline-date.ts';
import type { Article, Conflict, Dossier, Evidence, Fact, Framing, FramingTerm, QuoteVariant, TimelineEntry } from '../../src/model/index.ts';

/** The first sentence of the article that matches `pattern`, as evidence. */
export function realSentence(article: Article, pattern: RegExp): Evidence | null {
  const span = article.sentences.find(({ start, end }) => pattern.test(article.text.slice(start, end)));
  return span ? { articleId: article.id, start: span.start, end: span.end, text: article.text.slice(span.start, span.end) } : null;
}

/** A dossier fact built from real sentences: the first sentence matching `pattern` in each article that has one. */
export function factFromRealSentences(dossier: Dossier, id: string, pattern: RegExp): Fact | null {
  const evidence = dossier.articles.map((article) => realSentence(article, pattern)).filter((item): item is Evidence => item !== null);
  const articles = evidence.map((item) => item.articleId);
  if (articles.length < 2) return null;
  return { id, text: evidence[0]!.text, articles, evidence, support: countSupport(articles, new Map(dossier.articles.map((article) => [article.id, article]))) };
}

export type RealSentenceFindings = Pick<Dossier, 'facts' | 'singleSource' | 'omissions' | 'conflicts' | 'quoteVariants' | 'timeline' | 'framing'>;

/** Words that pick the seed story's shared statements, one-outlet claims and a disagreement out of the real sentences. */
const FACT_WORDS: ReadonlyArray<[string, RegExp]> = [
  ['f-solidarity', /solidarity/i],
  ['f-tanker', /tanker/i],
  ['f-bombers', /bombers/i],
];
const CLAIM_WORDS: readonly RegExp[] = [/Lukashenko/, /Guyana-flagged/, /Bondi/];
const CONFLICT_WORDS: readonly RegExp[] = [/last August/, /Since September/];
const HEDGES = /\b(?:may|allegedly|reportedly)\b/gi;
const LOADED = /\b(?:aggressive|unwavering|regime|piracy)\b/gi;

/** Findings for any batch: what the words above find in its real sentences (on the seeds, every kind). */
export function findingsFromRealSentences(dossier: Dossier): RealSentenceFindings {
  const facts = FACT_WORDS.map(([id, pattern]) => factFromRealSentences(dossier, id, pattern)).filter((fact): fact is Fact => fact !== null);
  const singleSource = dossier.articles.flatMap((article) =>
    CLAIM_WORDS.map((pattern) => realSentence(article, pattern))
      .filter((evidence): evidence is Evidence => evidence !== null)
      .map((evidence, index) => ({ id: `s-${article.id}-${index}`, articleId: article.id, text: evidence.text, evidence })),
  );
  const omissions = facts.flatMap((fact) =>
    dossier.articles.filter((article) => !fact.articles.includes(article.id)).map((article) => ({ articleId: article.id, factId: fact.id })),
  );
  const values = CONFLICT_WORDS.flatMap((pattern) => {
    const evidence = dossier.articles.map((article) => realSentence(article, pattern)).find(Boolean);
    return evidence ? [{ value: pattern.source, articles: [evidence.articleId], evidence: [evidence] }] : [];
  });
  const conflicts: Conflict[] = values.length >= 2 ? [{ id: 'c-buildup', kind: 'date', about: 'When the US build-up began', factId: null, values }] : [];
  return { facts, singleSource, omissions, conflicts, quoteVariants: quoteVariants(dossier), timeline: timeline(dossier), framing: framing(dossier) };
}

/** The dossier as the pipeline made it, each empty finding filled from real sentences: the real ones win once they exist. */
export function withRealSentenceFindings(dossier: Dossier): Dossier {
  const built = findingsFromRealSentences(dossier);
  const pick = <T>(real: T[], fallback: T[]) => (real.length ? real : fallback);
  const facts = pick(dossier.facts, built.facts);
  return {
    ...dossier,
    facts,
    singleSource: pick(dossier.singleSource, built.singleSource),
    omissions: facts === built.facts ? pick(dossier.omissions, built.omissions) : dossier.omissions,
    conflicts: pick(dossier.conflicts, built.conflicts),
    quoteVariants: pick(dossier.quoteVariants, built.quoteVariants),
    timeline: pick(dossier.timeline, built.timeline),
    framing: pick(dossier.framing, built.framing),
  };
}

/** The pipeline's quotes that end on the same words ("external pressure"), each wording's unshared words as differences. */
function quoteVariants(dossier: Dossier): QuoteVariant[] {
  const quotes = dossier.quotes.filter((quote) => /external pressure/.test(quote.text));
  if (new Set(quotes.map((quote) => quote.articleId)).size < 2) return [];
  const words = (text: string) => [...text.matchAll(/[\p{L}\p{N}’']+/gu)];
  const wordings = quotes.map((quote) => {
    const others = quotes.filter((other) => other !== quote).map((other) => new Set(words(other.text).map((match) => match[0].toLowerCase())));
    const differences = words(quote.text)
      .filter((match) => others.every((set) => !set.has(match[0].toLowerCase())))
      .map((match) => ({ start: match.index!, end: match.index! + match[0].length, text: match[0] }));
    return { quoteId: quote.id, articleId: quote.articleId, text: quote.text, speakerId: quote.speakerId, speaker: quote.speaker, differences };
  });
  return [{ id: 'v-pressure', text: quotes[0]!.text, wordings }];
}

/** Each full calendar date value the articles give, with the sentence it is in. */
function timeline(dossier: Dossier): TimelineEntry[] {
  const byDate = new Map<string, TimelineEntry>();
  for (const article of dossier.articles) {
    for (const date of article.dates) {
      if (!/^\d{4}(-\d{2}){0,2}$/.test(date.value)) continue;
      const sentence = article.sentences.find((span) => span.start <= date.start && span.end >= date.end);
      if (!sentence) continue;
      const evidence = { articleId: article.id, start: sentence.start, end: sentence.end, text: article.text.slice(sentence.start, sentence.end) };
      const entry = byDate.get(date.value);
      if (entry) {
        if (!entry.articles.includes(article.id)) entry.articles.push(article.id);
        entry.evidence.push(evidence);
      } else {
        byDate.set(date.value, { ...readTimelineDate(date)!, text: evidence.text, articles: [article.id], evidence: [evidence] });
      }
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Quoted voices by speaker as the pipeline attributed them, and a few hedges and loaded words found in the text. */
function framing(dossier: Dossier): Framing[] {
  const terms = (article: Article, pattern: RegExp, category: string): FramingTerm[] =>
    [...article.text.matchAll(pattern)].map((match) => ({ articleId: article.id, start: match.index!, end: match.index! + match[0].length, text: match[0], term: match[0].toLowerCase(), category }));
  return dossier.articles.map((article) => {
    const quotes = dossier.quotes.filter((quote) => quote.articleId === article.id);
    const counts = new Map<string, number>();
    for (const quote of quotes) counts.set(quote.speaker ?? 'unknown', (counts.get(quote.speaker ?? 'unknown') ?? 0) + 1);
    const voices = [...counts].map(([name, count]) => ({ id: null, name, quotes: count, share: count / quotes.length }));
    return {
      articleId: article.id,
      voices,
      voicesByCountry: [],
      attributed: article.attributions.length,
      unattributed: Math.max(0, article.sentences.length - article.attributions.length),
      hedges: terms(article, HEDGES, 'hedge'),
      loaded: terms(article, LOADED, 'evaluative'),
    };
  });
}
