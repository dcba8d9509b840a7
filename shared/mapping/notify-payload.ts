import type { Field } from '../model/field-catalogue';
import type { InputRow, Webhook } from '../model/webhook';
import type { RequestBody } from './request-plan';
import { compileRequestPlan, runPlan } from './request-plan';

/**
 * The flat payload a third party would post to the notify URL for a sample: one key per input parameter
 * (`api_field` → the sample's value, null when empty). With a catalogue, values are formatted by type.
 */
export function composeNotify(
  webhook: Webhook,
  sample: { fields: Readonly<Record<string, unknown>> },
  catalogue: readonly Field[] = [],
): RequestBody {
  return runPlan(compileRequestPlan(webhook.incoming.input_parameters, catalogue), sample.fields);
}

/** The Input Parameters row marked as the user / location identifier, if exactly one is. */
export function identifierRow(webhook: Webhook): InputRow | undefined {
  const marked = webhook.incoming.input_parameters.filter((r) => r.identifier);
  return marked.length === 1 ? marked[0] : undefined;
}
