/** Nouns for groups of people, by lemma: who a name before them or an of-phrase after them makes an actor. */

/**
 * Heads of groups of people who act on their own, not for their country's state: "French farmers", "Ivory
 * Coast rebels", "Palestinian youths", "British nationals". Police, troops, officials and governments act
 * for the state, and are read as their country.
 */
export const NON_STATE_HEADS = new Set([
  'demonstrator', 'protester', 'protestor', 'student', 'worker', 'farmer', 'civilian', 'prisoner', 'refugee', 'villager', 'resident', 'inhabitant',
  'settler', 'activist', 'youth', 'landowner', 'rebel', 'insurgent', 'guerrilla', 'guerilla', 'militant', 'separatist', 'gunman', 'dissident', 'exile',
  'journalist', 'fisherman', 'miner', 'teacher', 'migrant', 'immigrant', 'voter', 'pilgrim', 'tourist', 'trader', 'national', 'citizen', 'opposition',
  'people', 'child', 'schoolchild', 'schoolgirl', 'schoolboy', 'pupil', 'woman', 'passenger', 'hostage', 'worshipper', 'sailor', 'crew',
  'pirate', 'smuggler', 'poacher', 'kidnapper', 'hijacker', 'bandit', 'gang', 'fan',
]);

/** Heads that make the name before them a body: "Taliban fighters", "the Kifaya group", "Hamas leaders". */
export const GROUP_HEADS = new Set([
  'group', 'faction', 'movement', 'party', 'militia', 'rebel', 'fighter', 'force', 'troop', 'soldier', 'army', 'police', 'government', 'leader',
  'official', 'authority', 'regime', 'guerrilla', 'insurgent', 'militant', 'network', 'organization', 'organisation', 'member', 'supporter', 'spokesman',
  // "the Bush administration", "the Netanyahu cabinet", "the Kremlin delegation"
  'administration', 'cabinet', 'ministry', 'delegation', 'side', 'camp', 'coalition', 'alliance', 'junta', 'council', 'envoy', 'negotiator', 'diplomat',
  'commander', 'officer', 'unit', 'brigade', 'battalion', 'loyalist', 'follower', 'wing',
  // "Moslem demonstrators", "Kurdish protesters", "Hutu refugees": people named by the group they belong to
  ...NON_STATE_HEADS,
]);

/** "forces", "government", "protesters": a noun for a group that acts for whoever owns or names it. */
export function isGroupHead(lemma: string): boolean {
  return GROUP_HEADS.has(singular(lemma));
}

/** A head of a group of people who act on their own ("rebels", "students"), by lemma. */
export function isNonStateHead(lemma: string): boolean {
  return NON_STATE_HEADS.has(singular(lemma));
}

/** "Rebels" opening a sentence keeps its plural as wink's lemma: "rebels" → "rebel", "militias" → "militia", "parties" → "party". */
function singular(lemma: string): string {
  if (GROUP_HEADS.has(lemma) || !lemma.endsWith('s')) return lemma;
  if (lemma.endsWith('ies')) return `${lemma.slice(0, -3)}y`;
  return lemma.slice(0, -1);
}
