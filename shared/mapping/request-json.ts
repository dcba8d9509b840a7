import type { Field } from '../model/field-catalogue';
import type { Webhook } from '../model/webhook';
import { planFor, runPlan, type PlanStep, type RequestPlan } from './request-plan';

/** Characters a JSON string cannot hold as they are (controls, quote, backslash) or that need a check (surrogates). */
// eslint-disable-next-line no-control-regex -- control characters are what JSON must escape
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

const jsonValue = (value: string | null): string =>
  value === null ? 'null' : NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;

/**
 * A profile mapped with a compiled plan, as the JSON text `JSON.stringify(runPlan(plan, profile))` gives,
 * written directly: no intermediate object, and keys quoted once per plan rather than per delivery.
 */
export function runPlanJson(plan: RequestPlan, profile: Readonly<Record<string, unknown>>): string {
  const keys = plan.jsonKeys;
  if (keys === null) return JSON.stringify(runPlan(plan, profile));
  const steps = plan.steps;
  if (steps.length === 0) return '{}';
  let out = '';
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as PlanStep;
    out += (keys[i] as string) + jsonValue(step[2](profile[step[1]]));
  }
  return `${out}}`;
}

/** The body MangoApps would send for a profile, as JSON text (see buildRequestBody). */
export function requestBodyJson(
  webhook: Webhook,
  profile: Readonly<Record<string, unknown>>,
  catalogue: readonly Field[],
): string {
  return runPlanJson(planFor(webhook.outgoing.request_parameters, catalogue), profile);
}
