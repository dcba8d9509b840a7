import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { StoreProblem } from '../../../shared/bridge/contract';
import type { DescriptionSource, StoredDescription } from '../../../shared/bridge/contract-openapi';
import { StoredDescriptionSchema } from '../../../shared/bridge/contract-openapi';
import { AppError } from '../../../shared/bridge/envelope';
import { OperationBindingSchema } from '../../../shared/openapi/types';
import type { Handlers } from '../bridge/handlers';
import { writeFileAtomic } from '../storage/atomic-file';
import { DomainFiles } from '../storage/domain-files';
import { assertSafeId } from '../storage/draft-store';
import { loadTextFile } from '../storage/text-file';
import { createContractsCache, type DomainApi } from './domain-api';
import { fetchDescription, fetchReferenced } from './fetch-description';
import { fingerprintOf } from './fingerprint';
import { loadInWorker, prewarmLoader } from './run-load';
import { MAX_DESCRIPTION_BYTES } from './source-text';

/** Folder of per-domain API descriptions in the data directory. */
export const API_DESCRIPTIONS_DIR = 'api-descriptions';

const StateSchema = z.object({
  description: StoredDescriptionSchema.nullable(),
  binding: OperationBindingSchema,
});
type State = z.infer<typeof StateSchema>;

/** What the description service needs from the host. */
export interface OpenapiServiceOptions {
  dataDir: string;
  quarantineDir: string;
  /** Throws when the domain does not exist. */
  knownDomain: (id: string) => void;
  now?: () => Date;
  /** Starts the description worker ahead of use (default: the real worker's pre-warm). */
  prewarm?: () => void;
}

type OpenapiChannels =
  'openapi:get' | 'openapi:import' | 'openapi:bind' | 'openapi:remove' | 'openapi:reference';

/**
 * A domain's API description, kept beside its draft so the editor works offline: the index (what the
 * editor and checks use) in `<id>.json`, the imported text in `<id>.source` for embedding on export.
 * An import that fails replaces nothing.
 */
export function createOpenapiService(options: OpenapiServiceOptions) {
  const dir = path.join(options.dataDir, API_DESCRIPTIONS_DIR);
  const files = new DomainFiles<State>({
    dir,
    quarantineDir: options.quarantineDir,
    schema: StateSchema,
    fresh: () => ({ description: null, binding: {} }),
    what: 'API description',
  });
  const now = options.now ?? (() => new Date());
  const sourceFile = (id: string) => (assertSafeId(id), path.join(dir, `${id}.source`));
  const sourceProblems: StoreProblem[] = [];
  /**
   * The text kept for the domain's description, checked against the fingerprint recorded at import: a
   * missing, oversized, non-UTF-8 or altered file is never used. Damage is moved to quarantine and
   * reported by name; the answer then says to import the description again.
   */
  const sourceText = async (id: string): Promise<string | null> => {
    const { description } = await files.get(id);
    if (!description) return null;
    const loaded = await loadTextFile(sourceFile(id), {
      what: `The imported text of the API description of ${id} (${id}.source)`,
      quarantineDir: options.quarantineDir,
      maxBytes: MAX_DESCRIPTION_BYTES,
      check: (text) =>
        fingerprintOf(text) === description.fingerprint
          ? undefined
          : 'is not the text that was imported (its fingerprint differs)',
      now,
    });
    if (loaded.problem) sourceProblems.push(loaded.problem);
    return loaded.text ?? null;
  };
  const requireSourceText = async (id: string, use: string): Promise<string> => {
    const text = await sourceText(id);
    if (text !== null) return text;
    const damage = sourceProblems.findLast((p) => p.file === sourceFile(id));
    throw new AppError(
      'not_found',
      `The imported API description text is ${damage ? `damaged (moved to ${damage.moved_to})` : 'missing'}: import the description again to ${use}.`,
    );
  };
  const contracts = createContractsCache();

  const handlers: Pick<Handlers, OpenapiChannels> = {
    'openapi:get': async ({ domain_id }) => {
      options.knownDomain(domain_id);
      const state = await files.get(domain_id);
      // A domain with a description is being opened: its checks and the harness will want the worker
      // soon, so it starts now instead of on the first check.
      if (state.description) (options.prewarm ?? prewarmLoader)();
      return state;
    },
    'openapi:import': async ({ domain_id, source, allow_external }) => {
      options.knownDomain(domain_id);
      const text = source.kind === 'url' ? await fetchDescription(source.url) : source.text;
      const from: DescriptionSource =
        source.kind === 'url'
          ? { kind: 'url', location: source.url }
          : { kind: source.name ? 'file' : 'text', location: source.name };
      // Referenced URLs are read like the description itself: through the app's network settings.
      const result = await loadInWorker(
        { text, allowExternal: allow_external, ...(source.kind === 'url' ? { baseUrl: source.url } : {}) },
        { fetchText: fetchReferenced },
      );
      if (!result.ok) return { status: 'invalid', errors: result.errors };
      const description: StoredDescription = {
        source: from,
        // The fingerprint of the text kept (external references inlined), as an embedding carries it.
        fingerprint:
          result.bundledText !== undefined ? fingerprintOf(result.bundledText) : result.fingerprint,
        imported_at: now().toISOString(),
        spec: result.spec,
        size: Buffer.byteLength(text, 'utf8'),
        index: result.index,
      };
      // The text first: a crash in between leaves the old index pointing at a newer text, never a
      // new index without its text. External references the admin allowed are kept inlined, so the
      // description keeps working offline and without asking again.
      await writeFileAtomic(sourceFile(domain_id), result.bundledText ?? text);
      const previous = await files.get(domain_id);
      const state: State = { description, binding: previous.binding };
      await files.set(domain_id, state);
      return { status: 'imported', state, warnings: result.warnings };
    },
    'openapi:bind': async ({ domain_id, binding }) => {
      options.knownDomain(domain_id);
      const state = { ...(await files.get(domain_id)), binding };
      await files.set(domain_id, state);
      return state;
    },
    'openapi:reference': async ({ domain_id, embed }) => {
      options.knownDomain(domain_id);
      const { description, binding } = await files.get(domain_id);
      if (!description) return null;
      const text = embed ? await requireSourceText(domain_id, 'embed it') : null;
      const operations = Object.keys(binding).length > 0 ? { operations: binding } : {};
      return {
        // Pasted text has no name; the embedded text is then the only way to find it again.
        source: description.source.location || 'api-description.json',
        fingerprint: description.fingerprint,
        ...operations,
        ...(text !== null ? { embedded: text } : {}),
      };
    },
    'openapi:remove': async ({ domain_id }) => {
      options.knownDomain(domain_id);
      await files.remove(domain_id);
      await fs.rm(sourceFile(domain_id), { force: true });
      return files.get(domain_id);
    },
  };
  return {
    handlers,
    /**
     * The domain's description for the harness (preview and batch checks, the receiver acting like the
     * API), or null when it has none; throws invalid_input when the stored text no longer loads.
     */
    domainApi: async (id: string): Promise<DomainApi | null> => {
      const { description, binding } = await files.get(id);
      if (!description) return null;
      const found = await contracts(description.fingerprint, () =>
        requireSourceText(id, 'check requests against it'),
      );
      if (found instanceof Error) throw new AppError('invalid_input', found.message);
      const { index, fingerprint } = description;
      return { title: index.title, fingerprint, index, binding, contracts: found };
    },
    problems: () => [...files.problems, ...sourceProblems],
    forget: async (id: string) => {
      await files.remove(id);
      await fs.rm(sourceFile(id), { force: true });
    },
    flush: () => files.flush(),
  };
}
