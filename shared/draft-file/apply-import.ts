import type { DomainDraft } from '../model/draft';
import { WEBHOOK_KINDS, type Field } from '../model/field-catalogue';
import type { ImportedBase } from '../model/remote';
import { contentFingerprint } from './fingerprint';
import type { ImportedDraft } from './import-draft';

/** A URL's origin in lower case, or the trimmed text when it is not a URL. */
function originOf(url: string): string {
  try {
    return new URL(url).origin.toLowerCase();
  } catch {
    return url.trim().replace(/\/+$/, '').toLowerCase();
  }
}

/** Whether the file was pulled from (or exported for) the draft's own domain. */
export function sameDomain(draft: DomainDraft, imported: ImportedDraft): boolean {
  return draft.base_url === '' || originOf(draft.base_url) === originOf(imported.base_url);
}

/**
 * The base the draft takes from a file: the file's own per webhook, when it is for this domain and differs
 * from the draft's; the next plan checks it against the domain's history before comparing against it.
 */
function adoptedBase(draft: DomainDraft, imported: ImportedDraft): ImportedBase | undefined {
  if (!sameDomain(draft, imported)) return draft.file_base;
  const next: ImportedBase = { profile: null, location: null };
  for (const kind of WEBHOOK_KINDS) {
    const file = imported.base[kind];
    const remote = draft.remote?.[kind];
    const same =
      !!remote &&
      !!file &&
      remote.version === file.version &&
      contentFingerprint(kind, remote.content) === file.fingerprint;
    // A file without a base (format 1) leaves the draft's as it was.
    next[kind] = file && !same ? { ...file } : file ? null : (draft.file_base?.[kind] ?? null);
  }
  return next.profile || next.location ? next : undefined;
}

/** Why a file's base was not taken as the draft's, for the import dialog; null when it was (or had none). */
export function baseNotAdopted(draft: DomainDraft, imported: ImportedDraft): string | null {
  if (sameDomain(draft, imported) || (!imported.base.profile && !imported.base.location)) return null;
  return `The file records its base on ${imported.base_url}, not on this domain (${draft.base_url}), so it was not taken as this draft's base: plans compare against this draft's own base.`;
}

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
 * id, name, created_at and the notify URLs the domain issued are kept; the configuration is replaced and the
 * file's custom fields join the catalogue. A file for this domain brings its base (checked by the next
 * plan); a file from another domain does not. The file's domain URL fills an empty one only.
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
  const { file_base: _old, ...rest } = draft;
  const fileBase = adoptedBase(draft, imported);
  return {
    ...rest,
    ...(fileBase ? { file_base: fileBase } : {}),
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
