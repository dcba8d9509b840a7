import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/commands';
import { processIo, runCli } from '../../cli/run-cli';
import { createEmulator, type Emulator } from '../../electron/services/emulator';
import { adminEnv } from './support/cli-io';

let emu: Emulator;
let dir: string;
let umask: number;
beforeEach(async () => {
  emu = await createEmulator();
  dir = mkdtempSync(path.join(tmpdir(), 'whs-cli-modes-'));
  // The usual desktop umask, under which a plain write makes a file every user can read.
  umask = process.umask(0o022);
});
afterEach(async () => {
  process.umask(umask);
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The command line with the process's own file IO, as a shell runs it. */
function cli(...argv: string[]) {
  const err: string[] = [];
  const io: CliIo = { ...processIo, env: adminEnv(emu), out: () => undefined, err: (l) => err.push(l) };
  return runCli(argv, io).then((code) => ({ code, err: err.join('\n') }));
}

const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8);

describe.runIf(process.platform !== 'win32')('files the command line writes', () => {
  it('writes a pulled draft (notify URLs are credentials) owner-only, and tightens a file it overwrites', async () => {
    const out = path.join(dir, 'acme.webhook.json');
    expect((await cli('pull', '--domain', emu.url, '--out', out)).code).toBe(0);
    expect(modeOf(out)).toBe('600');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('profile');

    writeFileSync(out, 'old');
    chmodSync(out, 0o644);
    expect(modeOf(out)).toBe('644');
    expect((await cli('pull', '--domain', emu.url, '--out', out)).code).toBe(0);
    expect(modeOf(out)).toBe('600');
    expect(readFileSync(out, 'utf8')).not.toBe('old');
  });

  it('rebases a world-readable file into an owner-only one', async () => {
    const file = path.join(dir, 'd.json');
    expect((await cli('pull', '--domain', emu.url, '--out', file)).code).toBe(0);
    chmodSync(file, 0o644);
    const r = await cli('pull', '--domain', emu.url, '--into', file);
    expect(r.code, r.err).toBe(0);
    expect(modeOf(file)).toBe('600');
  });
});
