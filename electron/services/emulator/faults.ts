import * as z from 'zod';

/**
 * How often a fault strikes a matching call: with probability `rate` (default 1), and at most `times`
 * more times (default: no limit). A rule whose `times` runs out is removed.
 */
export interface FaultRule {
  rate?: number;
  times?: number;
}

/** A dropped connection: `before` destroys the socket before the call has any effect, `after` once it has. */
export interface DropRule extends FaultRule {
  when: 'before' | 'after';
}

/**
 * The fault switches. Rule tables are keyed by endpoint pattern: an endpoint id (`login`, `logout`,
 * `profile.fields`, `profile.get`, `profile.put`, `profile.versions`, `profile.version`,
 * `profile.notify`, and the same for `location.`), `*` for every endpoint, or a pattern with `*` for one
 * segment (`*.put`, `location.*`).
 */
export interface Faults {
  /** Delay before every answer, in ms. */
  latencyMs: number;
  /** A random extra 0..jitterMs on top of latencyMs. */
  jitterMs: number;
  /** 500 with `ms_errors`, decided before the call has any effect. */
  failure: Record<string, FaultRule>;
  /** 200 whose body is `ms_errors`, decided before the call has any effect. */
  msErrors: Record<string, FaultRule>;
  /** Destroyed connections without an answer. */
  drop: Record<string, DropRule>;
  /** The next `times` PUTs (either webhook) answer 412; with `by`, that admin first saves the live content again, so the 412 names a real newer version. */
  conflict: { times: number; by: string | null };
  /** Every `/api/` call answers 200 with an HTML single-sign-on page. */
  htmlSignIn: boolean;
}

/** A partial update of the switches, as tests and `PUT /__emulator/faults` send it. */
export type FaultsPatch = Partial<Faults>;

const RuleSchema = z.object({
  rate: z.number().min(0).max(1).optional(),
  times: z.number().int().min(0).optional(),
});

/** Validates a patch arriving over HTTP. */
export const FaultsPatchSchema = z
  .object({
    latencyMs: z.number().min(0).max(60_000),
    jitterMs: z.number().min(0).max(60_000),
    failure: z.record(z.string(), RuleSchema),
    msErrors: z.record(z.string(), RuleSchema),
    drop: z.record(z.string(), RuleSchema.extend({ when: z.enum(['before', 'after']) })),
    conflict: z.object({ times: z.number().int().min(0), by: z.string().min(1).nullable() }),
    htmlSignIn: z.boolean(),
  })
  .partial()
  .strict();

/** Every fault off. */
export function noFaults(): Faults {
  return {
    latencyMs: 0,
    jitterMs: 0,
    failure: {},
    msErrors: {},
    drop: {},
    conflict: { times: 0, by: null },
    htmlSignIn: false,
  };
}

/** Applies a patch in place, so references to the live object stay valid; rule maps merge key by key. */
export function patchFaults(target: Faults, patch: FaultsPatch): void {
  if (patch.latencyMs !== undefined) target.latencyMs = patch.latencyMs;
  if (patch.jitterMs !== undefined) target.jitterMs = patch.jitterMs;
  if (patch.failure) Object.assign(target.failure, structuredClone(patch.failure));
  if (patch.msErrors) Object.assign(target.msErrors, structuredClone(patch.msErrors));
  if (patch.drop) Object.assign(target.drop, structuredClone(patch.drop));
  if (patch.conflict) target.conflict = { ...patch.conflict };
  if (patch.htmlSignIn !== undefined) target.htmlSignIn = patch.htmlSignIn;
}

/** Switches everything off in place. */
export function clearFaults(target: Faults): void {
  const off = noFaults();
  for (const table of ['failure', 'msErrors', 'drop'] as const) {
    for (const key of Object.keys(target[table])) delete target[table][key];
  }
  target.latencyMs = off.latencyMs;
  target.jitterMs = off.jitterMs;
  target.conflict = off.conflict;
  target.htmlSignIn = off.htmlSignIn;
}

/** Whether an endpoint pattern covers an endpoint id. */
export function matchesEndpoint(pattern: string, endpoint: string): boolean {
  if (pattern === '*' || pattern === endpoint) return true;
  const p = pattern.split('.');
  const e = endpoint.split('.');
  return p.length === e.length && p.every((part, i) => part === '*' || part === e[i]);
}

/**
 * Decides whether a rule table strikes this call, consuming one of the rule's `times` when it does.
 * Matching rules roll in insertion order and the first that strikes wins; the RNG makes random
 * sequences repeatable.
 */
export function strike<R extends FaultRule>(
  table: Record<string, R>,
  endpoint: string,
  random: () => number,
): R | null {
  for (const [pattern, rule] of Object.entries(table)) {
    if (!matchesEndpoint(pattern, endpoint)) continue;
    if ((rule.times ?? 1) <= 0) continue;
    const rate = rule.rate ?? 1;
    if (!(random() < rate)) continue;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) delete table[pattern];
    }
    return rule;
  }
  return null;
}

/** A small seeded PRNG (mulberry32): deterministic, good enough for fault dice. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
