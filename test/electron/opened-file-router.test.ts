import { describe, expect, it } from 'vitest';
import { createOpenedFileRouter } from '../../electron/main/opened-file-router';

describe('opened-file router', () => {
  it('keeps paths that arrive before the host, then delivers in order', () => {
    const router = createOpenedFileRouter();
    router.add(['/a.webhook.json']);
    router.add(['/b.webhook.json']);
    const seen: string[] = [];
    router.attach((p) => seen.push(p));
    router.add(['/c.webhook.json']);
    expect(seen).toEqual(['/a.webhook.json', '/b.webhook.json', '/c.webhook.json']);
  });
});
