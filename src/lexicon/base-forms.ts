/**
 * The forms to look a lemma up under, the lemma first. wink-nlp leaves a capitalised noun at the start of
 * a sentence or in a headline as it is written ("Talks were held", "Deaths rose": lemma "talks",
 * "deaths"), so a plural that is not found is tried without its ending: "talks" → "talk",
 * "crashes" → "crash", "casualties" → "casualty".
 */
export function baseFormsOf(lemma: string): string[] {
  const forms = [lemma];
  if (lemma.length < 4 || !lemma.endsWith('s') || lemma.endsWith('ss')) return forms;
  forms.push(lemma.slice(0, -1));
  if (lemma.endsWith('es')) forms.push(lemma.slice(0, -2));
  if (lemma.endsWith('ies')) forms.push(`${lemma.slice(0, -3)}y`);
  return forms;
}
