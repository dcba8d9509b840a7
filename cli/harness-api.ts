import type { DomainApi } from '../electron/services/openapi/domain-api';
import { UsageError } from './args';
import type { HarnessIo } from './harness-inputs';

/** Which description the harness commands use: a path or URL, or the draft file's own reference. */
export interface ApiChoice {
  openapi?: string;
  /** `--api-description`: the draft file's `api_description` (its embedded text when it has one). */
  fromFile?: string;
  allowExternalRefs: boolean;
}

/**
 * The description `test` and `receiver` act on, loaded with its contracts (request schemas, success
 * examples), and the operations the file binds by hand; null when none was asked for.
 */
export async function harnessApi(
  io: HarnessIo,
  choice: ApiChoice,
): Promise<Omit<DomainApi, 'fingerprint'> | null> {
  if (choice.openapi === undefined && choice.fromFile === undefined) return null;
  // The description parser (and its YAML, ajv and HTTP client) loads only for a run that names one.
  const { loadNamedDescription } = await import('./openapi-check');
  const found = await loadNamedDescription(io, {
    ...(choice.openapi !== undefined ? { openapi: choice.openapi } : {}),
    ...(choice.fromFile !== undefined ? { file: choice.fromFile } : {}),
    allowExternal: choice.allowExternalRefs,
    contracts: true,
  });
  if (!found) throw new UsageError(`${choice.fromFile} has no api_description: name one with --openapi.`);
  const { ref, loaded } = found;
  return {
    title: loaded.index.title,
    index: loaded.index,
    binding: ref.operations ?? {},
    contracts: loaded.contracts ?? [],
  };
}
