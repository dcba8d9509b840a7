import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  isAppUrl,
  resolveAppFile,
} from '../../electron/main/app-protocol';

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'app-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(root, 'assets', 'main.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.txt'), 'outside the UI');
  await writeFile(path.join(base, 'renderer-evil.txt'), 'sibling with a shared prefix');
  handle = createAppProtocolHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the built UI with the strict CSP header', async () => {
    const response = await get('app://studio/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]) {
      expect(csp.split('; ')).toContain(directive);
    }
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).not.toContain('unsafe-eval');
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('serves index.html for the bare origin and scripts with a JavaScript type', async () => {
    expect(await (await get('app://studio/')).text()).toContain('<title>app</title>');
    const script = await get('app://studio/assets/main.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://studio/%2e%2e/secret.txt',
    'app://studio/..%2fsecret.txt',
    'app://studio/assets/..%2f..%2fsecret.txt',
    'app://studio/..%5csecret.txt',
    'app://studio/%2e%2e%2frenderer-evil.txt',
    'app://studio/index.html%00.js',
    'app://studio/%E0%A4%A',
    'app://other/index.html',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    // 403 when the resolver refuses, 404 when the URL parser already folded the dots into the root.
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the UI');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never resolves outside the root, even after URL normalisation', () => {
    // The URL parser folds literal and %2e-encoded ../ segments into the root, so they stay inside it.
    expect(resolveAppFile(root, 'app://studio/../../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'app://studio/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
    // Encoded separators survive the parser; once decoded they would climb out, so they are refused.
    expect(resolveAppFile(root, 'app://studio/..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://studio/assets/..%2f..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://studio/..%5csecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
  });

  it('answers 404 for missing files and directories and 405 for writes', async () => {
    expect((await get('app://studio/missing.js')).status).toBe(404);
    expect((await get('app://studio/assets')).status).toBe(404);
    expect((await get('app://studio/index.html', 'POST')).status).toBe(405);
  });

  it('knows its own origin', () => {
    expect(isAppUrl('app://studio/index.html')).toBe(true);
    expect(isAppUrl('app://studio.evil/index.html')).toBe(false);
    expect(isAppUrl('https://studio/')).toBe(false);
    expect(isAppUrl('::')).toBe(false);
  });
});
