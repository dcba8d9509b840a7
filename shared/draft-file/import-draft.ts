import { webhookFromContent } from '../domain-api/webhook-content';
import type { WebhookConfig } from '../model/draft';
import type { Field } from '../model/field-catalogue';
import type { ApiReference } from './api-reference';
import {
  DRAFT_SCHEMA_URL,
  DRAFT_SCHEMA_URL_V1,
  DraftFileSchema,
  FORMAT_VERSION,
  type DraftFile,
  type FileBase,
  type FileField,
} from './format';
import { fileIssues, MAX_ISSUES, type DraftFileIssue } from './issues';
import { locateJsonError } from './json-error';

/** What a draft file holds, ready to apply onto a draft or to start a new one. */
export interface ImportedDraft {
  name: string;
  base_url: string;
  /** Rows carry fresh local ids; notify URLs are null (the domain issues them). */
  config: WebhookConfig;
  custom_fields: { profile: Field[]; location: Field[] };
  /** The file's format version (1 has no base). */
  format_version: number;
  /** Per webhook, the live version the file sits on; null when the file has none (format 1, hand-written). */
  base: { profile: FileBase | null; location: FileBase | null };
  /** The file's reference to the third party's API description, when it has one. */
  api_description?: ApiReference;
}

/** The outcome of reading a file: the draft and tolerated oddities, or every problem found, per field. */
export type ParseDraftResult =
  { ok: true; value: ImportedDraft; warnings: DraftFileIssue[] } | { ok: false; errors: DraftFileIssue[] };

// Secrets a careless export or a pasted API response could carry; never accepted from a file.
const SECRET_KEYS = new Set(['password', 'client_secret']);

const SECRET_MESSAGE =
  'This file contains a password. Secrets never belong in draft files: remove it, and enter the password in Webhook Studio, which keeps it in the system keychain.';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every key that names a secret, anywhere in the document; iterative, so deep nesting cannot overflow. */
function findSecrets(root: unknown): DraftFileIssue[] {
  const found: DraftFileIssue[] = [];
  const stack: [unknown, string][] = [[root, '']];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, path] = next;
    if (Array.isArray(value)) value.forEach((v, i) => stack.push([v, `${path}[${i}]`]));
    else if (isObject(value)) {
      for (const [key, v] of Object.entries(value)) {
        const at = path === '' ? key : `${path}.${key}`;
        if (SECRET_KEYS.has(key.toLowerCase())) found.push({ path: at, message: SECRET_MESSAGE });
        else stack.push([v, at]);
      }
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Read a draft file: syntax, then format version and secrets, then every field against the schema. */
export function parseDraftFile(text: string): ParseDraftResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a BOM from Windows editors
  if (body.trim() === '') return fail('', 'The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const where = locateJsonError(body);
    return fail(
      '',
      where
        ? `The file is not valid JSON: ${where.reason} at line ${where.line}, column ${where.column}.`
        : `The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}.`,
    );
  }
  if (!isObject(data))
    return fail('', 'The file does not hold a Webhook Studio draft (expected a JSON object { … }).');

  const version = data.format_version;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return fail(
      'format_version',
      `This file was made by a newer Webhook Studio (format version ${version}); this version reads format version ${FORMAT_VERSION}. Update Webhook Studio to import it.`,
    );
  }
  // Secrets sit under security in practice, but no place in a file is acceptable for one.
  const secrets = findSecrets(data);
  if (secrets.length > 0) return { ok: false, errors: secrets };

  const parsed = DraftFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const errors = fileIssues(parsed.error.issues);
    if (errors.length <= MAX_ISSUES) return { ok: false, errors };
    const more = errors.length - MAX_ISSUES;
    return {
      ok: false,
      errors: [...errors.slice(0, MAX_ISSUES), { path: '', message: `… and ${more} more problems.` }],
    };
  }

  const warnings: DraftFileIssue[] = [];
  const schema = parsed.data.$schema;
  const expected = parsed.data.format_version === 1 ? DRAFT_SCHEMA_URL_V1 : DRAFT_SCHEMA_URL;
  if (schema !== undefined && schema !== expected) {
    warnings.push({
      path: '$schema',
      message: `$schema is "${schema}", not "${expected}"; the file was read as format version ${parsed.data.format_version}.`,
    });
  }
  return { ok: true, value: toImported(parsed.data), warnings };
}

function fail(path: string, message: string): ParseDraftResult {
  return { ok: false, errors: [{ path, message }] };
}

function field(f: FileField): Field {
  const out: Field = {
    key: f.key,
    label: f.label,
    type: f.type,
    read_only: f.read_only,
    custom: f.custom ?? true,
  };
  if (f.unique !== undefined) out.unique = f.unique;
  if (f.options !== undefined) out.options = [...f.options];
  return out;
}

function toImported(file: DraftFile): ImportedDraft {
  return {
    name: file.name,
    base_url: file.domain,
    config: {
      // The file holds each webhook in the contract's shape, so the same conversion as a pull applies.
      profile: webhookFromContent(file.profile, 'profile', null),
      location: webhookFromContent(file.location, 'location', null),
      security: { oauth: file.security.oauth ? { ...file.security.oauth } : null },
      jit_provisioning: file.jit_provisioning,
    },
    custom_fields: {
      profile: file.custom_fields.profile.map(field),
      location: file.custom_fields.location.map(field),
    },
    format_version: file.format_version,
    base: { profile: file.base?.profile ?? null, location: file.base?.location ?? null },
    ...(file.api_description ? { api_description: file.api_description } : {}),
  };
}

export { applyImport } from './apply-import';
