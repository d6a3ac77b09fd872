import type { Article, Entity, Framing } from '../../model/index.ts';
import { countAttributedSentences } from './count-attributed-sentences.ts';
import { countVoices, readStoryActors, type SpeakerIdOf } from './count-voices.ts';
import { findFramingTerms } from './find-framing-terms.ts';
import { loadFramingLexicon } from './framing-lexicon.ts';

export { UNKNOWN_VOICE } from './count-voices.ts';

/** Languages the framing lexicon is written in. */
const ENGLISH = 'en';

/**
 * How each article tells the story, in article order: whom it quotes (by actor and by country), how
 * much it gives to sources against what it asserts itself, and the hedges and loaded words of
 * data/framing-lexicon.json in its own voice (English articles only; the counts hold for any language).
 */
export function describeFraming(articles: readonly Article[], speakerIdOf: SpeakerIdOf, entities: readonly Entity[]): Framing[] {
  const actors = readStoryActors(articles, speakerIdOf, entities);
  return articles.map((article): Framing => {
    const english = article.language === null || article.language === ENGLISH;
    const { hedges, loaded } = english ? findFramingTerms(article, loadFramingLexicon()) : { hedges: [], loaded: [] };
    return { articleId: article.id, ...countVoices(article, actors), ...countAttributedSentences(article), hedges, loaded };
  });
}
