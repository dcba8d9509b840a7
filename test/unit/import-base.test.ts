import { describe, expect, it } from 'vitest';
import { contentFromDraft } from '../../shared/domain-api/webhook-content';
import { applyImport, baseNotAdopted } from '../../shared/draft-file/apply-import';
import { exportDraft } from '../../shared/draft-file/export-draft';
import { contentFingerprint } from '../../shared/draft-file/fingerprint';
import { parseDraftFile, type ImportedDraft } from '../../shared/draft-file/import-draft';
import type { DomainDraft } from '../../shared/model/draft';
import { validDraft } from './validation-fixture';

const AT = '2026-12-01T10:00:00Z';

/** A draft of https://acme.mangoapps.com pulled at profile version 12 and location version 3. */
function pulled(): DomainDraft {
  const draft = { ...validDraft(), base_url: 'https://acme.mangoapps.com' };
  const base = (kind: 'profile' | 'location', version: number) => ({
    version,
    updated_at: AT,
    updated_by: 'Bea Admin',
    synced_at: AT,
    content: contentFromDraft(draft.config, kind),
  });
  return { ...draft, remote: { profile: base('profile', 12), location: base('location', 3) } };
}

/** The draft exported and read back, with `edit` made to the file in between. */
function file(
  draft: DomainDraft,
  edit: (f: Record<string, unknown>) => void = () => undefined,
): ImportedDraft {
  const json = JSON.parse(exportDraft(draft).text) as Record<string, unknown>;
  edit(json);
  const parsed = parseDraftFile(JSON.stringify(json));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const later = { version: 14, fingerprint: `sha256:${'ab'.repeat(16)}` };

describe('an imported file brings its base', () => {
  it('a file of this domain on another base: its base becomes the draft’s, until a pull or publish', () => {
    const draft = pulled();
    const imported = file(draft, (f) => ((f.base as Record<string, unknown>).profile = later));
    const next = applyImport(draft, imported, AT);
    expect(next.file_base).toEqual({ profile: later, location: null });
    // The base the draft keeps for the location webhook is the file's own: nothing to take.
    expect(next.remote).toEqual(draft.remote);
    expect(JSON.parse(exportDraft(next).text).base).toEqual({
      profile: later,
      location: { version: 3, fingerprint: contentFingerprint('location', draft.remote!.location!.content) },
    });
    expect(baseNotAdopted(draft, imported)).toBeNull();
  });

  it('a file on the draft’s own base changes nothing; a format 1 file keeps the base already taken', () => {
    const draft = pulled();
    expect(applyImport(draft, file(draft), AT).file_base).toBeUndefined();
    const taken = applyImport(
      draft,
      file(draft, (f) => ((f.base as Record<string, unknown>).profile = later)),
      AT,
    );
    const v1 = file(taken, (f) => {
      delete f.base;
      f.format_version = 1;
      delete f.$schema;
    });
    expect(applyImport(taken, v1, AT).file_base).toEqual({ profile: later, location: null });
  });

  it('a file from another domain does not bring its base, and the import says so', () => {
    const draft = pulled();
    const other = file(draft, (f) => {
      f.domain = 'https://sandbox.mangoapps.com';
      (f.base as Record<string, unknown>).profile = later;
    });
    expect(applyImport(draft, other, AT).file_base).toBeUndefined();
    expect(baseNotAdopted(draft, other)).toMatch(
      /base on https:\/\/sandbox\.mangoapps\.com, not on this domain \(https:\/\/acme\.mangoapps\.com\).*not taken/,
    );
  });
});
