import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/app-protocol';
import { contentSecurityPolicyMeta, META_CONTENT_SECURITY_POLICY } from '../../vite.config';

vi.mock('electron', () => ({}));

describe('CSP in the built index.html', () => {
  it('is the app:// header policy minus frame-ancestors (ignored in <meta>)', () => {
    const header = CONTENT_SECURITY_POLICY.split('; ');
    expect(header).toContain("frame-ancestors 'none'");
    expect(META_CONTENT_SECURITY_POLICY.split('; ')).toEqual(
      header.filter((directive) => !directive.startsWith('frame-ancestors')),
    );
  });

  it('is injected first in <head>, at build time only', () => {
    const plugin = contentSecurityPolicyMeta();
    expect(plugin.apply).toBe('build');
    const transform = plugin.transformIndexHtml as () => unknown;
    expect(transform()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ]);
  });
});
