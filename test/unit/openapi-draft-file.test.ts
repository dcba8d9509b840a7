import { describe, expect, it } from 'vitest';
import { exportDraft } from '../../shared/draft-file/export-draft';
import { parseDraftFile } from '../../shared/draft-file/import-draft';
import { newDraft } from '../../shared/model/draft';

const fingerprint = `sha256:${'a'.repeat(64)}`;

describe('a draft file refers to its API description', () => {
  it('exports the reference (and the text when embedded) and reads it back', () => {
    const draft = newDraft('d1', 'acme', 'https://acme.mangoapps.com', '2026-01-01T00:00:00Z');
    const ref = {
      source: 'specs/hr.yaml',
      fingerprint,
      operations: { profile: 'POST /employees' },
      embedded: 'openapi: 3.0.3\n',
    };
    const { text } = exportDraft(draft, ref);
    const parsed = parseDraftFile(text);
    expect(parsed).toMatchObject({ ok: true, value: { api_description: ref } });
    expect(JSON.parse(exportDraft(draft).text)).not.toHaveProperty('api_description');
  });
  it('an embedded description holding a "password" property is not mistaken for a secret', () => {
    const draft = newDraft('d1', 'acme', '', '2026-01-01T00:00:00Z');
    const embedded = JSON.stringify({
      components: { schemas: { User: { properties: { password: { type: 'string' } } } } },
    });
    expect(parseDraftFile(exportDraft(draft, { source: 'x.json', embedded }).text).ok).toBe(true);
  });
  it('a malformed reference is reported at its field', () => {
    const file = {
      format_version: 1,
      name: 'acme',
      api_description: { source: 'x.json', fingerprint: 'md5:1' },
    };
    expect(parseDraftFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      errors: [{ path: 'api_description.fingerprint', message: expect.stringMatching(/sha256/) }],
    });
  });
});
