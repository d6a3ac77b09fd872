/** Texts written for the cluster tests: two arrests told alike (see find-participant-clashes.test.ts, split-events.test.ts). */

// Two players of one team arrested on one charge weeks apart; a report of the second arrest retells the first.
export const MARSH_ARREST = [
  "Harbors receiver Kevin Marsh arrested on DUI suspicion\nPortland Harbors receiver Kevin Marsh was arrested early Tuesday on suspicion of drunken driving, the state patrol said.\nMarsh was stopped on Route 26 in Portland and failed a sobriety test, trooper Lena Fry said.\nCoach Ray Dunn said the Harbors were disappointed.",
  "Marsh held after failing sobriety test\nHarbors receiver Kevin Marsh was arrested in Portland on Tuesday after troopers stopped his pickup on Route 26, trooper Lena Fry said.\nCoach Ray Dunn said the Harbors would deal with the matter.",
  "Harbors say Marsh will play despite arrest\nKevin Marsh was arrested on suspicion of drunken driving in Portland, but the Harbors receiver will play on Sunday, coach Ray Dunn said.\nTrooper Lena Fry said he was stopped on Route 26.",
];
export const BELL_ARREST = [
  "Harbors lineman Omar Bell arrested on DUI suspicion\nPortland Harbors lineman Omar Bell was arrested early Saturday on suspicion of drunken driving, the state patrol said.\nBell was stopped on Route 26 in Portland, trooper Lena Fry said.\nReceiver Kevin Marsh was arrested on suspicion of drunken driving last month.\nCoach Ray Dunn said the Harbors were disappointed.",
  "Bell held after failing sobriety test\nHarbors lineman Omar Bell was arrested in Portland on Saturday after troopers stopped his Bentley on Route 26, trooper Lena Fry said.\nCoach Ray Dunn said the Harbors would deal with the matter.",
  "Omar Bell arrested weeks after teammate\nThe state patrol arrested Harbors lineman Omar Bell in Portland on suspicion of drunken driving, trooper Lena Fry said.\nCoach Ray Dunn said the Harbors were disappointed.",
];

/** Texts by source name: `prefix-1.txt`, `prefix-2.txt`, ... */
export const named = (prefix: string, texts: readonly string[]) => Object.fromEntries(texts.map((text, index) => [`${prefix}-${index + 1}.txt`, text]));
