import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import tls from 'node:tls';
import { AppError } from '../../../shared/bridge/envelope';
import type { NetConfig } from './net-config';

/** A CA file larger than this is refused: a bundle of every public root is about 250 KB. */
const MAX_CA_FILE_BYTES = 2 * 1024 * 1024;

type CaSource = 'default' | 'system' | 'bundled' | 'extra';
/** `tls.getCACertificates` exists from Node 22.15 (Electron 45); older Nodes lack it. */
const getCACertificates = (tls as { getCACertificates?: (type?: CaSource) => string[] }).getCACertificates;

/** Whether this runtime can read the operating system's certificate store. */
export function systemStoreAvailable(): boolean {
  return typeof getCACertificates === 'function';
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The certificates of a PEM file, each checked; names the file and the certificate that is wrong. */
export function readCaFile(file: string, what: string): string[] {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_CA_FILE_BYTES) {
      throw new AppError(
        'invalid_input',
        `${what} ${file} is ${size} bytes; the limit is ${MAX_CA_FILE_BYTES}.`,
      );
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    const why = (error as { code?: string }).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    throw new AppError('invalid_input', `${what} ${file} ${why}.`);
  }
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) {
    throw new AppError(
      'invalid_input',
      `${what} ${file} holds no PEM certificate ("-----BEGIN CERTIFICATE-----"); export the CA as Base-64 (PEM).`,
    );
  }
  blocks.forEach((pem, i) => {
    try {
      new X509Certificate(pem);
    } catch {
      throw new AppError('invalid_input', `${what} ${file}: certificate ${i + 1} is damaged.`);
    }
  });
  return blocks;
}

/** What Node trusts by default: the bundled roots and NODE_EXTRA_CA_CERTS. */
function defaultRoots(): string[] {
  if (getCACertificates) return getCACertificates('default');
  const extra = process.env['NODE_EXTRA_CA_CERTS'];
  // Node read NODE_EXTRA_CA_CERTS at start-up; passing `ca` replaces that store, so it is added again.
  const extraCerts = extra ? readCaFile(extra, 'NODE_EXTRA_CA_CERTS file') : [];
  return [...tls.rootCertificates, ...extraCerts];
}

/**
 * The certificate authorities to verify servers with, or undefined when Node's defaults (bundled roots
 * plus NODE_EXTRA_CA_CERTS) are all there is. Verification itself is never switched off.
 */
export function trustedCas(config: NetConfig): string[] | undefined {
  const added: string[] = [];
  if (config.systemCa && getCACertificates) added.push(...getCACertificates('system'));
  if (config.caFile) added.push(...readCaFile(config.caFile, 'CA file'));
  if (added.length === 0) return undefined;
  return [...new Set([...defaultRoots(), ...added])];
}
