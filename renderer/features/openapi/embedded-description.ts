import type { ApiReference } from '../../../shared/draft-file/api-reference';
import type { AppStore } from '../../store/create-store';
import { bindApiOperation, importApiDescription } from '../../store/openapi-actions';
import { showDescription } from './description-loader';

/**
 * After a draft file is imported into a domain: a description embedded in the file becomes the domain's
 * (offline, nothing fetched), with the operations the file binds. An embedded text that does not load
 * replaces nothing and is reported; the imported draft is kept either way.
 */
export async function adoptEmbeddedDescription(
  store: AppStore,
  domainId: string,
  ref: ApiReference | undefined,
): Promise<string | null> {
  if (ref?.embedded === undefined) return null;
  const name = /^https?:\/\//i.test(ref.source) ? '' : (ref.source.split(/[\\/]/).pop() ?? '');
  const out = await importApiDescription({
    domain_id: domainId,
    source: { kind: 'text', text: ref.embedded, name },
  });
  if (out.status === 'invalid')
    return `The API description embedded in the file was not imported: ${out.errors[0]?.message ?? 'it is invalid'}`;
  const state = ref.operations
    ? await bindApiOperation({ domain_id: domainId, binding: ref.operations })
    : out.state;
  await showDescription(store, domainId, state);
  return null;
}
