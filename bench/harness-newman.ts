import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface NewmanSummary {
  run: { failures: unknown[]; stats: { requests: { total: number; failed: number } } };
}
interface Newman {
  run(
    options: Record<string, unknown>,
    callback: (error: Error | null, summary: NewmanSummary) => void,
  ): unknown;
}

/** What the newman reference measured, or why it could not run. */
export type NewmanResult = { ok: true; ms: number; requests: number } | { ok: false; reason: string };

/**
 * Sends the same requests with newman (Postman's runner) through its Node API: a Postman v2.1 collection
 * with one POST per body is written to a temp dir and run once. newman sends one request at a time.
 */
export async function runNewman(url: string, bodies: readonly string[]): Promise<NewmanResult> {
  let newman: Newman;
  try {
    newman = createRequire(import.meta.url)('newman') as Newman;
  } catch (error) {
    return { ok: false, reason: `newman is not installed (${(error as Error).message})` };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'harness-newman-'));
  const file = writeCollection(dir, url, bodies);
  try {
    const started = performance.now();
    const summary = await new Promise<NewmanSummary>((resolve, reject) => {
      newman.run({ collection: file, reporters: [], timeoutRequest: 10_000 }, (error, s) =>
        error ? reject(error) : resolve(s),
      );
    });
    const ms = performance.now() - started;
    const stats = summary.run.stats.requests;
    if (stats.failed > 0)
      return { ok: false, reason: `${stats.failed} of ${stats.total} newman requests failed` };
    return { ok: true, ms, requests: stats.total };
  } catch (error) {
    return { ok: false, reason: `newman could not run: ${(error as Error).message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Postman v2.1 collection with one POST per body, as MangoApps sends them; returns its path. */
export function writeCollection(dir: string, url: string, bodies: readonly string[]): string {
  const file = path.join(dir, 'deliveries.postman_collection.json');
  const collection = {
    info: {
      name: 'Webhook Studio deliveries',
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    item: bodies.map((body, i) => ({
      name: `delivery ${i + 1}`,
      request: {
        method: 'POST',
        url,
        header: [
          { key: 'Content-Type', value: 'application/json' },
          { key: 'Accept', value: 'application/json' },
          { key: 'X-MangoApps-Event', value: 'create_user' },
          { key: 'X-MangoApps-Delivery', value: '{{$guid}}' },
        ],
        body: { mode: 'raw', raw: body },
      },
    })),
  };
  writeFileSync(file, JSON.stringify(collection));
  return file;
}
