import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainLaunchFailure, isNetworkFailure, locateRuntime } from '../../scripts/start-electron.mjs';

describe('start-electron', () => {
  it('explains an offline runtime download and points to the browser shell', () => {
    const message = explainLaunchFailure({
      stage: 'download',
      output: 'RequestError: getaddrinfo ENOTFOUND github.com',
      code: 1,
    });
    expect(message).toMatch(/^The Electron runtime could not be downloaded: this machine cannot reach/);
    expect(message).toContain('run `npm run web`'.replace('run', 'Run'));
    expect(message).toContain('use the same app in your browser');
  });

  it('still explains a download that failed for another reason', () => {
    const message = explainLaunchFailure({ stage: 'download', output: 'checksum mismatch', code: 1 });
    expect(message).toContain('could not be downloaded: the download failed (exit code 1)');
    expect(message).toContain('npm run web');
  });

  it('explains a runtime that would not start', () => {
    const message = explainLaunchFailure({ stage: 'launch', code: 127 });
    expect(message).toContain('exit code 127');
    expect(message).toContain('npm run web');
  });

  it('recognises network failures', () => {
    expect(isNetworkFailure('Error: connect ECONNREFUSED 127.0.0.1:443')).toBe(true);
    expect(isNetworkFailure('getaddrinfo EAI_AGAIN github.com')).toBe(true);
    expect(isNetworkFailure('EACCES: permission denied')).toBe(false);
  });

  it('finds the runtime only when the downloaded executable exists', () => {
    const dir = '/x/node_modules/electron';
    const read = () => 'electron\n';
    expect(locateRuntime(dir, () => false, read)).toEqual({ present: false, executable: null });
    const exe = path.join(dir, 'dist', 'electron');
    expect(locateRuntime(dir, (file) => file !== exe, read)).toEqual({ present: false, executable: exe });
    expect(locateRuntime(dir, () => true, read)).toEqual({ present: true, executable: exe });
  });
});
