/**
 * How many runs of line breaks lie in text[from, to) ("a\n\nb\nc" holds two), counted no further than
 * `upTo`: a speaker last heard a megabyte earlier is asked about without reading that megabyte.
 */
export function countLineBreakRuns(text: string, from: number, to: number, upTo: number): number {
  let runs = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to && runs < upTo; at = text.indexOf('\n', at)) {
    runs++;
    while (at < to && text.charCodeAt(at) === 10) at++;
  }
  return runs;
}
