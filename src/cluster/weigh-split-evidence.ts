/**
 * Prior strength of the Beta prior on each anchor's rate, centred on the anchor's rate in the whole
 * group (an empirical prior): 2 is as strong as two articles' worth of evidence.
 */
const PRIOR_STRENGTH = 2;

/**
 * How much better two events explain a group's anchors than one, per anchor: the log Bayes factor of
 * "each side gives each anchor at its own rate" against "the whole group gives it at one rate" (each
 * rate with a Beta prior, Heller & Ghahramani's Bayesian hierarchical clustering), summed over the
 * anchors at least `least` articles give (at least two: the cut search's MIN_ANCHOR_SHARE of the group)
 * and divided by their number. "Vincent Jackson" in every article of one side and none of the other is
 * strong evidence; "Andrew Luck" in all of one side and most of the other is little; "Atlanta" in two
 * articles of thirty says nothing of the group's events, and left in it would only pull every cut's
 * evidence towards nothing. Dividing by the anchors counted keeps a long story (many names and numbers,
 * many of them given by a few articles alike) from piling up evidence that a short one cannot.
 * `sides[i]` is the side of the article with `anchors[i]`. Linear in the anchors given.
 */
export function weighSplitEvidence(anchors: readonly ReadonlyMap<string, number>[], sides: readonly boolean[], least = 2): number {
  const total = anchors.length;
  const firstSize = sides.filter(Boolean).length;
  const secondSize = total - firstSize;
  if (!firstSize || !secondSize) return 0;
  const counts = new Map<string, [number, number]>();
  anchors.forEach((article, index) => {
    for (const key of article.keys()) {
      const count = counts.get(key) ?? [0, 0];
      count[sides[index] ? 0 : 1]++;
      counts.set(key, count);
    }
  });
  let evidence = 0;
  let counted = 0;
  for (const [first, second] of counts.values()) {
    if (first + second < Math.max(2, least)) continue;
    counted++;
    evidence += anchorEvidence(first, second, firstSize, secondSize);
  }
  return counted ? evidence / counted : 0;
}

/**
 * One anchor's log Bayes factor for a cut: given by `first` of the `firstSize` articles of one side and
 * `second` of the `secondSize` of the other. Its prior is centred on its rate in the whole group.
 */
export function anchorEvidence(first: number, second: number, firstSize: number, secondSize: number): number {
  const given = first + second;
  const total = firstSize + secondSize;
  const rate = given / total;
  const alpha = PRIOR_STRENGTH * rate;
  const beta = Math.max(PRIOR_STRENGTH * (1 - rate), 1e-3);
  return (
    logBeta(alpha + first, beta + firstSize - first) +
    logBeta(alpha + second, beta + secondSize - second) -
    logBeta(alpha, beta) -
    logBeta(alpha + given, beta + total - given)
  );
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Lanczos' approximation (g = 7, 9 terms), exact to about 15 digits for positive arguments. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const shifted = z - 1;
  let sum = LANCZOS[0]!;
  for (let index = 1; index < LANCZOS.length; index++) sum += LANCZOS[index]! / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}
