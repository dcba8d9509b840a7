import type { DomainDraft } from '../model/draft';
import type { Field } from '../model/field-catalogue';
import type { ImportedDraft } from './import-draft';

/** Custom fields merged by key: an imported field replaces the one with its key in place, new ones follow. */
function mergeFields(current: readonly Field[], imported: readonly Field[]): Field[] {
  const incoming = new Map(imported.map((f) => [f.key, f]));
  const merged = current.map((f) => {
    const replacement = incoming.get(f.key);
    if (!replacement) return f;
    incoming.delete(f.key);
    return { ...replacement };
  });
  for (const f of incoming.values()) merged.push({ ...f });
  return merged;
}

/**
 * Put an imported configuration onto a draft (the UI asks first). The draft stays the same domain: its
 * id, name, created_at, remote base and the notify URLs the domain issued are kept; the configuration is
 * replaced and the file's custom fields join the catalogue. The file's domain URL fills an empty one only.
 */
export function applyImport(draft: DomainDraft, imported: ImportedDraft, now: string): DomainDraft {
  const { config } = imported;
  const copyRows = <T extends object>(rows: readonly T[]): T[] => rows.map((r) => ({ ...r }));
  const hook = (kind: 'profile' | 'location') => ({
    outgoing: {
      triggers: [...config[kind].outgoing.triggers],
      post_url: config[kind].outgoing.post_url,
      request_parameters: copyRows(config[kind].outgoing.request_parameters),
      response_parameters: copyRows(config[kind].outgoing.response_parameters),
    },
    incoming: {
      notify_url: draft.config[kind].incoming.notify_url,
      input_parameters: copyRows(config[kind].incoming.input_parameters),
    },
  });
  return {
    ...draft,
    base_url: draft.base_url === '' ? imported.base_url : draft.base_url,
    config: {
      profile: hook('profile'),
      location: hook('location'),
      security: { oauth: config.security.oauth ? { ...config.security.oauth } : null },
      jit_provisioning: config.jit_provisioning,
    },
    catalogue: {
      ...draft.catalogue,
      profile: mergeFields(draft.catalogue.profile, imported.custom_fields.profile),
      location: mergeFields(draft.catalogue.location, imported.custom_fields.location),
    },
    updated_at: now,
  };
}
