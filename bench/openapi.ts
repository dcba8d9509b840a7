/**
 * API description benchmarks (issue 11): importing a 5 MB description (target < 2 s, in its worker as
 * the app does it), an API Field suggestion lookup in a 2,000-property schema (< 5 ms) and checking a
 * 1,000-row draft against the description (< 20 ms). `npx tsx bench/openapi.ts`.
 */
import { fileURLToPath } from 'node:url';
import { loadDescription } from '../electron/services/openapi/load-description';
import { loadInWorker } from '../electron/services/openapi/run-load';
import { checkDraftAgainstDescription } from '../shared/openapi/check-draft';
import { suggestRequestFields } from '../shared/openapi/suggest';
import type { ApiIndex } from '../shared/openapi/types';
import { bigDescription, draftWithRows } from './openapi-data';
import { fmt, median } from './stats';

/** The targets, in milliseconds. */
export const TARGETS = { import: 2_000, suggest: 5, check: 20 } as const;

function times(n: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const verdict = (ms: number, target: number) =>
  ms < target ? `(target < ${target} ms)` : `MISSED (target < ${target} ms)`;

/** Runs the three measurements and returns the lines to print. */
export async function run(): Promise<{ lines: string[]; ok: boolean }> {
  const text = bigDescription(5 * 1024 * 1024);
  const mb = fmt(Buffer.byteLength(text) / 1048576, 1);
  const imports: number[] = [];
  let index: ApiIndex | null = null;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const result = await loadInWorker({ text });
    imports.push(performance.now() - t);
    if (!result.ok) throw new Error(`the generated description did not load: ${result.errors[0]?.message}`);
    index = result.index;
  }
  const inProcess = performance.now();
  await loadDescription({ text });
  const inProcessMs = performance.now() - inProcess;
  const op = index!.operations.find((o) => o.key === 'POST /employees') ?? null;
  const queries = ['field_1', 'FIELD_19', 'number', 'zzz', 'field_1999'];
  times(200, () => queries.forEach((q) => suggestRequestFields(op, q)));
  const suggest = median(times(500, () => suggestRequestFields(op, queries[0] as string)));
  const draft = draftWithRows(1_000);
  const ix = index!;
  times(20, () => checkDraftAgainstDescription({ ...draft, config: { ...draft.config } }, ix));
  const check = median(
    times(100, () => checkDraftAgainstDescription({ ...draft, config: { ...draft.config } }, ix)),
  );
  const importMs = median(imports);
  return {
    ok: importMs < TARGETS.import && suggest < TARGETS.suggest && check < TARGETS.check,
    lines: [
      `import ${mb} MB description (worker)  median ${fmt(importMs, 0)} ms of 3  ${verdict(importMs, TARGETS.import)}  [first, cold worker ${fmt(imports[0] ?? 0, 0)} ms; in-process ${fmt(inProcessMs, 0)} ms; ${ix.operations.length} operations]`,
      `suggestion lookup, 2,000 properties   median ${fmt(suggest, 3)} ms  ${verdict(suggest, TARGETS.suggest)}`,
      `check 1,000-row draft                 median ${fmt(check, 2)} ms  ${verdict(check, TARGETS.check)}  [100 unknown fields with "did you mean"]`,
    ],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await run();
  for (const line of result.lines) console.log(line);
  if (!result.ok) process.exitCode = 1;
}
