import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { fingerprintOf } from '../../electron/services/openapi/load-description';
import { adminEnv, memoryCliIo } from './support/cli-io';

let emu: Emulator;
beforeEach(async () => {
  emu = await createEmulator();
});
afterEach(async () => emu.close());

const SPEC = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'HR', version: '1' },
  paths: { '/people': { post: { responses: { '201': { description: 'ok' } } } } },
});

function run(files: Record<string, string>) {
  const { io, err } = memoryCliIo(files, adminEnv(emu));
  return { cli: (...argv: string[]) => runCli(argv, io), err };
}

describe('pull writing the API description into the draft file', () => {
  it('--openapi writes its reference and fingerprint; --embed-api the text too, which validate then uses offline', async () => {
    const files: Record<string, string> = { [path.resolve('hr.json')]: SPEC };
    const { cli } = run(files);
    expect(await cli('pull', '--domain', emu.url, '--out', 'ref.json', '--openapi', 'hr.json')).toBe(0);
    expect(JSON.parse(files['ref.json']!).api_description).toEqual({
      source: 'hr.json',
      fingerprint: fingerprintOf(SPEC),
    });
    expect(
      await cli('pull', '--domain', emu.url, '--out', 'emb.json', '--openapi', 'hr.json', '--embed-api'),
    ).toBe(0);
    expect(JSON.parse(files['emb.json']!).api_description).toEqual({
      source: 'hr.json',
      fingerprint: fingerprintOf(SPEC),
      embedded: SPEC,
    });
    delete files[path.resolve('hr.json')];
    expect(await cli('validate', 'emb.json', '--json')).toBe(0);
  });

  it('--embed-api without a description to embed is a usage error', async () => {
    const { cli, err } = run({});
    expect(await cli('pull', '--domain', emu.url, '--embed-api')).toBe(2);
    expect(err.join('\n')).toMatch(/--embed-api needs --openapi/);
  });

  it("pull --into keeps the file's reference to its description, and can embed it", async () => {
    const files: Record<string, string> = { [path.resolve('hr.json')]: SPEC };
    const { cli } = run(files);
    expect(await cli('pull', '--domain', emu.url, '--out', 'd.json', '--openapi', 'hr.json')).toBe(0);
    expect(await cli('pull', '--domain', emu.url, '--into', 'd.json')).toBe(0);
    expect(JSON.parse(files['d.json']!).api_description).toEqual({
      source: 'hr.json',
      fingerprint: fingerprintOf(SPEC),
    });
    expect(await cli('pull', '--domain', emu.url, '--into', 'd.json', '--embed-api')).toBe(0);
    expect(JSON.parse(files['d.json']!).api_description.embedded).toBe(SPEC);
  });
});
