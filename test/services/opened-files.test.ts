import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPathsIn, MAX_OPENED_FILE_BYTES, OpenedFiles } from '../../electron/services/files/opened-files';
import type { OpenedFile } from '../../shared/bridge/contract';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'whs-opened-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('files the OS asks the app to open', () => {
  it('reads them, pushes each as an event, and hands them over once', async () => {
    const pushed: OpenedFile[] = [];
    const files = new OpenedFiles((f) => pushed.push(f));
    const file = path.join(dir, 'acme.webhook.json');
    writeFileSync(file, '{"format_version":1,"name":"acme"}');
    await files.open(file);
    expect(pushed).toEqual([{ name: 'acme.webhook.json', text: '{"format_version":1,"name":"acme"}' }]);
    expect(files.take()).toEqual(pushed);
    expect(files.take()).toEqual([]);
  });

  it('reports a missing, oversized or non-file path instead of failing', async () => {
    const files = new OpenedFiles(() => undefined);
    await files.open(path.join(dir, 'gone.webhook.json'));
    await files.open(dir);
    const big = path.join(dir, 'big.webhook.json');
    writeFileSync(big, Buffer.alloc(MAX_OPENED_FILE_BYTES + 1, 32));
    await files.open(big);
    const taken = files.take();
    expect(taken.map((f) => f.text)).toEqual(['', '', '']);
    expect(taken.map((f) => f.error)).toEqual([
      expect.stringMatching(/Could not read gone\.webhook\.json/),
      expect.stringMatching(/not a file/),
      expect.stringMatching(/draft files are far smaller/),
    ]);
  });

  it('finds draft paths in a command line, skipping switches', () => {
    expect(
      draftPathsIn(['/opt/app/webhook-studio', '--no-sandbox', '/home/a/acme.webhook.json', 'x.JSON']),
    ).toEqual(['/home/a/acme.webhook.json', 'x.JSON']);
  });
});
