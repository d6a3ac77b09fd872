import type { ActTerm, ClauseFeatures, ParticipantTerm, RoleTerms, Term } from './describe-clauses.ts';

/** Terms at least this rare count as "rare" for the two-rare-words rule. */
export const RARE_WEIGHT = 2.5;

export interface PairScore {
  /** The geometric mean of the matched share of each clause's weight, 0..1 (a weighted cosine of sets). */
  similarity: number;
  /** Rare terms of the first clause that meet a concept of the second. */
  sharedRare: number;
  /** Event classes both clauses name ("coerce.seize" for "seized" and "interception"). */
  sharedEvents: number;
  /** How their roles compare (see compareRoles). */
  roles: RoleMatch;
}

/**
 * Two clauses' roles side by side. `conflict`: they cannot be one statement, however many words they share
 * ("X backs Y" and "Y asks X for weapons"). `sameStatement`: the same act with the same participants in
 * the same roles ("Police arrested the gang's leader" and "Officers detained the gang leader").
 */
export interface RoleMatch {
  conflict: boolean;
  /** The two acts meet: one event class ("seized" / "detained") or one WordNet concept ("phoned" / "called"). */
  sameAct: boolean;
  sameStatement: boolean;
}

/**
 * How much two clauses of different articles say the same: each term of one that meets a concept of the
 * other ("intercepted" meets "seized", "telephone" meets "phone") counts with its weight.
 */
export function scorePair(a: ClauseFeatures, b: ClauseFeatures): PairScore {
  const matchedA = matchedTerms(a.terms, b.concepts);
  const matchedB = matchedTerms(b.terms, a.concepts);
  const weight = (terms: Term[]) => terms.reduce((sum, term) => sum + term.weight, 0);
  let sharedEvents = 0;
  for (const eventClass of a.eventClasses) if (b.eventClasses.has(eventClass)) sharedEvents++;
  return {
    similarity: a.totalWeight > 0 && b.totalWeight > 0 ? Math.sqrt((weight(matchedA) / a.totalWeight) * (weight(matchedB) / b.totalWeight)) : 0,
    sharedRare: Math.min(matchedA.filter((term) => term.weight >= RARE_WEIGHT).length, matchedB.filter((term) => term.weight >= RARE_WEIGHT).length),
    sharedEvents,
    roles: compareRoles(a.roles, b.roles, matchedA, matchedB),
  };
}

/**
 * Whether two clauses' roles rule out one statement, or make one of few shared words:
 * - the same act with the doer of one the target of the other ("Russia backs Venezuela" / "Venezuela
 *   backs Russia"), different named doers ("Jackman will host" / "DeGeneres will host"), one denied
 *   ("HP will acquire EDS" / "HP will not acquire EDS"): a conflict;
 * - different acts when all they share is their participants, or when their roles cross ("X backs Y" / "Y
 *   asks X for weapons"): a conflict;
 * - the same act, no conflict, and a participant of one role met in the same role: one statement.
 * A value inside the statement (a day, a number, a place) is never read here: that is a conflict to report.
 */
export function compareRoles(a: RoleTerms, b: RoleTerms, matchedA: readonly Term[], matchedB: readonly Term[]): RoleMatch {
  if (!a.act || !b.act) return { conflict: false, sameAct: false, sameStatement: false };
  if (!actsMeet(a.act, b.act)) {
    if (actsAkin(a.act, b.act)) return { conflict: false, sameAct: false, sameStatement: false };
    // "Maduro would appreciate military support from Moscow" / "Putin called to reaffirm his support": the
    // word one clause's act is done to counts as a participant of both
    const participantsOnly = (matched: readonly Term[]) => matched.length > 0 && matched.every((term) => isParticipantTerm(term, a) || isParticipantTerm(term, b));
    // "Russia backs Venezuela" / "Venezuela asks Russia": other acts with crossed roles
    const conflict = (participantsOnly(matchedA) && participantsOnly(matchedB)) || rolesCross(a, b);
    return { conflict, sameAct: false, sameStatement: false };
  }
  const conflict = rolesCross(a, b) || otherNamedDoers(a, b) || a.negated !== b.negated;
  const sameRole = (informative(a.doer) && participantsMeet(a.doer, b.doer)) || (informative(a.target) && participantsMeet(a.target, b.target));
  return { conflict, sameAct: true, sameStatement: !conflict && sameRole };
}

/**
 * "Russia backs Venezuela" / "Venezuela backs Russia": both roles crossed, or one crossed where both clauses
 * name a doer and a target. "The champion dropped Thompson" / "Thompson fell" (no target) does not cross.
 */
function rolesCross(a: RoleTerms, b: RoleTerms): boolean {
  const doerIsTarget = participantsMeet(a.doer, b.target) && !participantsMeet(a.doer, b.doer);
  const targetIsDoer = participantsMeet(a.target, b.doer) && !participantsMeet(a.target, b.target);
  const bothNamed = !!(a.doer && a.target && b.doer && b.target);
  return (doerIsTarget && targetIsDoer) || (bothNamed && (doerIsTarget || targetIsDoer));
}

/** "Jackman will host" / "DeGeneres will host": both doers named, by other actors (one name read two ways is not). */
function otherNamedDoers(a: RoleTerms, b: RoleTerms): boolean {
  return !!a.doer && !!b.doer && a.doer.entities.length > 0 && b.doer.entities.length > 0 && a.doer.head !== b.doer.head && !participantsMeet(a.doer, b.doer);
}

/** "seized" and "detained" (one event class), "phoned" and "called" (one WordNet concept). */
function actsMeet(a: ActTerm, b: ActTerm): boolean {
  if (a.eventClass !== null && a.eventClass === b.eventClass) return true;
  return a.concepts.some((concept) => b.concepts.includes(concept));
}

/** "killed" and "died" (classes of one family, "death"): not the same act, but not a different story either. */
function actsAkin(a: ActTerm, b: ActTerm): boolean {
  return a.eventClass !== null && b.eventClass !== null && a.eventClass.split('.')[0] === b.eventClass.split('.')[0];
}

/** One actor in both, or heads that meet ("officers" / "police" do not; "suspect" / "suspect" do). */
function participantsMeet(a: ParticipantTerm | null, b: ParticipantTerm | null): boolean {
  if (!a || !b) return false;
  if (a.entities.some((entity) => b.entities.includes(entity))) return true;
  if (a.entities.length && b.entities.length) return false;
  return a.concepts.some((concept) => b.concepts.includes(concept));
}

/** A participant that tells a statement apart: a named actor, or a head rarer than "people" or "man". */
function informative(participant: ParticipantTerm | null): boolean {
  return !!participant && (participant.entities.length > 0 || participant.weight >= RARE_WEIGHT);
}

/** An actor of the clause, or the head word of its doer or target. */
function isParticipantTerm(term: Term, roles: RoleTerms): boolean {
  if (term.key.startsWith('e:')) return true;
  return [roles.doer, roles.target].some((participant) => participant?.head === term.key);
}

function matchedTerms(terms: readonly Term[], concepts: ReadonlySet<string>): Term[] {
  return terms.filter((term) => term.concepts.some((concept) => concepts.has(concept)));
}
