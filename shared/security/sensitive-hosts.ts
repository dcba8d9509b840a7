/** Cloud metadata endpoints by name: they hand out the machine's own credentials to whoever asks. */
const METADATA_NAMES = new Set(['metadata.google.internal', 'metadata.goog', 'metadata', 'instance-data']);
/** Metadata addresses outside link-local ranges (Alibaba Cloud, AWS over IPv6). */
const METADATA_ADDRESSES = new Set(['100.100.100.200', 'fd00:ec2::254']);

/**
 * Why firing at a host deserves more than the usual confirmation, or null: link-local addresses
 * (169.254.0.0/16, fe80::/10) are never a third party's webhook, and the cloud metadata address hands
 * out the machine's credentials, so a draft pointing there is a mistake or an attack.
 */
export function sensitiveHostWarning(rawHost: string): string | null {
  const host = rawHost
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === '169.254.169.254' || METADATA_NAMES.has(host) || METADATA_ADDRESSES.has(host)) {
    return `${host} is a cloud metadata address, which hands out this machine's credentials: a webhook target there is almost certainly a mistake or an attack.`;
  }
  if (/^169\.254\.\d{1,3}\.\d{1,3}$/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host)) {
    return `${host} is a link-local address (a device on this network segment, never a third party's service): check the Post-to URL before sending anything there.`;
  }
  return null;
}
