import { contentFromDraft } from '../domain-api/webhook-content';
import type { DomainDraft } from '../model/draft';
import type { Field, WebhookKind } from '../model/field-catalogue';
import type { ApiReference } from './api-reference';
import { DRAFT_FILE_SUFFIX, DRAFT_SCHEMA_URL, FORMAT_VERSION } from './format';

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

/** A custom field without the implied `custom` flag, optional keys only when set. */
function fileField(field: Field) {
  return {
    key: field.key,
    label: field.label,
    type: field.type,
    read_only: field.read_only,
    ...(field.unique === undefined ? {} : { unique: field.unique }),
    ...(field.options === undefined ? {} : { options: [...field.options] }),
  };
}

/**
 * The draft as a file for Git review: pretty JSON (2 spaces, trailing newline), keys in a stable order.
 * Row ids, notify URLs (issued by the domain), the remote base and every secret stay out. `api` adds the
 * reference to the API description (with its text when the admin asked to embed it).
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
    jit_provisioning: config.jit_provisioning,
    custom_fields: {
      profile: catalogue.profile.filter((f) => f.custom).map(fileField),
      location: catalogue.location.filter((f) => f.custom).map(fileField),
    },
    ...(api ? { api_description: api } : {}),
  };
  return {
    fileName: `${slugify(draft.name)}${DRAFT_FILE_SUFFIX}`,
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}
