import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { startReceiver, type Receiver } from '../../electron/services/harness/receiver';
import { closedPort } from './harness-fixture';
import { memoryCliIo } from './support/cli-io';
import { draftFileText } from './support/draft-file';

/** A draft file with one profile trigger posting to `postUrl`, and optional extra top-level keys. */
const draftFile = (postUrl: string, extra: object = {}) =>
  draftFileText(postUrl, { triggers: ['create_user', 'update_user_profile'], extra });

const ROUTES = JSON.stringify({
  format_version: 1,
  routes: [{ method: 'POST', path: '/hooks/users', body: { workerId: 'W-{{employeeNumber}}' } }],
});

const CSV = [
  'First Name,Last Name,Email,Employee ID',
  'Priya,Raman,priya@acme.example,E1001',
  'Dan,Okafor,not-an-email,E1002',
  'Li,Wei,li@acme.example,E1003',
].join('\n');

function io(files: Record<string, string>, env: Record<string, string> = {}) {
  const written: Record<string, string> = {};
  return { ...memoryCliIo(files, env, written), written };
}

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.stop());

describe('webhook-studio test', () => {
  it('fires every trigger × built-in sample at its own receiver and writes a JUnit report', async () => {
    const t = io({ 'd.json': draftFile('https://hr.acme.example/hooks/users'), 'r.json': ROUTES });
    const code = await runCli(['test', 'd.json', '--routes', 'r.json', '--junit', 'out.xml'], t.io);
    expect(t.err.at(-1)).toMatch(/^Ran 8 of 8 planned deliveries in .*: 8 passed, 0 failed\.$/);
    expect(code).toBe(0);
    const xml = t.written['out.xml'] ?? '';
    expect(xml.match(/<testcase /g)).toHaveLength(8);
    expect(xml).toContain('name="create_user · Priya Raman (sample-priya)"');
    expect(xml).toContain('name="update_user_profile · Daniel Okafor (sample-daniel)"');
  });

  it('exits 1 with one line per failed delivery when an expectation fails', async () => {
    const t = io({ 'd.json': draftFile('https://hr.acme.example/hooks/users') });
    const code = await runCli(['test', 'd.json', '--trigger', 'create_user', '--json'], t.io);
    expect(code).toBe(1);
    const fails = t.err.filter((l) => l.startsWith('FAIL'));
    expect(fails).toHaveLength(4);
    expect(fails[0]).toMatch(
      /^FAIL {2}create_user · .+ {2}HTTP 200 {2}step write_back \(no_route\): .*no route for POST \/hooks\/users/,
    );
    // The hint names what the command line takes, not the app's Test tab.
    expect(fails[0]).toMatch(/not the mapping: add one to a routes file given with --routes\.$/);
    expect(fails.join('\n')).not.toContain('Test ›');
    const report = JSON.parse(t.out.join('\n')) as { total: number; failed: number; notRun: number };
    expect(report).toMatchObject({ total: 4, failed: 4, notRun: 0 });
  });

  it('reads a MangoApps user-import CSV, refusing bad rows by row and column unless --skip-bad-rows', async () => {
    const files = {
      'd.json': draftFile('https://hr.acme.example/hooks/users'),
      'u.csv': CSV,
      'r.json': ROUTES,
    };
    const refused = io(files);
    const before = receiver.inbox.size;
    expect(
      await runCli(['test', 'd.json', '--samples', 'u.csv', '--target', `${receiver.url}/x`], refused.io),
    ).toBe(2);
    expect(refused.err[0]).toMatch(/^error {2}u\.csv: row 2, line 3, column "Email": not an email address$/);
    expect(refused.err.at(-1)).toMatch(/--skip-bad-rows/);
    expect(receiver.inbox.size).toBe(before);

    const skipped = io(files);
    const code = await runCli(
      ['test', 'd.json', '--samples', 'u.csv', '--skip-bad-rows', '--routes', 'r.json'],
      skipped.io,
    );
    expect(code).toBe(0);
    expect(skipped.err).toContain('Skipped 1 row(s) with errors (--skip-bad-rows).');
    expect(skipped.err.at(-1)).toMatch(/^Ran 4 of 4 planned deliveries/);
  });

  it('reports a routes file that fails its schema by JSON path, before anything is sent', async () => {
    const routes = JSON.stringify({
      format_version: 1,
      routes: [{ method: 'POST', path: 'hooks', status: 999 }],
    });
    const t = io({ 'd.json': draftFile('https://hr.acme.example/hooks/users'), 'r.json': routes });
    expect(await runCli(['test', 'd.json', '--routes', 'r.json'], t.io)).toBe(2);
    expect(t.err).toEqual([
      expect.stringMatching(/^r\.json: \$\.routes\[0\]\.path: /),
      expect.stringMatching(/^r\.json: \$\.routes\[0\]\.status: /),
    ]);
  });

  it('refuses a real target unless its host is confirmed with --yes-real-target', async () => {
    const t = io({ 'd.json': draftFile('https://hr.acme.example/hooks/users') });
    expect(await runCli(['test', 'd.json', '--target', 'post-url'], t.io)).toBe(2);
    expect(t.err).toEqual([
      'hr.acme.example is a real system, not this machine: pass --yes-real-target hr.acme.example to send test deliveries to it.',
    ]);
    const usage = io({ 'd.json': draftFile('https://hr.acme.example/hooks/users') });
    expect(await runCli(['test', 'd.json', '--concurrency', '0'], usage.io)).toBe(2);
    expect(usage.err[0]).toMatch(/^--concurrency must be a whole number from 1 to 64, not "0"\./);
  });

  it('stops at the first delivery when the target drops the connection: one connection, exit 4', async () => {
    let connections = 0;
    const server: Server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const t = io({ 'd.json': draftFile(`http://127.0.0.1:${port}/hooks/users`) });
      const code = await runCli(
        ['test', 'd.json', '--target', 'post-url', '--concurrency', '16', '--json', '--junit', 'out.xml'],
        t.io,
      );
      expect(code).toBe(4);
      expect(connections).toBe(1);
      expect(t.err.find((l) => l.startsWith('Ran'))).toMatch(
        /^Ran 1 of 8 planned .*: 0 passed, 1 failed, 7 not run\.$/,
      );
      expect(t.err.find((l) => l.startsWith('Stopped:'))).toMatch(
        /^Stopped: step (request|response) failed \((reset|network)\): /,
      );
      expect(JSON.parse(t.out.join('\n'))).toMatchObject({ total: 8, notRun: 7 });
      // The JUnit report counts every planned delivery: the 7 never sent are skipped, saying why.
      const xml = t.written['out.xml'] ?? '';
      expect(xml).toMatch(
        /<testsuites name="[^"]+ \(stopped\)" tests="8" failures="1" errors="0" skipped="7"/,
      );
      expect(xml.match(/<testcase /g)).toHaveLength(8);
      expect(
        xml.match(
          /<skipped message="not run: the run stopped when step (request|response) failed \((reset|network)\)/g,
        ),
      ).toHaveLength(7);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('ends at the token step with exit 4 when OAuth fails, without sending a delivery', async () => {
    const oauthReceiver = await startReceiver({
      oauth: { users: [{ username: 'sync', password: 'right' }] },
    });
    try {
      const file = draftFile(`${oauthReceiver.url}/hooks/users`, {
        security: { oauth: { token_url: `${oauthReceiver.url}/oauth/token`, username: 'sync' } },
      });
      const wrong = io({ 'd.json': file }, { WEBHOOK_STUDIO_OAUTH_PASSWORD: 'wrong' });
      expect(await runCli(['test', 'd.json', '--target', 'post-url'], wrong.io)).toBe(4);
      expect(wrong.err.find((l) => l.startsWith('Stopped:'))).toMatch(
        /^Stopped: step token failed \(token\): /,
      );
      expect(oauthReceiver.inbox.size).toBe(0);
      expect(wrong.err.join('\n')).not.toContain('wrong');

      const missing = io({ 'd.json': file });
      expect(await runCli(['test', 'd.json', '--target', 'post-url'], missing.io)).toBe(4);
      expect(missing.err.at(-1)).toMatch(/step token failed: .*WEBHOOK_STUDIO_OAUTH_PASSWORD/);

      // Against its own receiver, a run needs no password: the receiver plays the token server.
      const local = io({ 'd.json': file });
      expect(await runCli(['test', 'd.json', '--trigger', 'create_user'], local.io)).toBe(1);
      expect(local.err.some((l) => l.includes('(token)'))).toBe(false);
    } finally {
      await oauthReceiver.stop();
    }
  });

  it('says which port is closed: a refused connection also stops the run with exit 4', async () => {
    const port = await closedPort();
    const t = io({ 'd.json': draftFile('https://hr.acme.example/hooks/users') });
    expect(await runCli(['test', 'd.json', '--target', `http://127.0.0.1:${port}/hooks`], t.io)).toBe(4);
    expect(t.err.find((l) => l.startsWith('Stopped:'))).toMatch(/step request failed \(refused\)/);
  });
});
