import { AppError } from '../../../shared/bridge/envelope';
import type { SamplesState } from '../../../shared/bridge/harness-schemas';
import { identifierRow } from '../../../shared/mapping';
import type { DomainDraft } from '../../../shared/model/draft';
import type { WEBHOOK_KINDS } from '../../../shared/model/field-catalogue';
import { identifierCheck, MAX_SAMPLES, parseSamplesJson, type Sample } from '../../../shared/samples';
import { importUsersCsv } from '../samples/import-users-csv';
import type { HarnessContext, HarnessHandlers } from './context';
import { draftOf } from './context';

type SampleChannels = 'harness:samples' | 'harness:samples-save' | 'harness:samples-import';

/** The samples with the identifier check of each webhook (by its marked Input Parameters row). */
export function samplesState(draft: DomainDraft, samples: readonly Sample[]): SamplesState {
  const check = (kind: (typeof WEBHOOK_KINDS)[number]) => {
    const row = identifierRow(draft.config[kind]);
    if (!row || row.mangoapps_field === '') return null;
    return identifierCheck(
      samples.filter((s) => s.kind === kind),
      row.mangoapps_field,
    );
  };
  // The bridge parses the result into fresh objects, so the stored list itself never leaves the host.
  return {
    samples: samples as Sample[],
    identifier: { profile: check('profile'), location: check('location') },
  };
}

/** Imported samples with ids that do not clash with the kept ones (`csv-3` becomes `csv-3-2`). */
function withFreshIds(kept: readonly Sample[], imported: readonly Sample[]): Sample[] {
  const taken = new Set(kept.map((s) => s.id));
  return imported.map((sample) => {
    let id = sample.id;
    for (let n = 2; taken.has(id); n++) id = `${sample.id}-${n}`;
    taken.add(id);
    return { ...sample, id, builtin: false };
  });
}

const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Listing, saving and importing a domain's samples. */
export function createSampleHandlers(ctx: HarnessContext): Pick<HarnessHandlers, SampleChannels> {
  return {
    async 'harness:samples'({ id }) {
      const draft = draftOf(ctx, id);
      return samplesState(draft, await ctx.store.storedSamples(id));
    },

    async 'harness:samples-save'({ id, samples }) {
      const draft = draftOf(ctx, id);
      const ids = samples.map((s) => s.id);
      const repeated = ids.find((s, i) => ids.indexOf(s) !== i);
      if (repeated) {
        throw new AppError('invalid_input', `Two samples have the id "${repeated}"; ids must be unique.`);
      }
      return samplesState(draft, await ctx.store.setSamples(id, samples));
    },

    async 'harness:samples-import'({ id, format, text, replace }) {
      const draft = draftOf(ctx, id);
      const current = await ctx.store.storedSamples(id);
      // A CSV holds profile samples; a JSON file may hold either kind, so it is capped on what is kept.
      const room = (kept: readonly Sample[]) => Math.max(0, MAX_SAMPLES - kept.length);
      const parsed =
        format === 'csv'
          ? await importUsersCsv({
              text,
              catalogue: draft.catalogue.profile,
              idPrefix: 'csv',
              maxSamples: room(replace ? current.filter((s) => s.kind !== 'profile') : current),
            })
          : parseSamplesJson(text, {
              kind: 'profile',
              idPrefix: 'json',
              maxSamples: room(replace ? [] : current),
            });
      const kinds = new Set(parsed.samples.map((s) => s.kind));
      const kept = replace ? current.filter((s) => !kinds.has(s.kind)) : current;
      const added = withFreshIds(kept, parsed.samples);
      // Each step of a large import is its own turn of the event loop, so other calls run in between.
      await yieldTurn();
      const saved = added.length > 0 ? await ctx.store.setSamples(id, [...kept, ...added]) : current;
      await yieldTurn();
      return { imported: added.length, issues: parsed.issues, state: samplesState(draft, saved) };
    },
  };
}
