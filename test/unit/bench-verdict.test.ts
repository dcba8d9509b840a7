import { describe, expect, it } from 'vitest';
import { verdict } from '../../bench/stats';

describe('benchmark verdicts', () => {
  it('says MISSED for a figure at or over its target, never "under"', () => {
    expect(verdict(21.4, 16)).toBe('MISSED, 1.34× over');
    expect(verdict(16, 16)).toMatch(/^MISSED/);
    expect(verdict(346, 200)).not.toContain('under');
  });

  it('says met, with the margin, for a figure under its target', () => {
    expect(verdict(100, 200)).toBe('met, 2.0× under');
    expect(verdict(0, 16)).toMatch(/^met/);
  });
});
