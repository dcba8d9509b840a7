/** Summary statistics shared by the benchmarks. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

/** The median of a sample. */
export const median = (values: readonly number[]): number => percentile(values, 0.5);

/** A figure with a fixed number of decimals and thousands separators. */
export function fmt(n: number, digits = 2): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
