/**
 * Writes schema/routes-1.schema.json from the zod schema of receiver routes files
 * (`npx tsx scripts/gen-routes-schema.ts`). With --check it writes nothing and fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routesJsonSchemaText } from '../shared/routes-file/json-schema';

const target = fileURLToPath(new URL('../schema/routes-1.schema.json', import.meta.url));
const text = routesJsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('schema/routes-1.schema.json is stale: run npx tsx scripts/gen-routes-schema.ts');
    process.exit(1);
  }
  console.log('schema/routes-1.schema.json is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
