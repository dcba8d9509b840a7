import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// ajv comes with conf (a dependency); it checks the published schema with a real JSON Schema validator.
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { exportDraft } from '../../shared/draft-file/export-draft';
import { DRAFT_SCHEMA_URL } from '../../shared/draft-file/format';
import { draftJsonSchema, draftJsonSchemaText } from '../../shared/draft-file/json-schema';
import { makeLargeDraft } from '../fixtures/large-draft';
import { editJson } from './json-edit';
import { validDraft } from './validation-fixture';

const committed = readFileSync(
  fileURLToPath(new URL('../../schema/draft-2.schema.json', import.meta.url)),
  'utf8',
);

describe('schema/draft-2.schema.json', () => {
  it('is what the zod schema generates (run `npx tsx scripts/gen-schema.ts` when this fails)', () => {
    expect(committed).toBe(draftJsonSchemaText());
  });

  it('has the $id that exports name in $schema', () => {
    const schema = JSON.parse(committed) as Record<string, unknown>;
    expect(schema.$id).toBe(DRAFT_SCHEMA_URL);
    expect(JSON.parse(exportDraft(validDraft()).text).$schema).toBe(schema.$id);
  });

  it('accepts exports and refuses what the importer refuses', () => {
    const validate = new Ajv2020({ strict: false }).compile(draftJsonSchema());
    expect(validate(JSON.parse(exportDraft(validDraft()).text))).toBe(true);
    expect(validate(JSON.parse(exportDraft(makeLargeDraft(200)).text))).toBe(true);
    expect(validate({ format_version: 1, name: 'short' })).toBe(true);
    expect(
      validate({ format_version: 2, name: 'x', base: { profile: { version: 3, fingerprint: 'sha256:1' } } }),
    ).toBe(false);

    const file = editJson(JSON.parse(exportDraft(validDraft()).text), { 'security.oauth.password': 'x' });
    expect(validate(file)).toBe(false);
    expect(validate({ format_version: 3, name: 'x' })).toBe(false);
    expect(
      validate({ format_version: 1, name: 'x', profile: { outgoing: { triggers: ['delete_location'] } } }),
    ).toBe(false);
  });
});
