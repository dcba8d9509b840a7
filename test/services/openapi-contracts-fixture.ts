import { loadDescription } from '../../electron/services/openapi/load-description';
import type { OperationContract } from '../../shared/openapi/types';

/** The contracts of a description text, as the harness gets them from the description worker. */
export async function contractsOf(text: string): Promise<OperationContract[]> {
  const loaded = await loadDescription({ text, contracts: true });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return loaded.contracts!;
}
