import { addArticle, likenessToArticle, startGroup, type NumberedVector, type StoryGroup } from './story-groups.ts';

/** Articles of a term an article is compared with: enough to link a story, few enough to stay near n. */
const MAX_MEETINGS = 64;

/**
 * Each article, in input order, joins the group of earlier articles whose centroid it is most like, when
 * at least `least` alike; else it starts a group. Only the groups of the articles it is linked to (at
 * least `least` alike, among the last MAX_MEETINGS articles of each of its terms) are weighed: a story of
 * a thousand articles is found through its neighbours without comparing every pair, and an article alike
 * by chance to one report of another story does not join that story unless the story as a whole is like
 * it (linking every such pair once chained 88,885 of 100,000 one-paragraph reports of 66 stories into one).
 * Returns the groups in order of their first article.
 */
export function groupByNearestCentroid(vectors: readonly NumberedVector[], least: number): StoryGroup[] {
  // per term, the articles that have it and their weight for it, one after the other
  const postings = new Map<number, number[]>();
  const groupOf: StoryGroup[] = [];
  const groups: StoryGroup[] = [];
  // this article's dot products with the earlier articles it meets, by article (reset through `met`)
  const dots = new Float64Array(vectors.length);
  vectors.forEach((vector, index) => {
    const met: number[] = [];
    for (let at = 0; at < vector.terms.length; at++) {
      const weight = vector.weights[at]!;
      let posting = postings.get(vector.terms[at]!);
      if (!posting) postings.set(vector.terms[at]!, (posting = []));
      for (let entry = Math.max(0, posting.length - 2 * MAX_MEETINGS); entry < posting.length; entry += 2) {
        const other = posting[entry]!;
        if (dots[other] === 0) met.push(other);
        dots[other]! += weight * posting[entry + 1]!;
      }
      posting.push(index, weight);
    }
    let nearest: StoryGroup | null = null;
    let nearestLikeness = least;
    const weighed = new Set<StoryGroup>();
    for (const other of met) {
      const linked = dots[other]! >= least;
      dots[other] = 0;
      const candidate = groupOf[other]!;
      if (!linked || weighed.has(candidate)) continue;
      weighed.add(candidate);
      const likeness = likenessToArticle(candidate, vector);
      if (likeness > nearestLikeness || (likeness === nearestLikeness && !nearest)) [nearest, nearestLikeness] = [candidate, likeness];
    }
    if (nearest) addArticle(nearest, index, vector);
    else groups.push((nearest = startGroup(index, vector)));
    groupOf.push(nearest);
  });
  return groups;
}
