import { describe, expect, it } from 'vitest';
import { applyImport } from '../../shared/draft-file/apply-import';
import { exportDraft } from '../../shared/draft-file/export-draft';
import { DRAFT_SCHEMA_URL } from '../../shared/draft-file/format';
import { parseDraftFile, type ImportedDraft } from '../../shared/draft-file/import-draft';
import type { DomainDraft, WebhookConfig } from '../../shared/model/draft';
import { newDraft } from '../../shared/model/draft';
import { makeLargeDraft } from '../fixtures/large-draft';
import { editJson } from './json-edit';
import { validDraft } from './validation-fixture';

const LATER = '2026-12-01T08:00:00.000Z';

/** A config with row ids blanked, so configs compare modulo ids. */
function withoutIds(config: WebhookConfig): unknown {
  return JSON.parse(JSON.stringify(config, (k, v: unknown) => (k === 'id' ? undefined : v)));
}

function imported(text: string): ImportedDraft {
  const result = parseDraftFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Export a draft, change the file as an admin would by hand (path → value), and parse it. */
function edit(changes: Record<string, unknown>) {
  const file = editJson(JSON.parse(exportDraft(validDraft()).text), changes);
  return parseDraftFile(JSON.stringify(file, null, 2));
}

describe('round trip', () => {
  it.each([
    ['the small draft', validDraft],
    ['the large draft', () => makeLargeDraft(1000)],
  ])('%s: export, parse and apply give the same config back (modulo row ids)', (_name, make) => {
    const draft: DomainDraft = make();
    draft.config.profile.incoming.notify_url =
      'https://acme.mangoapps.com/api/webhooks/profile/notify/abc.json';
    const result = parseDraftFile(exportDraft(draft).text);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    const back = applyImport(draft, imported(exportDraft(draft).text), LATER);
    expect(withoutIds(back.config)).toEqual(withoutIds(draft.config));
    expect(back.catalogue).toEqual(draft.catalogue);
    expect(exportDraft(back).text).toBe(exportDraft(draft).text);
  });

  it('keeps the draft values a file cannot express: odd but legal rows and empty URLs', () => {
    const draft = validDraft();
    draft.config.profile.outgoing.request_parameters[0]!.api_field = ' spaced ';
    draft.config.profile.outgoing.request_parameters[1]!.mangoapps_field = '';
    draft.config.location.outgoing.post_url = '';
    const back = applyImport(draft, imported(exportDraft(draft).text), LATER);
    expect(withoutIds(back.config)).toEqual(withoutIds(draft.config));
  });
});

describe('parseDraftFile', () => {
  it('gives every row a fresh id and leaves notify URLs to the domain', () => {
    const value = imported(exportDraft(validDraft()).text);
    const ids = [
      ...value.config.profile.outgoing.request_parameters,
      ...value.config.profile.outgoing.response_parameters,
      ...value.config.profile.incoming.input_parameters,
      ...value.config.location.outgoing.request_parameters,
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(value.config.profile.incoming.notify_url).toBeNull();
    expect(value.custom_fields.profile[0]).toMatchObject({
      key: 'custom_hris_id',
      custom: true,
      unique: true,
    });
  });

  it('accepts a short hand-written file: missing sections are empty, $schema is optional', () => {
    const result = parseDraftFile('{ "format_version": 1, "name": "sandbox" }');
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) return;
    expect(result.value.base_url).toBe('');
    expect(result.value.config.profile.outgoing).toEqual({
      triggers: [],
      post_url: '',
      request_parameters: [],
      response_parameters: [],
    });
    expect(result.value.config.security.oauth).toBeNull();
  });

  it('accepts a BOM at the start', () => {
    expect(parseDraftFile(`\uFEFF${exportDraft(validDraft()).text}`).ok).toBe(true);
  });

  it('tolerates a different $schema with a warning', () => {
    const result = edit({ $schema: 'https://example.com/other.json' });
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ path: '$schema', message: expect.stringContaining(`not "${DRAFT_SCHEMA_URL}"`) }],
    });
  });

  it('reports every bad field at its path, in plain words', () => {
    const result = edit({
      name: '',
      'profile.outgoing.triggers': ['create_user', 'create_location'],
      'profile.outgoing.post_url': 42,
      'profile.outgoing.request_parameters[1].mangoapps_field': undefined,
      'profile.outgoing.request_parameters[2].api_field': null,
      'profile.outgoing.request_parameters[2].id': 'r3',
      'profile.incoming.input_parameters[0].user_identifier': 'yes',
      'profile.incoming.notify_url': 'https://acme.mangoapps.com/notify',
      'location.incoming.input_parameters[0].user_identifier': true,
      'custom_fields.profile[0].type': 'text',
      jit_provisioning: 'no',
      extra: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'name', message: 'must not be empty' },
      {
        path: 'profile.outgoing.triggers[1]',
        message:
          'the text "create_location" is not one of create_user, update_user_profile, activate_deactivate_user',
      },
      { path: 'profile.outgoing.post_url', message: 'must be text, not the number 42' },
      { path: 'profile.outgoing.request_parameters[1].mangoapps_field', message: 'is required' },
      { path: 'profile.outgoing.request_parameters[2].api_field', message: 'must be text, not null' },
      {
        path: 'profile.outgoing.request_parameters[2].id',
        message: 'row ids are local to Webhook Studio and are not part of a draft file; remove it',
      },
      {
        path: 'profile.incoming.input_parameters[0].user_identifier',
        message: 'must be true or false, not the text "yes"',
      },
      {
        path: 'profile.incoming.notify_url',
        message: 'the notify URL is issued by the domain and is not part of a draft file; remove it',
      },
      {
        path: 'location.incoming.input_parameters[0].user_identifier',
        message: 'unknown field "user_identifier"',
      },
      { path: 'jit_provisioning', message: 'must be true or false, not the text "no"' },
      {
        path: 'custom_fields.profile[0].type',
        message: 'the text "text" is not one of string, email, phone, date, boolean, enum, user',
      },
      { path: 'extra', message: 'unknown field "extra"' },
    ]);
  });

  it('reports a duplicate custom field key and a key that is not snake_case', () => {
    const result = edit({
      'custom_fields.profile[1]': { key: 'custom_hris_id', label: 'Again', type: 'string' },
      'custom_fields.location[0]': { key: 'Site Code', label: 'Site', type: 'string' },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'custom_fields.profile[1].key', message: 'key "custom_hris_id" is already used by field 1' },
        {
          path: 'custom_fields.location[0].key',
          message: 'key must be snake_case: lower-case letters, digits and _',
        },
      ],
    });
  });

  it('requires format_version and a JSON object', () => {
    expect(edit({ format_version: undefined })).toEqual({
      ok: false,
      errors: [{ path: 'format_version', message: 'is required' }],
    });
    expect(edit({ format_version: '1' })).toEqual({
      ok: false,
      errors: [{ path: 'format_version', message: 'the text "1" is not one of 1, 2' }],
    });
    expect(parseDraftFile('[]')).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message: 'The file does not hold a Webhook Studio draft (expected a JSON object { … }).',
        },
      ],
    });
    expect(parseDraftFile('  \n')).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file is empty.' }],
    });
  });

  it('refuses a file from a newer Webhook Studio, before checking its fields', () => {
    const result = edit({ format_version: 3, 'profile.outgoing.fancy_new_thing': true });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'format_version',
          message:
            'This file was made by a newer Webhook Studio (format version 3); this version reads format version 2. Update Webhook Studio to import it.',
        },
      ],
    });
  });

  it('refuses a file holding a password, wherever it is', () => {
    const under = edit({ 'security.oauth.password': 'hunter2' });
    expect(under).toEqual({
      ok: false,
      errors: [
        { path: 'security.oauth.password', message: expect.stringMatching(/^This file contains a password/) },
      ],
    });
    const elsewhere = edit({ 'security.Password': 'x', 'profile.outgoing.client_secret': 'y' });
    expect(elsewhere.ok ? [] : elsewhere.errors.map((e) => e.path)).toEqual([
      'profile.outgoing.client_secret',
      'security.Password',
    ]);
    // The word in a value is fine: only keys hold secrets.
    expect(edit({ 'profile.outgoing.request_parameters[0].api_field': 'password' }).ok).toBe(true);
  });

  it('lists at most 100 problems', () => {
    const rows = Array.from({ length: 150 }, () => ({ api_field: 1, mangoapps_field: 'email' }));
    const text = JSON.stringify({
      format_version: 1,
      name: 'x',
      profile: { outgoing: { request_parameters: rows } },
    });
    const result = parseDraftFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(101);
    expect(result.errors[100]).toEqual({ path: '', message: '… and 50 more problems.' });
  });

  it('does not overflow the stack on deeply nested input', () => {
    const deep = `{"format_version":1,"name":"x","extra":${'['.repeat(20000)}${']'.repeat(20000)}}`;
    expect(parseDraftFile(deep)).toEqual({
      ok: false,
      errors: [{ path: 'extra', message: 'unknown field "extra"' }],
    });
  });
});

describe('applyImport', () => {
  it('keeps the draft identity, notify URLs and remote base; replaces the config; sets updated_at', () => {
    const draft = newDraft(
      'd9',
      'acme sandbox',
      'https://acme-sandbox.mangoapps.com',
      '2026-01-01T00:00:00.000Z',
    );
    draft.config.profile.incoming.notify_url = 'https://acme-sandbox.mangoapps.com/notify/p.json';
    draft.config.location.incoming.notify_url = 'https://acme-sandbox.mangoapps.com/notify/l.json';
    const source = validDraft();
    const next = applyImport(draft, imported(exportDraft(source).text), LATER);
    expect(next).toMatchObject({
      id: 'd9',
      name: 'acme sandbox',
      base_url: 'https://acme-sandbox.mangoapps.com',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: LATER,
    });
    expect(next.config.profile.incoming.notify_url).toBe('https://acme-sandbox.mangoapps.com/notify/p.json');
    expect(next.config.location.incoming.notify_url).toBe('https://acme-sandbox.mangoapps.com/notify/l.json');
    const sameButNotify = withoutIds(source.config) as WebhookConfig;
    sameButNotify.profile.incoming.notify_url = draft.config.profile.incoming.notify_url;
    sameButNotify.location.incoming.notify_url = draft.config.location.incoming.notify_url;
    expect(withoutIds(next.config)).toEqual(sameButNotify);
    expect(draft.config.profile.outgoing.request_parameters).toEqual([]); // the input draft is not mutated
  });

  it('fills an empty domain URL from the file', () => {
    const draft = newDraft('d9', 'new', '', LATER);
    expect(applyImport(draft, imported(exportDraft(validDraft()).text), LATER).base_url).toBe(
      'https://acme.mangoapps.com',
    );
  });

  it('merges custom fields by key, the imported one winning, new ones appended', () => {
    const draft = validDraft();
    draft.catalogue.profile.find((f) => f.key === 'custom_hris_id')!.label = 'Old label';
    draft.catalogue.profile.push({
      key: 'custom_local',
      label: 'Local',
      type: 'string',
      read_only: false,
      custom: true,
    });
    const file = JSON.parse(exportDraft(validDraft()).text) as {
      custom_fields: { profile: object[]; location: object[] };
    };
    file.custom_fields.profile.push({
      key: 'custom_region',
      label: 'Region',
      type: 'enum',
      options: ['EU', 'US'],
    });
    file.custom_fields.location.push({
      key: 'custom_site_code',
      label: 'Site Code',
      type: 'string',
      unique: true,
    });
    const next = applyImport(draft, imported(JSON.stringify(file)), LATER);
    const keys = next.catalogue.profile.map((f) => f.key);
    expect(keys.slice(-3)).toEqual(['custom_hris_id', 'custom_local', 'custom_region']);
    expect(keys.filter((k) => k === 'custom_hris_id')).toHaveLength(1);
    expect(next.catalogue.profile.find((f) => f.key === 'custom_hris_id')?.label).toBe('HRIS ID');
    expect(next.catalogue.profile.at(-1)).toEqual({
      key: 'custom_region',
      label: 'Region',
      type: 'enum',
      read_only: false,
      custom: true,
      options: ['EU', 'US'],
    });
    expect(next.catalogue.location.at(-1)).toMatchObject({
      key: 'custom_site_code',
      unique: true,
      custom: true,
    });
    expect(next.catalogue.source).toBe(draft.catalogue.source);
  });
});
