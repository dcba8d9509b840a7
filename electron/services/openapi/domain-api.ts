import type { ApiIndex, OperationBinding, OperationContract } from '../../../shared/openapi/types';
import { loadInWorker } from './run-load';

/** A domain's description as the harness uses it: index and binding (editor), contracts (checks, receiver). */
export interface DomainApi {
  title: string;
  fingerprint: string;
  index: ApiIndex;
  binding: OperationBinding;
  contracts: OperationContract[];
}

/** Contracts kept per fingerprint: a few descriptions, each parsed once in the worker. */
const KEEP = 4;

/**
 * The contracts of a stored description, extracted in the description worker (parsing megabytes never
 * blocks the host) once per fingerprint; the text is read only when the fingerprint is not cached. A text
 * that no longer loads yields an Error; a text that cannot be read rejects, and is read again next time.
 */
export function createContractsCache(load: typeof loadInWorker = loadInWorker) {
  const cache = new Map<string, Promise<OperationContract[] | Error>>();
  return (
    fingerprint: string,
    readText: () => Promise<string>,
    allowExternal = false,
  ): Promise<OperationContract[] | Error> => {
    let hit = cache.get(fingerprint);
    if (!hit) {
      hit = readText().then(
        async (text) => {
          const r = await load({ text, contracts: true, allowExternal });
          return r.ok
            ? (r.contracts ?? [])
            : new Error(
                `The stored API description no longer loads: ${r.errors[0]?.message ?? 'unknown error'}`,
              );
        },
        (error: unknown) => {
          // The text could not be read (missing, damaged): nothing to keep, the next call reads again.
          cache.delete(fingerprint);
          throw error;
        },
      );
      cache.set(fingerprint, hit);
      while (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
    }
    return hit;
  };
}
