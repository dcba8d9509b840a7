/**
 * Writes every published JSON Schema in schema/ from its zod schema (`npx tsx scripts/gen-schema.ts`):
 * draft files and receiver routes files. With --check it writes nothing and fails when one is stale (for CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftJsonSchemaText } from '../shared/draft-file/json-schema';
import { routesJsonSchemaText } from '../shared/routes-file/json-schema';

const SCHEMAS: { file: string; text: () => string }[] = [
  { file: 'draft-2.schema.json', text: draftJsonSchemaText },
  { file: 'routes-1.schema.json', text: routesJsonSchemaText },
];

let stale = 0;
for (const { file, text } of SCHEMAS) {
  const target = fileURLToPath(new URL(`../schema/${file}`, import.meta.url));
  if (!process.argv.includes('--check')) {
    writeFileSync(target, text());
    console.log(`wrote ${target}`);
    continue;
  }
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current === text()) console.log(`schema/${file} is up to date`);
  else {
    console.error(`schema/${file} is stale: run npx tsx scripts/gen-schema.ts`);
    stale++;
  }
}
process.exitCode = stale ? 1 : 0;
