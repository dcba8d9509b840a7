import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bypassMatches } from '../../electron/services/net/bypass';
import { parsePacResult, resolveRoute } from '../../electron/services/net/route';
import { readCaFile, trustedCas } from '../../electron/services/net/trust';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

const u = (s: string) => new URL(s);

describe('bypass lists in the usual NO_PROXY forms', () => {
  it.each([
    ['*', 'https://anything.example', true],
    ['acme.com', 'https://acme.com', true],
    ['acme.com', 'https://api.acme.com', true],
    ['acme.com', 'https://notacme.com', false],
    ['.corp.example', 'https://hr.corp.example', true],
    ['*.corp.example', 'https://hr.corp.example', true],
    ['.corp.example', 'https://corp.example', true],
    ['hr.corp.example:8443', 'https://hr.corp.example:8443', true],
    ['hr.corp.example:8443', 'https://hr.corp.example', false],
    ['10.0.0.0/8', 'https://10.20.30.40', true],
    ['10.0.0.0/8', 'https://11.0.0.1', false],
    ['10.0.0.0/8', 'https://ten.example', false],
    ['fd00::/8', 'https://[fd12::1]', true],
    ['[::1]', 'http://[::1]:8080', true],
    ['a.example, b.example;c.example d.example', 'https://d.example', true],
    ['HR.Corp.Example', 'https://hr.corp.example', true],
  ])('%s vs %s → %s', (list, target, expected) => {
    expect(bypassMatches(list, u(target))).toBe(expected);
  });
});

describe('which proxy a target goes through', () => {
  it('prefers the lower-case variable, and honours NO_PROXY including CIDR', async () => {
    process.env['HTTPS_PROXY'] = 'http://upper:3128';
    process.env['https_proxy'] = 'http://lower:3128';
    process.env['NO_PROXY'] = '10.0.0.0/8';
    const auto = { proxy: { mode: 'auto' as const } };
    expect((await resolveRoute(u('https://acme.example'), auto)).via).toBe(
      'via proxy http://lower:3128 (from HTTPS_PROXY)',
    );
    expect((await resolveRoute(u('https://10.1.2.3'), auto)).proxy).toBeNull();
    // http targets use HTTP_PROXY, and loopback skips any proxy unless told otherwise.
    process.env['HTTP_PROXY'] = 'plain:8080';
    expect((await resolveRoute(u('http://127.0.0.1:9'), auto)).proxy).toBeNull();
    const loop = await resolveRoute(u('http://127.0.0.1:9'), {
      proxy: { mode: 'auto', proxyLoopback: true },
    });
    expect(loop.proxy?.href).toBe('http://plain:8080/');
  });

  it('puts the manual setting before the environment, and the environment before the OS', async () => {
    process.env['HTTPS_PROXY'] = 'http://env:3128';
    const system = async () => 'PROXY pac.corp:8080; DIRECT';
    const manual = await resolveRoute(u('https://acme.example'), {
      proxy: { mode: 'manual', url: 'http://set:3128', username: 'me', password: 'p@ss' },
      resolveSystemProxy: system,
    });
    expect(manual.via).toBe('via proxy http://me@set:3128 (app setting)');
    expect(manual.proxy?.password).toBe('p%40ss');
    expect(
      (await resolveRoute(u('https://acme.example'), { proxy: { mode: 'auto' }, resolveSystemProxy: system }))
        .via,
    ).toMatch(/env:3128/);
    delete process.env['HTTPS_PROXY'];
    const os = await resolveRoute(u('https://acme.example'), {
      proxy: { mode: 'auto' },
      resolveSystemProxy: system,
    });
    expect(os.via).toBe('via proxy http://pac.corp:8080 (system settings)');
    const direct = await resolveRoute(u('https://acme.example'), {
      proxy: { mode: 'direct' },
      resolveSystemProxy: system,
    });
    expect(direct.proxy).toBeNull();
  });

  it('reads PAC answers: the first PROXY or HTTPS entry, DIRECT, SOCKS skipped', () => {
    expect(parsePacResult('DIRECT')).toBeNull();
    expect(parsePacResult('PROXY a.corp:3128; DIRECT')?.href).toBe('http://a.corp:3128/');
    expect(parsePacResult('SOCKS5 s:1080; HTTPS b.corp:443')?.href).toBe('https://b.corp/');
    expect(parsePacResult('SOCKS s:1080')).toBeNull();
  });

  it('refuses proxy URLs it cannot use, saying where they came from', async () => {
    process.env['HTTPS_PROXY'] = 'socks5://s:1080';
    await expect(resolveRoute(u('https://acme.example'), { proxy: { mode: 'auto' } })).rejects.toThrow(
      /HTTPS_PROXY environment variable: socks5 proxies are not supported/,
    );
    await expect(resolveRoute(u('https://acme.example'), { proxy: { mode: 'manual' } })).rejects.toThrow(
      /no URL/,
    );
  });
});

describe('trust', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ws-trust-'));
  it('adds a CA file to the bundled roots, and names a file that is not PEM', () => {
    expect(trustedCas({ proxy: { mode: 'auto' } })).toBeUndefined();
    const bad = path.join(dir, 'bad.pem');
    writeFileSync(bad, 'not a certificate');
    expect(() => readCaFile(bad, 'CA file')).toThrow(/holds no PEM certificate/);
    expect(() => readCaFile(path.join(dir, 'missing.pem'), 'CA file')).toThrow(/does not exist/);
    const damaged = path.join(dir, 'damaged.pem');
    writeFileSync(damaged, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    expect(() => readCaFile(damaged, 'CA file')).toThrow(/certificate 1 is damaged/);
  });
});
