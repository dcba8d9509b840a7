import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HarnessIo } from '../../cli/harness-inputs';
import { runCli } from '../../cli/run-cli';
import { memoryCliIo } from './support/cli-io';
import { draftFileText } from './support/draft-file';

/** The third party's description: `strict` refuses the draft's body (costCenter required). */
const spec = (strict: boolean) =>
  JSON.stringify({
    swagger: '2.0',
    info: { title: 'HR', version: '1' },
    host: 'hr.acme.example',
    basePath: '/hooks',
    paths: {
      '/users': {
        post: {
          parameters: [
            {
              in: 'body',
              name: 'body',
              schema: {
                type: 'object',
                required: strict ? ['employeeNumber', 'costCenter'] : ['employeeNumber'],
                properties: { employeeNumber: { type: 'string' }, costCenter: { type: 'string' } },
              },
            },
          ],
          responses: {
            '201': {
              description: 'created',
              schema: { type: 'object', properties: { workerId: { type: 'string', example: 'W-1' } } },
            },
          },
        },
      },
    },
  });

const draftFile = (extra: object = {}) => draftFileText('https://hr.acme.example/hooks/users', { extra });

function io(files: Record<string, string>) {
  const written: Record<string, string> = {};
  return { ...memoryCliIo(files, {}, written), written };
}

describe('webhook-studio test and receiver with an API description', { timeout: 30_000 }, () => {
  it('test --openapi: the receiver answers 422 like the API and each delivery reports its violations', async () => {
    const t = io({ 'd.json': draftFile(), [path.resolve('hr.json')]: spec(true) });
    const code = await runCli(
      ['test', 'd.json', '--trigger', 'create_user', '--openapi', 'hr.json', '--json', '--junit', 'o.xml'],
      t.io,
    );
    expect(code).toBe(1);
    const report = JSON.parse(t.out.join('\n'));
    const first = report.results[0];
    expect(first.status).toBe(422);
    expect(first.expectations).toContainEqual({
      name: 'request_valid_api',
      ok: false,
      message: 'The request breaks the API description: "costCenter" is required',
    });
    expect(first.violations).toEqual([
      { field: 'costCenter', pointer: '', message: '"costCenter" is required' },
    ]);
    expect(t.written['o.xml']).toContain('violation (body): &quot;costCenter&quot; is required');
  });

  it("test --api-description: the file's embedded description, offline; its success example fills the write-back", async () => {
    const embedded = draftFile({ api_description: { source: 'gone.json', embedded: spec(false) } });
    const t = io({ 'd.json': embedded });
    const code = await runCli(
      ['test', 'd.json', '--trigger', 'create_user', '--api-description', '--json'],
      t.io,
    );
    const report = JSON.parse(t.out.join('\n'));
    expect(report.results[0]).toMatchObject({ outcome: 'passed', status: 201 });
    expect(report.results[0].expectations).toContainEqual({ name: 'request_valid_api', ok: true });
    expect(code).toBe(0);
  });

  it('test --api-description on a file without one says so (usage, exit 2)', async () => {
    const t = io({ 'd.json': draftFile() });
    expect(await runCli(['test', 'd.json', '--api-description'], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(/d\.json has no api_description: name one with --openapi/);
  });

  it('receiver --openapi answers like the description until interrupted', async () => {
    let interrupt = () => {};
    const t = io({ [path.resolve('hr.json')]: spec(true) });
    const running = runCli(['receiver', '--openapi', 'hr.json'], {
      ...t.io,
      onInterrupt: (fn) => {
        interrupt = fn;
        return () => {};
      },
    } as HarnessIo);
    for (let i = 0; i < 200 && t.out.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    const url = t.out[0]!.replace('Receiver listening on ', '');
    const res = await fetch(`${url}/hooks/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ employeeNumber: 'E1' }),
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    expect(t.err.join('\n')).toContain('answers like "HR" (1 POST operations)');
    interrupt();
    expect(await running).toBe(0);
  });
});
