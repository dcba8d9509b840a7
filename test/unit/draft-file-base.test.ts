import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentFromDraft } from '../../shared/domain-api/webhook-content';
import { exportDraft } from '../../shared/draft-file/export-draft';
import { contentFingerprint, sha256Hex } from '../../shared/draft-file/fingerprint';
import { applyImport, parseDraftFile } from '../../shared/draft-file/import-draft';
import { newDraft } from '../../shared/model/draft';
import { validateDraft } from '../../shared/validation/validate-draft';
import { inputRow, validDraft } from './validation-fixture';

function pulledDraft() {
  const draft = validDraft();
  const at = '2026-11-20T10:00:00Z';
  const base = (kind: 'profile' | 'location', version: number) => ({
    version,
    updated_at: at,
    updated_by: 'Bea Admin',
    synced_at: at,
    content: contentFromDraft(draft.config, kind),
  });
  draft.remote = { profile: base('profile', 12), location: base('location', 3) };
  return draft;
}

describe('draft files carry their base (format 2)', () => {
  it('hashes like SHA-256', () => {
    for (const s of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'é€😀'.repeat(50)])
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s).digest('hex'));
  });

  it('exports the base version and a fingerprint per webhook, without secrets or notify URLs', () => {
    const draft = pulledDraft();
    draft.config.profile.incoming.notify_url =
      'https://acme.mangoapps.com/api/webhooks/profile/notify/s3cr3t.json';
    const { text } = exportDraft(draft);
    const file = JSON.parse(text) as { format_version: number; base: Record<string, unknown> };
    expect(file.format_version).toBe(2);
    expect(file.base).toEqual({
      profile: { version: 12, fingerprint: contentFingerprint('profile', draft.remote!.profile!.content) },
      location: { version: 3, fingerprint: contentFingerprint('location', draft.remote!.location!.content) },
    });
    expect(text).not.toContain('s3cr3t');
    const parsed = parseDraftFile(text);
    expect(parsed.ok && parsed.value.base).toEqual(file.base);
  });

  it('a fingerprint differs between the two kinds and between contents', () => {
    const draft = pulledDraft();
    const profile = draft.remote!.profile!.content;
    expect(contentFingerprint('profile', profile)).not.toBe(contentFingerprint('location', profile));
    const moved = { ...profile, outgoing: { ...profile.outgoing, post_url: 'https://x.example.com' } };
    expect(contentFingerprint('profile', profile)).not.toBe(contentFingerprint('profile', moved));
    expect(contentFingerprint('profile', profile)).toMatch(/^sha256:[0-9a-f]{32}$/);
  });

  it('reads format 1 files, which have no base', () => {
    const parsed = parseDraftFile(
      JSON.stringify({
        $schema: 'https://webhook-studio.app/schemas/draft-1.json',
        format_version: 1,
        name: 'x',
      }),
    );
    expect(parsed).toMatchObject({
      ok: true,
      warnings: [],
      value: { format_version: 1, base: { profile: null, location: null } },
    });
  });

  it('refuses a malformed base, naming the field', () => {
    const parsed = parseDraftFile(
      JSON.stringify({
        format_version: 2,
        name: 'x',
        base: { profile: { version: -1, fingerprint: 'abc' } },
      }),
    );
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((e) => e.path)).toEqual([
      'base.profile.version',
      'base.profile.fingerprint',
    ]);
  });

  it('carries catalogue fields the built-in list lacks, so offline validation agrees with the domain', () => {
    const draft = validDraft();
    draft.catalogue.location.push({
      key: 'location_code',
      label: 'Location Code',
      type: 'string',
      read_only: false,
      custom: false,
      unique: true,
    });
    draft.config.location.incoming.input_parameters = [inputRow('code', 'location_code', true)];
    expect(validateDraft(draft).filter((p) => p.severity === 'error')).toEqual([]);
    const parsed = parseDraftFile(exportDraft(draft).text);
    if (!parsed.ok) throw new Error('export did not parse');
    const fresh = applyImport(
      newDraft('x', 'x', '', '2026-01-01T00:00:00Z'),
      parsed.value,
      '2026-01-01T00:00:00Z',
    );
    expect(fresh.catalogue.location.find((f) => f.key === 'location_code')).toMatchObject({
      custom: false,
      unique: true,
    });
    expect(validateDraft(fresh).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
