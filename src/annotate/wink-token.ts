import type { Tokens } from 'wink-nlp';
import { loadWink } from '../shared/wink.ts';
import type { Token } from '../model/index.ts';

/** What a token needs to ask wink for its lemma: the document's tokens, and which of them are parts of contractions. */
export interface LemmaSource {
  readonly tokens: Tokens;
  readonly contractions: readonly boolean[];
}

/**
 * Lemmas already worked out, by part of speech and then a word's exact text: outside a contraction
 * ("ca|n't") wink's lemma depends on nothing else, and lemmatizing a verb ("said" → "say") is the costly part.
 */
const lemmasByTag = new Map<string, Map<string, string>>();
/** Enough for a news vocabulary's verbs; past it a tag's memo starts again rather than grow without end. */
const MAX_REMEMBERED_LEMMAS = 50_000;

/**
 * A token whose lemma (in lower case) wink-nlp works out when first read: only cue verbs and a few nouns are ever asked
 * for theirs, and lemmatizing every token cost more than reading all the others' tags.
 */
export class WinkToken implements Token {
  #lemma: string | undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly pos: string,
    public sentence: number,
    private readonly source: LemmaSource,
    private readonly winkIndex: number,
  ) {}

  get lemma(): string {
    this.#lemma ??= this.readLemma();
    return this.#lemma;
  }

  private readLemma(): string {
    if (this.source.contractions[this.winkIndex]) return this.askWink();
    let lemmas = lemmasByTag.get(this.pos);
    if (lemmas === undefined) lemmasByTag.set(this.pos, (lemmas = new Map()));
    let lemma = lemmas.get(this.text);
    if (lemma === undefined) {
      if (lemmas.size >= MAX_REMEMBERED_LEMMAS) lemmas.clear();
      lemma = this.askWink();
      lemmas.set(this.text, lemma);
    }
    return lemma;
  }

  private askWink(): string {
    const its = loadWink().its;
    // wink's types declare `its.lemma` with an add-on parameter; at run time it is an ordinary `its` function
    return this.source.tokens.itemAt(this.winkIndex).out(its.lemma as unknown as typeof its.value).toLowerCase();
  }
}
