import { describe, expect, it } from 'vitest';
import { run } from '../../bench/validation';

describe('bench/validation run()', () => {
  it('returns the figures and the report line a bench runner prints', () => {
    const result = run({ rows: 1000, runs: 3, warmup: 1 });
    expect(result).toMatchObject({ name: 'validation', rows: 1000, runs: 3, problems: 1000, target_ms: 5 });
    expect(result.median_ms).toBeGreaterThanOrEqual(0);
    expect(result.p95_ms).toBeGreaterThanOrEqual(result.median_ms);
    expect(result.line).toMatch(
      /^validation {2}1,000 rows {2}median \d+\.\d\d ms {2}p95 \d+\.\d\d ms {2}\(target < 5 ms\)$/,
    );
  });
});
