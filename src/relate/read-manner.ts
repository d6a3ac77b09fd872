import type { Article, AuxiliaryMode, LinkedEntities, ReportManner } from '../model/index.ts';
import type { ClauseWords } from './clause-words.ts';
import type { PloverLexicon } from './plover-lexicon.ts';
import type { ClauseAct } from './read-acts.ts';

export interface Manner {
  reported: ReportManner;
  auxiliary: AuxiliaryMode[];
  speakerId: string | null;
  speaker: string | null;
}

/** "did not call", "never met", "no talks": a negation in the act's verb group or right before its noun. */
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
/** "could supply", "would send", "might strike": modal verbs that make the act only possible. */
const MODALS = new Set(['could', 'might', 'would', 'may', 'should', 'must', 'can']);
/** "will visit", "'ll meet", "shall sign". */
const FUTURE_AUXILIARIES = new Set(['will', "'ll", 'shall', 'wo']);
/** Words of the sentence, up to the act, that make what follows a condition: "if", "unless". */
const CONDITIONS = new Set(['if', 'unless', 'whether']);

/**
 * How the text tells the act (PLOVER's auxiliary modes and our manner of report): negated, conditional or
 * modal, requested, planned, alleged, asserted by a speaker, or told as fact. Cues are read in the act's
 * verb group and in the words of its sentence before it, never after.
 */
export function readManner(article: Article, words: ClauseWords, act: ClauseAct, lexicon: PloverLexicon, entities: LinkedEntities): Manner {
  const { tokens } = words;
  const cues = mannerCues(lexicon);
  const sentenceStart = article.sentences[words.clause.sentence]!.start;
  let first = act.firstToken;
  while (first > 0 && tokens[first - 1]!.start >= sentenceStart) first--;
  const before = tokens.slice(first, act.firstToken);
  const lowerBefore = before.map((token) => token.text.toLowerCase());
  const lemmasBefore = before.map((token) => token.lemma);
  // the verb group, and that of the verb whose infinitive it is: "will continue to support", "could try to supply"
  let groupFrom = words.groupStart(act.verb);
  while (words.lower(groupFrom - 1) === 'to' && tokens[groupFrom - 2]?.pos === 'VERB' && groupFrom - 2 >= words.from) groupFrom = words.groupStart(groupFrom - 2);
  const group = tokens.slice(groupFrom, act.verb).map((token) => token.text.toLowerCase()).filter((word) => word !== 'to');
  const auxiliary: AuxiliaryMode[] = [];
  const roles = words.clause.roles;
  const negated = (act.verb === roles.act && roles.negated) || group.some((word) => NEGATORS.has(word)) || (act.kind === 'noun' && NEGATORS.has(words.lower(act.firstToken - 1)));
  if (negated) auxiliary.push('negation');
  const clauseBefore = lowerBefore.slice(Math.max(0, words.from - first));
  const condition = clauseBefore.some((word) => CONDITIONS.has(word));
  // "Iraq said it would allow": with no condition, "would" is the future of what someone said
  const reportedFuture = !condition && group.includes('would') && !group.some((word) => MODALS.has(word) && word !== 'would');
  const hypothetical = (!reportedFuture && group.some((word) => MODALS.has(word))) || condition || hasCue(lowerBefore, lemmasBefore, cues.hypothetical);
  if (hypothetical) auxiliary.push('hypothetical');
  const future = reportedFuture || group.some((word) => FUTURE_AUXILIARIES.has(word)) || hasCue(lowerBefore, lemmasBefore, cues.future);
  if (future) auxiliary.push('future');
  if (isHistorical(article, words, lowerBefore, lemmasBefore, lexicon)) auxiliary.push('historical');
  const speech = speakerOf(article, tokens[act.firstToken]!.start, entities, lexicon);
  const asSaid = speech ? { speakerId: speech.speakerId, speaker: speech.speaker } : { speakerId: null, speaker: null };
  const denied = negated || hasCue(lowerBefore, lemmasBefore, cues.denied);
  if (denied) return { reported: 'denied', auxiliary, ...asSaid };
  if (hypothetical) return { reported: 'hypothetical', auxiliary, ...asSaid };
  if (act.type !== 'request' && isAskedFor(words, act, lexicon)) return { reported: 'requested', auxiliary, ...asSaid };
  if (future || hasCue(lowerBefore, lemmasBefore, cues.planned)) return { reported: 'planned', auxiliary, ...asSaid };
  if (hasCue(lowerBefore, lemmasBefore, cues.alleged)) return { reported: 'alleged', auxiliary, ...asSaid };
  if (speech) return { reported: 'asserted', auxiliary, ...asSaid };
  return { reported: 'fact', auxiliary, speakerId: null, speaker: null };
}

/** The lexicon's cues as the manner is read from them, filtered once per process. */
interface MannerCues {
  /** "were to", "in the event": the one-word cues ("could", "if") are read in the verb group and the clause instead. */
  hypothetical: readonly (readonly string[])[];
  /** "going to", "next week": not "will", read in the verb group. */
  future: readonly (readonly string[])[];
  historical: readonly (readonly string[])[];
  /** "reject claims", and the single words that deny ("denied", not "categorically"). */
  denied: readonly (readonly string[])[];
  /** "plans to", "be set to" and the words of readiness ("is ready to"), not "will". */
  planned: readonly (readonly string[])[];
  alleged: readonly (readonly string[])[];
}

let filtered: { lexicon: PloverLexicon; cues: MannerCues } | undefined;

function mannerCues(lexicon: PloverLexicon): MannerCues {
  if (filtered?.lexicon === lexicon) return filtered.cues;
  const { cues } = lexicon;
  filtered = {
    lexicon,
    cues: {
      hypothetical: cues.hypothetical.filter((cue) => cue.length > 1),
      future: cues.future.filter((cue) => cue.length > 1 || !FUTURE_AUXILIARIES.has(cue[0]!)),
      historical: cues.historical.filter((cue) => cue.length > 1),
      denied: cues.denied.filter((cue) => cue.length > 1 || DENIAL_WORDS.has(cue[0]!)),
      planned: [...cues.planned.filter((cue) => cue[0] !== 'will'), ...WILLINGNESS],
      alleged: cues.alleged,
    },
  };
  return filtered.cues;
}

/** "is ready to contribute", "is prepared to lift", "is willing to send": a readiness, told like a plan (PLOVER 0.8, § AGREE). */
const WILLINGNESS: ReadonlyArray<readonly string[]> = [['be', 'ready', 'to'], ['be', 'prepared', 'to'], ['be', 'willing', 'to'], ['be', 'committed', 'to'], ['stand', 'ready', 'to']];

/** "deny", "refute": the single words that deny; "categorically", "false" alone describe, not deny. */
const DENIAL_WORDS = new Set(['deny', 'denied', 'denial', 'refute', 'rebut']);

/** "urged Russia to withdraw", "called on Israel to release": the act is the infinitive a verb of asking governs. */
function isAskedFor(words: ClauseWords, act: ClauseAct, lexicon: PloverLexicon): boolean {
  const start = words.groupStart(act.verb);
  if (words.lower(start - 1) !== 'to') return false;
  const asking = words.previousVerb(start - 1);
  if (asking === -1) return false;
  const lemma = words.tokens[asking]!.lemma;
  return lexicon.cues.requested.some((cue) => cue[0] === lemma);
}

/** A cue (a word sequence) among the words before the act, by text or by lemma ("be set to" matches "is set to"). */
function hasCue(lower: readonly string[], lemmas: readonly string[], cues: readonly (readonly string[])[]): boolean {
  for (const cue of cues) {
    for (let start = 0; start + cue.length <= lower.length; start++) {
      if (cue.every((word, offset) => lower[start + offset] === word || lemmas[start + offset] === word)) return true;
    }
  }
  return false;
}

/** "during the 2018 crisis", "years ago", or a date in the clause more than a year before the article's. */
function isHistorical(article: Article, words: ClauseWords, lower: readonly string[], lemmas: readonly string[], lexicon: PloverLexicon): boolean {
  if (hasCue(lower, lemmas, mannerCues(lexicon).historical)) return true;
  const published = Number.parseInt(article.published?.slice(0, 4) ?? '', 10);
  if (!Number.isFinite(published)) return false;
  return words.clause.dates.some((index) => {
    const year = Number.parseInt(article.dates[index]?.value.slice(0, 4) ?? '', 10);
    return Number.isFinite(year) && /^\d{4}/.test(article.dates[index]!.value) && year < published - 1;
  });
}

/** "pledged", "condemned", "warned": the cue's verb, by its forms, is a verb of the PLOVER lexicon. */
function isActCue(cue: string, lexicon: PloverLexicon): boolean {
  const word = cue.toLowerCase().split(/\s+/)[0]!;
  return [word, word.replace(/ed$/, ''), word.replace(/d$/, ''), word.replace(/s$/, ''), word.replace(/ied$/, 'y')].some((form) => lexicon.verbs.has(form));
}

/** Who says the words at `offset`: the speaker of a quote or of a reported statement ("the Kremlin said ...") that holds them. */
function speakerOf(article: Article, offset: number, entities: LinkedEntities, lexicon: PloverLexicon): { speakerId: string | null; speaker: string | null } | null {
  for (const attribution of article.attributions) {
    if (offset < attribution.content.start || offset >= attribution.content.end) continue;
    // "Poland pledged new military aid to Ukraine, and Russia condemned ...": a cue that is an act of its own reports no statement
    if (isActCue(attribution.cue.text, lexicon)) continue;
    const speakerId = attribution.sourceKey ? entities.idOf(article.id, attribution.sourceKey) : null;
    return { speakerId, speaker: attribution.source?.text ?? null };
  }
  for (const quote of article.quotes) {
    if (offset < quote.start || offset >= quote.end) continue;
    return { speakerId: quote.speakerKey ? entities.idOf(article.id, quote.speakerKey) : null, speaker: quote.speaker?.text ?? null };
  }
  return null;
}
