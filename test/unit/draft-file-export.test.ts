import { describe, expect, it } from 'vitest';
import { exportDraft, slugify } from '../../shared/draft-file/export-draft';
import { DRAFT_SCHEMA_URL } from '../../shared/draft-file/format';
import { makeLargeDraft } from '../fixtures/large-draft';
import { validDraft } from './validation-fixture';

describe('exportDraft', () => {
  it('names the file after the draft', () => {
    const draft = validDraft();
    expect(exportDraft(draft).fileName).toBe('acme-production.webhook.json');
    expect(slugify('Acme Produktion (EU) — Zürich')).toBe('acme-produktion-eu-zurich');
    expect(slugify('***')).toBe('draft');
    expect(slugify('x'.repeat(200))).toHaveLength(60);
  });

  it('writes pretty JSON with a trailing newline and keys in a stable order', () => {
    const { text } = exportDraft(validDraft());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format_version": 2,\n');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual([
      '$schema',
      'format_version',
      'name',
      'domain',
      'profile',
      'location',
      'security',
      'jit_provisioning',
      'custom_fields',
    ]);
    expect(file.$schema).toBe(DRAFT_SCHEMA_URL);
    expect(file.domain).toBe('https://acme.mangoapps.com');
  });

  it('uses the contract wire shape, with the identifier key of each webhook', () => {
    const file = JSON.parse(exportDraft(validDraft()).text) as {
      profile: unknown;
      location: { incoming: { input_parameters: unknown[] } };
    };
    expect(file.profile).toEqual({
      outgoing: {
        triggers: ['create_user', 'update_user_profile'],
        post_url: 'https://hr.example.com/hooks/mangoapps',
        request_parameters: [
          { api_field: 'employeeNumber', mangoapps_field: 'employee_id' },
          { api_field: 'email', mangoapps_field: 'email' },
          { api_field: 'firstName', mangoapps_field: 'first_name' },
        ],
        response_parameters: [{ api_field: 'workerId', mangoapps_field: 'custom_hris_id' }],
      },
      incoming: {
        input_parameters: [
          { api_field: 'employeeNumber', mangoapps_field: 'employee_id', user_identifier: true },
          { api_field: 'jobTitle', mangoapps_field: 'title', user_identifier: false },
        ],
      },
    });
    expect(file.location.incoming.input_parameters).toEqual([
      { api_field: 'siteCode', mangoapps_field: 'location_id', location_identifier: true },
    ]);
  });

  it('leaves out row ids, notify URLs, the remote base and account details', () => {
    const draft = validDraft();
    draft.config.profile.incoming.notify_url =
      'https://acme.mangoapps.com/api/webhooks/profile/notify/6f1c0e.json';
    const text = exportDraft(draft).text;
    for (const row of draft.config.profile.outgoing.request_parameters) expect(text).not.toContain(row.id);
    expect(text).not.toContain('notify');
    expect(text).not.toMatch(/"id"|password|remote|created_at|updated_at/);
  });

  it('exports only custom fields, without the implied custom flag', () => {
    const file = JSON.parse(exportDraft(validDraft()).text) as { custom_fields: unknown; security: unknown };
    expect(file.custom_fields).toEqual({
      profile: [{ key: 'custom_hris_id', label: 'HRIS ID', type: 'string', read_only: false, unique: true }],
      location: [],
    });
    expect(file.security).toEqual({
      oauth: { token_url: 'https://hr.example.com/oauth/token', username: 'mango-sync' },
    });
  });

  it('writes oauth null when OAuth is off', () => {
    const draft = validDraft();
    draft.config.security.oauth = null;
    expect(exportDraft(draft).text).toContain('"security": {\n    "oauth": null\n  }');
  });

  it('is deterministic', () => {
    expect(exportDraft(makeLargeDraft(50)).text).toBe(exportDraft(makeLargeDraft(50)).text);
  });
});
