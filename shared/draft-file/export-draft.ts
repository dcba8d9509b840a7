import { contentFromDraft } from '../domain-api/webhook-content';
import type { DomainDraft } from '../model/draft';
import type { Field, WebhookKind } from '../model/field-catalogue';
import { STANDARD_LOCATION_FIELDS, STANDARD_PROFILE_FIELDS } from '../model/standard-fields';
import type { ApiReference } from './api-reference';
import { contentFingerprint } from './fingerprint';
import { DRAFT_FILE_SUFFIX, DRAFT_SCHEMA_URL, FORMAT_VERSION, type FileBase } from './format';

/** A file name from a draft name: "Acme Production (EU)" → "acme-production-eu". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'draft' : slug;
}

/** One webhook in the contract's shape, as a publish would send it; triggers in the Admin Portal's order. */
function wireWebhook(config: DomainDraft['config'], kind: WebhookKind) {
  const { outgoing, incoming } = contentFromDraft(config, kind);
  return { outgoing, incoming };
}

/** A catalogue field for the file: `custom` implied, `custom: false` for a standard field the list lacks. */
function fileField(field: Field) {
  return {
    key: field.key,
    label: field.label,
    type: field.type,
    read_only: field.read_only,
    ...(field.unique === undefined ? {} : { unique: field.unique }),
    ...(field.options === undefined ? {} : { options: [...field.options] }),
    ...(field.custom ? {} : { custom: false }),
  };
}

const STANDARD = {
  profile: new Set(STANDARD_PROFILE_FIELDS.map((f) => f.key)),
  location: new Set(STANDARD_LOCATION_FIELDS.map((f) => f.key)),
};

/**
 * The catalogue fields a file must carry so that offline validation gives the domain's verdict: custom
 * fields, and fields the domain has that the built-in list does not (e.g. a `location_code`).
 */
export function fieldsToCarry(fields: readonly Field[], kind: WebhookKind): Field[] {
  return fields.filter((f) => f.custom || !STANDARD[kind].has(f.key));
}

/** The file's base for one webhook: the draft's remote version and a fingerprint of its content. */
export function fileBaseOf(draft: DomainDraft, kind: WebhookKind): FileBase | null {
  const imported = draft.file_base?.[kind];
  if (imported) return { ...imported };
  const remote = draft.remote?.[kind];
  return remote ? { version: remote.version, fingerprint: contentFingerprint(kind, remote.content) } : null;
}

/**
 * The draft as a file for Git review: pretty JSON (2 spaces, trailing newline), keys in a stable order.
 * Row ids, notify URLs (issued by the domain) and every secret stay out; the remote base travels as a
 * version and a fingerprint per webhook, so a publish can tell a colleague's later edit from the file's.
 * `api` adds the reference to the API description (with its text when the admin asked to embed it).
 */
export function exportDraft(draft: DomainDraft, api?: ApiReference): { fileName: string; text: string } {
  const { config, catalogue } = draft;
  const file = {
    $schema: DRAFT_SCHEMA_URL,
    format_version: FORMAT_VERSION,
    name: draft.name,
    domain: draft.base_url,
    profile: wireWebhook(config, 'profile'),
    location: wireWebhook(config, 'location'),
    security: {
      oauth: config.security.oauth
        ? { token_url: config.security.oauth.token_url, username: config.security.oauth.username }
        : null,
    },
    ...(draft.remote || draft.file_base
      ? { base: { profile: fileBaseOf(draft, 'profile'), location: fileBaseOf(draft, 'location') } }
      : {}),
    jit_provisioning: config.jit_provisioning,
    custom_fields: {
      profile: fieldsToCarry(catalogue.profile, 'profile').map(fileField),
      location: fieldsToCarry(catalogue.location, 'location').map(fileField),
    },
    ...(api ? { api_description: api } : {}),
  };
  return {
    fileName: `${slugify(draft.name)}${DRAFT_FILE_SUFFIX}`,
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}
