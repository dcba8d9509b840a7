import type { Field } from '../model/field-catalogue';
import type { MappingRow, Webhook } from '../model/webhook';
import type { Formatter } from './format';
import { formatterFor } from './format';

/** One compiled request parameter: the third party's field name, the profile key and its formatter. */
export type PlanStep = readonly [apiField: string, key: string, format: Formatter];

/** A request-parameter table compiled once, so mapping a profile is a tight loop without look-ups. */
export interface RequestPlan {
  readonly steps: readonly PlanStep[];
  /** The profile fields the request sends (to flag write-backs that overwrite them). */
  readonly sentKeys: ReadonlySet<string>;
  /**
   * Each step's key as JSON text led by `{` or `,` (`,"firstName":`), so a body is written as text in
   * step order; null when an object's key order would differ from the steps' (a repeated API field, or
   * one that is an array index, which objects list first).
   */
  readonly jsonKeys: readonly string[] | null;
}

/** The flat body of a delivery: one key per request parameter, string values or null when empty. */
export type RequestBody = Record<string, string | null>;

/**
 * Compiles request rows against a catalogue. Rows without an API field are skipped (validation reports
 * them); a repeated API field keeps the last row, as a JSON object would.
 */
export function compileRequestPlan(rows: readonly MappingRow[], catalogue: readonly Field[]): RequestPlan {
  const fields = new Map(catalogue.map((f) => [f.key, f]));
  const steps: PlanStep[] = [];
  for (const row of rows) {
    if (row.api_field === '') continue;
    steps.push([row.api_field, row.mangoapps_field, formatterFor(fields.get(row.mangoapps_field))]);
  }
  return { steps, sentKeys: new Set(steps.map((s) => s[1])), jsonKeys: jsonKeysOf(steps) };
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

function jsonKeysOf(steps: readonly PlanStep[]): string[] | null {
  const names = steps.map((s) => s[0]);
  const isIndex = (n: string) => ARRAY_INDEX.test(n) && Number(n) < 2 ** 32 - 1;
  const inOrder = names.every((n, i) => names.indexOf(n) === i && !isIndex(n));
  return inOrder ? names.map((n, i) => `${i === 0 ? '{' : ','}${JSON.stringify(n)}:`) : null;
}

/** Maps one profile with a compiled plan. */
export function runPlan(plan: RequestPlan, profile: Readonly<Record<string, unknown>>): RequestBody {
  const body: RequestBody = {};
  const steps = plan.steps;
  for (let i = 0; i < steps.length; i++) {
    const [apiField, key, format] = steps[i] as PlanStep;
    const value = format(profile[key]);
    // `__proto__` as a plain assignment would replace the prototype instead of adding a key.
    if (apiField === '__proto__') {
      Object.defineProperty(body, apiField, { value, enumerable: true, writable: true, configurable: true });
    } else body[apiField] = value;
  }
  return body;
}

interface CacheEntry {
  catalogue: readonly Field[];
  catalogueSize: number;
  /** api_field and mangoapps_field of every row, in order, to notice rows edited in place. */
  signature: string[];
  plan: RequestPlan;
}

const cache = new WeakMap<readonly MappingRow[], CacheEntry>();

function stillValid(entry: CacheEntry, rows: readonly MappingRow[], catalogue: readonly Field[]): boolean {
  if (entry.catalogue !== catalogue || entry.catalogueSize !== catalogue.length) return false;
  const sig = entry.signature;
  if (sig.length !== rows.length * 2) return false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as MappingRow;
    if (sig[2 * i] !== row.api_field || sig[2 * i + 1] !== row.mangoapps_field) return false;
  }
  return true;
}

/**
 * The compiled plan for a row list, cached per list and catalogue; the cache is checked against the rows'
 * current fields on every use, so a list edited in place is recompiled rather than served stale.
 */
export function planFor(rows: readonly MappingRow[], catalogue: readonly Field[]): RequestPlan {
  const entry = cache.get(rows);
  if (entry && stillValid(entry, rows, catalogue)) return entry.plan;
  const plan = compileRequestPlan(rows, catalogue);
  cache.set(rows, {
    catalogue,
    catalogueSize: catalogue.length,
    signature: rows.flatMap((r) => [r.api_field, r.mangoapps_field]),
    plan,
  });
  return plan;
}

/** The body MangoApps would send for a profile: the webhook's request parameters over the profile values. */
export function buildRequestBody(
  webhook: Webhook,
  profile: Readonly<Record<string, unknown>>,
  catalogue: readonly Field[],
): RequestBody {
  return runPlan(planFor(webhook.outgoing.request_parameters, catalogue), profile);
}
