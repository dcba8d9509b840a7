import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

/** A key and certificate in PEM. */
export interface Pem {
  key: string;
  cert: string;
}

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return {
    pem,
    privateKey: forge.pki.privateKeyFromPem(pem),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

let serial = 1;

interface CertOptions {
  commonName: string;
  names?: string[];
  notBefore?: Date;
  notAfter?: Date;
  issuer?: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey };
  isCa?: boolean;
}

function build(options: CertOptions) {
  const keys = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = (serial++).toString(16).padStart(4, '0');
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 3_600_000);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 86_400_000);
  const subject = [{ name: 'commonName', value: options.commonName }];
  cert.setSubject(subject);
  cert.setIssuer(options.issuer ? options.issuer.cert.subject.attributes : subject);
  const names = (options.names ?? []).map((n) =>
    /^[\d.]+$/.test(n) ? { type: 7, ip: n } : { type: 2, value: n },
  );
  cert.setExtensions([
    { name: 'basicConstraints', cA: options.isCa ?? false, critical: true },
    options.isCa
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    ...(names.length > 0 ? [{ name: 'subjectAltName', altNames: names }] : []),
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(options.issuer?.key ?? keys.privateKey, forge.md.sha256.create());
  return { cert, key: keys.privateKey, pem: { key: keys.pem, cert: forge.pki.certificateToPem(cert) } };
}

/** A throw-away certificate authority made for one test run, issuing server certificates. */
export class TestCa {
  private readonly root: ReturnType<typeof build>;

  constructor(name = 'Test Corp Inspection Root CA') {
    this.root = build({ commonName: name, isCa: true });
  }

  /** The CA's own certificate in PEM, to trust. */
  get cert(): string {
    return this.root.pem.cert;
  }

  /** A server certificate for `names`, optionally valid only between two dates. */
  issue(names: string[], validity: { notBefore?: Date; notAfter?: Date } = {}): Pem {
    return build({
      commonName: names[0] ?? 'server',
      names,
      ...validity,
      issuer: { cert: this.root.cert, key: this.root.key },
    }).pem;
  }

  /** A self-signed server certificate (no authority at all). */
  static selfSigned(names: string[]): Pem {
    return build({ commonName: names[0] ?? 'server', names }).pem;
  }
}
