import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'whs-receiver-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real command as a user starts it, in its own process. */
function start(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'cli/webhook-studio.ts', 'receiver', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
  });
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('webhook-studio receiver', () => {
  it('prints its URL and each delivery, serves its token endpoint, and stops cleanly on Ctrl+C', async () => {
    const routes = path.join(dir, 'routes.json');
    writeFileSync(
      routes,
      JSON.stringify({
        format_version: 1,
        routes: [{ method: 'POST', path: '/hooks', body: { id: 'W-{{n}}' } }],
      }),
    );
    const child = start(['--routes', routes, '--token-endpoint', '--json'], {
      WEBHOOK_STUDIO_RECEIVER_USERNAME: 'hr-sync',
      WEBHOOK_STUDIO_RECEIVER_PASSWORD: 'local-only-pw',
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const first = JSON.parse(String((await lines.next()).value)) as { listening: string };
    expect(first.listening).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const answer = await fetch(`${first.listening}/hooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc' },
      body: JSON.stringify({ n: 7 }),
    });
    expect(await answer.json()).toEqual({ id: 'W-7' });
    const delivery = JSON.parse(String((await lines.next()).value)) as Record<string, unknown>;
    expect(delivery).toMatchObject({ method: 'POST', path: '/hooks', body: '{"n":7}', status: 200 });
    expect((delivery.headers as Record<string, string>).authorization).toBe('Bearer •••');

    // A path without a route: the answer says how to add one from the command line.
    const unrouted = (await (
      await fetch(`${first.listening}/elsewhere`, { method: 'POST', body: '{}' })
    ).json()) as { message: string; add_route: string };
    expect(unrouted.message).toBe(
      'The local receiver has no route for POST /elsewhere. Add one to a routes file given with --routes to script its answer.',
    );
    expect(unrouted.add_route).toBe('add one to a routes file given with --routes');
    await lines.next();

    const token = await fetch(`${first.listening}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=hr-sync&password=local-only-pw',
    });
    expect(token.status).toBe(200);

    child.kill('SIGINT');
    expect(await exited(child)).toBe(0);
    expect(stderr).toContain('Receiver stopped.');
    await expect(fetch(`${first.listening}/hooks`)).rejects.toThrow();
  });

  it('refuses a routes file that fails its schema, by JSON path, and starts nothing', async () => {
    const routes = path.join(dir, 'bad-routes.json');
    writeFileSync(
      routes,
      JSON.stringify({ format_version: 1, routes: [{ method: 'GET', path: '/a', delayMs: -1 }] }),
    );
    const child = start(['--routes', routes]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    expect(await exited(child)).toBe(2);
    expect(stderr.trim()).toMatch(/^.*bad-routes\.json: \$\.routes\[0\]\.delayMs: /);
  });

  it('needs its own account in the environment for --token-endpoint', async () => {
    const child = start(['--token-endpoint']);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    expect(await exited(child)).toBe(2);
    expect(stderr).toMatch(
      /^--token-endpoint needs WEBHOOK_STUDIO_RECEIVER_USERNAME and WEBHOOK_STUDIO_RECEIVER_PASSWORD/,
    );
  });
});
