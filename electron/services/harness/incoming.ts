import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/bridge/envelope';
import type { NotifyOutcome } from '../../../shared/bridge/harness-schemas';
import { composeNotify } from '../../../shared/mapping';
import type { Field } from '../../../shared/model/field-catalogue';
import { sampleLabel } from '../../../shared/samples';
import type { EmulatorRecord } from '../emulator';
import type { HarnessContext, HarnessHandlers } from './context';
import { draftOf, sampleOf } from './context';
import { exchangeFromNotify, fireNotify, type ExchangeLog, type NotifyResult } from './engine';

/** Records a notify call that reached (or tried to reach) a domain; refusals before sending are not logged. */
export function logNotify(ctx: HarnessContext, log: ExchangeLog, result: NotifyResult): void {
  if (result.reason === 'needs_confirmation' || result.reason === 'invalid_url') return;
  log.record(exchangeFromNotify(result, ctx.now().toISOString(), randomUUID()));
}

/**
 * A notify result for the UI: the matched record with a label, and per updated field its value before and
 * after when the records could be read (the local domain), labelled from the catalogue.
 */
export function notifyOutcome(
  result: NotifyResult,
  target: 'local' | 'domain',
  catalogue: readonly Field[],
  before: readonly EmulatorRecord[] = [],
  after: readonly EmulatorRecord[] = [],
): NotifyOutcome {
  const { matched, ...rest } = result;
  const out: NotifyOutcome = { ...rest, target, payload: { ...result.payload } };
  if (!matched) return out;
  const record = after.find((r) => r.id === matched.id);
  const label = record ? sampleLabel(record.fields, record.id) : undefined;
  out.matched = { kind: matched.kind, id: matched.id, ...(label ? { label } : {}) };
  out.updatedFields = matched.updatedFields;
  if (record) {
    const prior = before.find((r) => r.id === matched.id)?.fields ?? {};
    const labels = new Map(catalogue.map((f) => [f.key, f.label]));
    out.changes = matched.updatedFields.map((key) => ({
      key,
      label: labels.get(key) ?? key,
      before: prior[key] ?? null,
      after: record.fields[key] ?? null,
    }));
  }
  return out;
}

/** The incoming half: compose the third party's payload and fire it at the local or the real domain. */
export function createIncomingHandlers(ctx: HarnessContext): Pick<HarnessHandlers, 'harness:notify'> {
  return {
    async 'harness:notify'({ id, kind, sample_id, target, payload, confirm_domain }) {
      const draft = draftOf(ctx, id);
      const sample = await sampleOf(ctx, id, sample_id, kind);
      const webhook = draft.config[kind];
      const catalogue = draft.catalogue[kind];
      const body = payload ?? composeNotify(webhook, sample, catalogue);
      const log = await ctx.logs.get(id);
      if (target === 'local') {
        const emulator = await ctx.local.prepare(draft, kind, await ctx.store.samples(id));
        const before = ctx.local.records(kind);
        const result = await fireNotify({ url: emulator.state.notifyUrl(kind), payload: body });
        logNotify(ctx, log, result);
        return notifyOutcome(result, 'local', catalogue, before, ctx.local.records(kind));
      }
      const url = webhook.incoming.notify_url;
      if (!url) {
        throw new AppError(
          'invalid_input',
          'This draft has no notify URL yet: the domain issues it. Pull the domain (Publish tab) to get it.',
        );
      }
      // Never remembered: every call into a real domain changes production data and is confirmed anew.
      const result = await fireNotify({
        url,
        payload: body,
        ...(confirm_domain ? { confirmDomain: confirm_domain } : {}),
      });
      logNotify(ctx, log, result);
      return notifyOutcome(result, 'domain', catalogue);
    },
  };
}
