import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { canInstall, findChromium, INSTALL_HINT } from '../../scripts/find-chromium.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'whs-find-chromium-'));
const script = fileURLToPath(new URL('../../scripts/find-chromium.mjs', import.meta.url));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real executable file (a shell script) at dir/sub/name. */
function executable(sub: string, name: string): string {
  mkdirSync(path.join(dir, sub), { recursive: true });
  const file = path.join(dir, sub, name);
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
}

describe('find-chromium', () => {
  it('takes CHROMIUM_PATH first, and says so when it names no executable', () => {
    const chrome = executable('custom', 'my-chrome');
    const onPath = executable('bin-a', 'chromium');
    expect(findChromium({ CHROMIUM_PATH: chrome, PATH: path.dirname(onPath) }).path).toBe(chrome);
    const missing = findChromium({ CHROMIUM_PATH: path.join(dir, 'nope'), PATH: path.dirname(onPath) });
    expect(missing.path).toBeNull();
    expect(missing.error).toContain(path.join(dir, 'nope'));
  });

  it('looks for the usual names on PATH, Chromium before Chrome, skipping non-executables', () => {
    const chrome = executable('bin-b', 'google-chrome');
    const plain = path.join(dir, 'bin-c', 'chromium');
    mkdirSync(path.dirname(plain), { recursive: true });
    writeFileSync(plain, 'not executable');
    const env = { PATH: [path.dirname(plain), path.dirname(chrome)].join(path.delimiter) };
    expect(findChromium({ ...env, CHROMIUM_FALLBACK_PATHS: '' }).path).toBe(chrome);
    const chromium = executable('bin-d', 'chromium-browser');
    const both = { PATH: [path.dirname(chrome), path.dirname(chromium)].join(path.delimiter) };
    expect(findChromium({ ...both, CHROMIUM_FALLBACK_PATHS: '' }).path).toBe(chromium);
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findChromium({ PATH: path.join(dir, 'empty'), CHROMIUM_FALLBACK_PATHS: '' })).toEqual({
      path: null,
    });
    const fallback = executable('opt', 'chromium');
    expect(findChromium({ PATH: '', CHROMIUM_FALLBACK_PATHS: fallback }).path).toBe(fallback);
  });

  it('installs only as root on Debian with apt-get', () => {
    const all = () => true;
    expect(canInstall(0, all)).toBe(true);
    expect(canInstall(1000, all)).toBe(false);
    expect(canInstall(0, (f) => f !== '/etc/debian_version')).toBe(false);
    expect(canInstall(0, all, { WEBHOOK_STUDIO_NO_BROWSER_INSTALL: '1' })).toBe(false);
  });

  it('stops with one line saying what to install when there is none and it may not install', () => {
    // CHROMIUM_PATH unset, no browser on PATH, no fixed places, and not allowed to install (these
    // tests may run as root on Debian, where the script would otherwise install the package).
    const env = { PATH: path.join(dir, 'empty'), CHROMIUM_FALLBACK_PATHS: '', HOME: dir };
    const run = spawnSync(process.execPath, [script], {
      env: { ...env, WEBHOOK_STUDIO_NO_BROWSER_INSTALL: '1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([INSTALL_HINT]);
    expect(run.stdout).toBe('');
  });
});
