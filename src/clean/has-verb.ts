import { loadWink } from '../shared/wink.ts';

/** Whether a line has a verb: "Putin speaks in Kazan" has; "Maduro and Putin at the BRICS summit in Kazan." has not. */
export function hasVerb(line: string): boolean {
  const nlp = loadWink();
  const tags = nlp.readDoc(line).tokens().out(nlp.its.pos) as string[];
  return tags.some((tag) => tag === 'VERB' || tag === 'AUX');
}
