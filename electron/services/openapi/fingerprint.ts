import { createHash } from 'node:crypto';

/** `sha256:<hex>` of the text: how a draft file names the exact description it was checked against. */
export function fingerprintOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
