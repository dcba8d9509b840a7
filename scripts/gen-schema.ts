/**
 * Writes schema/draft-2.schema.json from the zod schema of draft files (`npx tsx scripts/gen-schema.ts`).
 * With --check it writes nothing and fails when the committed schema is stale (for CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftJsonSchemaText } from '../shared/draft-file/json-schema';

const target = fileURLToPath(new URL('../schema/draft-2.schema.json', import.meta.url));
const text = draftJsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('schema/draft-2.schema.json is stale: run npx tsx scripts/gen-schema.ts');
    process.exit(1);
  }
  console.log('schema/draft-2.schema.json is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
