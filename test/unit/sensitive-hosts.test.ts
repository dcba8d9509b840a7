import { describe, expect, it } from 'vitest';
import { sensitiveHostWarning } from '../../shared/security/sensitive-hosts';

describe('link-local and metadata targets', () => {
  it.each([
    ['169.254.169.254', /cloud metadata address/],
    ['metadata.google.internal', /cloud metadata address/],
    ['[fd00:ec2::254]', /cloud metadata address/],
    ['169.254.10.20', /link-local address/],
    ['[fe80::1]', /link-local address/],
    ['febf::1', /link-local address/],
  ])('%s gets a specific warning', (host, message) => {
    expect(sensitiveHostWarning(host)).toMatch(message);
  });

  it.each(['hr.example.com', '10.0.0.5', '169.25.1.1', 'fec0::1', '127.0.0.1'])('%s gets none', (host) => {
    expect(sensitiveHostWarning(host)).toBeNull();
  });
});
