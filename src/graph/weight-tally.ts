import type { ReportManner } from '../model/index.ts';
import type { Weights } from './actor-graph.ts';

/**
 * The manners of report that say the act happened: the writer's own statement, or a named speaker's
 * ("the Kremlin said Putin called Maduro"). A denial, an allegation, a request, a plan or a hypothesis adds
 * to `otherWeight` only, so an analyst who wants them sees them without their swelling the edge.
 */
const TOLD_AS_HAPPENED: ReadonlySet<ReportManner> = new Set<ReportManner>(['fact', 'asserted']);

/** Independent sources seen for an act, per manner of report. */
export type WeightTally = Map<ReportManner, Set<string>>;

export function countSource(tally: WeightTally, manner: ReportManner, source: string): void {
  const sources = tally.get(manner) ?? new Set<string>();
  sources.add(source);
  tally.set(manner, sources);
}

/** `weight`: sources that tell it as fact or asserted; `otherWeight`: sources that tell it only some other way. */
export function weightsOf(tally: WeightTally): Weights {
  const told = new Set<string>();
  const other = new Set<string>();
  for (const [manner, sources] of tally) for (const source of sources) (TOLD_AS_HAPPENED.has(manner) ? told : other).add(source);
  for (const source of told) other.delete(source);
  return { weight: told.size, otherWeight: other.size };
}

/** Independent sources per manner, in the order of the model's manners. */
export function sourcesPerManner(tally: WeightTally): Partial<Record<ReportManner, number>> {
  const order: ReportManner[] = ['fact', 'asserted', 'alleged', 'denied', 'requested', 'planned', 'hypothetical'];
  return Object.fromEntries(order.filter((manner) => tally.has(manner)).map((manner) => [manner, tally.get(manner)!.size]));
}
