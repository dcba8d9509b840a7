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

/** "met, 1.4× under" or "MISSED, 1.20× over": a figure judged against an upper bound, never a bare ratio. */
export function verdict(value: number, limit: number): string {
  return value < limit
    ? `met, ${fmt(limit / Math.max(value, 0.001), 1)}× under`
    : `MISSED, ${fmt(value / limit, 2)}× over`;
}
