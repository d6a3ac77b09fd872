import { absorb, heaviestTerms, likenessOfGroups, type StoryGroup } from './story-groups.ts';

/** Terms of a group's centroid through which it meets others: two centroids alike enough to join share some of their heaviest. */
const MEETING_TERMS = 40;
/** A group this small ("Reid entered rehab", told in words of its own) is an outlier of a story, not a story, while some story is like it. */
const FEW_ARTICLES = 2;

interface AlikePair {
  a: StoryGroup;
  b: StoryGroup;
  likeness: number;
}

/**
 * Groups put back together unless they are clearly apart: in rounds, the pairs of groups whose centroids
 * are at least `minApart` alike join, the most alike first and each group at most once a round, so that
 * two stories of one kind never chain through a third; when no pair is left, each group of a few articles
 * (a story's outlier, told in other words) joins the group it is most like, when at least `minAttach`
 * alike; until nothing joins. A round weighs again only the pairs of the groups that changed in the last
 * (thousands of groups take tens of rounds). Returns the groups in order of their first article.
 */
export function joinAlikeGroups(start: readonly StoryGroup[], minApart: number, minAttach: number): StoryGroup[] {
  let groups = [...start];
  let changed = new Set(groups);
  let pairs: AlikePair[] = [];
  for (;;) {
    pairs = pairs.filter((pair) => pair.a.members.length && pair.b.members.length && !changed.has(pair.a) && !changed.has(pair.b));
    pairs.push(...pairsOfChanged(groups, changed, minApart));
    const rank = new Map(groups.map((group, index) => [group, index]));
    pairs.sort((x, y) => y.likeness - x.likeness || rank.get(x.a)! - rank.get(y.a)! || rank.get(x.b)! - rank.get(y.b)!);
    changed = new Set();
    if (pairs.length) {
      for (const { a, b } of pairs) {
        if (changed.has(a) || changed.has(b) || !a.members.length || !b.members.length) continue;
        absorb(a, b);
        b.members = [];
        changed.add(a).add(b);
      }
      groups = groups.filter((group) => group.members.length);
      continue;
    }
    const attached = attachOutliers(groups, minAttach);
    if (!attached.size) return groups;
    changed = attached;
    groups = groups.filter((group) => group.members.length);
  }
}

/** The pairs, at least `least` alike, of each changed group with any other (the earlier first in each pair, in the groups' order). */
function pairsOfChanged(groups: readonly StoryGroup[], changed: ReadonlySet<StoryGroup>, least: number): AlikePair[] {
  const postings = new Map<number, number[]>();
  groups.forEach((group, index) => {
    for (const term of heaviestTerms(group, MEETING_TERMS)) {
      const posting = postings.get(term);
      if (posting) posting.push(index);
      else postings.set(term, [index]);
    }
  });
  const pairs: AlikePair[] = [];
  groups.forEach((group, index) => {
    if (!changed.has(group)) return;
    const met = new Set<number>();
    for (const term of heaviestTerms(group, MEETING_TERMS)) for (const other of postings.get(term)!) met.add(other);
    for (const other of met) {
      // a pair of two changed groups is weighed once, from its later group
      if (other === index || (other > index && changed.has(groups[other]!))) continue;
      const likeness = likenessOfGroups(groups[other]!, group);
      if (likeness >= least) pairs.push(other < index ? { a: groups[other]!, b: group, likeness } : { a: group, b: groups[other]!, likeness });
    }
  });
  return pairs;
}

/**
 * Each group of at most FEW_ARTICLES joins the group it is most like among those at least its size (the
 * earliest of equals), when at least `least` alike. Likeness is summed through each term's groups and
 * their weights for it. Returns the groups that took others in.
 */
function attachOutliers(groups: readonly StoryGroup[], least: number): Set<StoryGroup> {
  // per term, the groups whose centroid has it and their weight for it, one after the other
  const postings = new Map<number, number[]>();
  groups.forEach((group, index) => {
    for (const [term, weight] of group.sum) {
      const posting = postings.get(term);
      if (posting) posting.push(index, weight);
      else postings.set(term, [index, weight]);
    }
  });
  const parent = groups.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  const dots = new Float64Array(groups.length);
  let attached = false;
  groups.forEach((group, index) => {
    if (group.members.length > FEW_ARTICLES) return;
    const met: number[] = [];
    for (const [term, weight] of group.sum) {
      const posting = postings.get(term)!;
      for (let entry = 0; entry < posting.length; entry += 2) {
        const other = posting[entry]!;
        if (dots[other] === 0) met.push(other);
        dots[other]! += weight * posting[entry + 1]!;
      }
    }
    let nearest = -1;
    let nearestLikeness = -Infinity;
    for (const other of met.sort((a, b) => a - b)) {
      const likeness = dots[other]! / Math.sqrt(group.squaredLength * groups[other]!.squaredLength);
      dots[other] = 0;
      if (other === index || groups[other]!.members.length < group.members.length) continue;
      if (likeness > nearestLikeness) [nearest, nearestLikeness] = [other, likeness];
    }
    if (nearest < 0 || nearestLikeness < least || find(index) === find(nearest)) return;
    parent[find(index)] = find(nearest);
    attached = true;
  });
  const joined = new Set<StoryGroup>();
  if (!attached) return joined;
  const roots = new Map<number, StoryGroup>();
  groups.forEach((group, index) => {
    const root = roots.get(find(index));
    if (!root) roots.set(find(index), group);
    else {
      absorb(root, group);
      group.members = [];
      joined.add(root).add(group);
    }
  });
  return joined;
}
