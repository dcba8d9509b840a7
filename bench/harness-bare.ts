import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { buildRequestBody } from '../shared/mapping';
import type { Sample } from '../shared/samples';
import { benchWebhook, CATALOGUE } from './harness-data';

/** The same request bodies the harness sends, prepared up front so the loop does nothing but HTTP. */
export function prepareBodies(samples: readonly Sample[], url: string): string[] {
  const webhook = benchWebhook(url);
  return samples.map((s) => JSON.stringify(buildRequestBody(webhook, s.fields, CATALOGUE)));
}

/**
 * The practical limit: a bare keep-alive loop on Node's own client at a fixed concurrency, sending the
 * same bodies and contract headers, reading each answer in full and nothing more. Returns elapsed ms.
 */
export async function bareLoop(url: string, bodies: readonly string[], concurrency: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
  const target = new URL(url);
  let next = 0;
  const one = (body: string) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(target, {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'X-MangoApps-Event': 'create_user',
          'X-MangoApps-Delivery': randomUUID(),
        },
      });
      req.on('error', reject);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          JSON.parse(Buffer.concat(chunks).toString('utf8'));
          resolve();
        });
        res.on('error', reject);
      });
      req.end(body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < bodies.length) await one(bodies[next++] as string);
    }),
  );
  const ms = performance.now() - started;
  agent.destroy();
  return ms;
}
