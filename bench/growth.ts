/** How a cost grows with size, as the benches print it: the slope of log cost over log size (1 is linear). */

/** Least-squares slope of log y over log x, over every size. */
export function slope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  const covariance = lx.reduce((sum, x, index) => sum + (x - mx) * (ly[index]! - my), 0);
  const variance = lx.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return covariance / variance;
}

/** The exponent from each size to the next: "0.60, 0.83, 1.25". */
export function steps(xs: number[], ys: number[]): string {
  return xs.slice(1).map((x, index) => (Math.log(ys[index + 1]! / ys[index]!) / Math.log(x / xs[index]!)).toFixed(2)).join(', ');
}
