import type { ErrorCode } from '../../../shared/bridge/envelope';

/** A failed connection explained: what went wrong in plain words, and what to do about it. */
export interface ConnectionProblem {
  title: string;
  advice: string;
}

type Rule = [ErrorCode | null, RegExp, ConnectionProblem];

// The host words each failure precisely (domain-error.ts, network-error.ts); these pick the plain title.
const RULES: Rule[] = [
  [
    'invalid_input',
    /To connect, enter/,
    { title: 'Connection details missing', advice: 'Fill in the fields named below, then test again.' },
  ],
  [
    'invalid_input',
    /https|URL/i,
    { title: 'Domain URL not allowed', advice: 'Use the https:// address of the domain.' },
  ],
  [
    'unauthorized',
    /Unknown API key|Invalid API key/i,
    {
      title: 'Unknown API key',
      advice: 'The domain does not know this key. Copy it again from the Admin Portal’s API keys page.',
    },
  ],
  [
    'unauthorized',
    /Wrong username or password|Incorrect/i,
    {
      title: 'Wrong username or password',
      advice: 'Check the admin username (usually an email address) and type the password again.',
    },
  ],
  [
    'forbidden',
    /Read Only|read_only|Read and Write key/i,
    {
      title: 'Read-only API key',
      advice: 'This key can only read. Publishing needs an API key with Read and Write access.',
    },
  ],
  [
    'forbidden',
    /network admin/i,
    {
      title: 'Not a network admin',
      advice: 'Webhook settings need a network admin account. Sign in with one.',
    },
  ],
  [
    'remote_error',
    /web page instead of JSON|single sign-on/i,
    {
      title: 'Single sign-on page instead of the API',
      advice:
        'The domain answered with a sign-in page. Check the Domain URL, or ask for admin API access that bypasses single sign-on.',
    },
  ],
  [
    'network',
    /Proxy authentication (required|refused)/,
    {
      title: 'The proxy asks for a sign-in',
      advice:
        'Nothing reached the domain. Set the proxy username and password under Network: proxy and certificates.',
    },
  ],
  [
    'network',
    /The proxy .*(cannot be reached|could not open a tunnel|refused the tunnel)/,
    {
      title: 'Proxy problem',
      advice:
        'Nothing reached the domain. Check the proxy settings (Network: proxy and certificates) or HTTPS_PROXY.',
    },
  ],
  [
    'network',
    /wrong host name/,
    {
      title: 'Certificate for another host name',
      advice:
        'Nothing was sent. Use the address the certificate names; certificate checks are never switched off.',
    },
  ],
  [
    'network',
    /certificate has expired|certificate is not valid yet/,
    {
      title: 'Certificate expired or not yet valid',
      advice: 'Nothing was sent. Check this computer’s date and time, or ask the domain’s owner to renew it.',
    },
  ],
  [
    'network',
    /untrusted issuer|self-signed/,
    {
      title: 'TLS certificate not trusted',
      advice:
        'Nothing was sent. If your organisation inspects TLS, trust its root CA (see the message). Certificate checks are never switched off.',
    },
  ],
  [
    'network',
    /secure handshake failed/i,
    {
      title: 'Secure connection failed',
      advice:
        'Nothing was sent. Check that the Domain URL is the domain’s https:// address, not another port.',
    },
  ],
  [
    'network',
    /TLS|certificate/i,
    {
      title: 'TLS certificate not trusted',
      advice: 'Nothing was sent. Check the Domain URL; certificate checks are never switched off.',
    },
  ],
  [
    'network',
    /./,
    {
      title: 'Cannot reach the domain',
      advice: 'Check the Domain URL and the network (VPN, proxy, firewall).',
    },
  ],
  [
    'timeout',
    /./,
    { title: 'No answer from the domain', advice: 'The domain did not answer in time. Try again later.' },
  ],
  [
    'unauthorized',
    /./,
    { title: 'Sign-in refused', advice: 'Check the API key, the username and the password.' },
  ],
];

/** The plain title and advice for a failed connection test, pull or publish, from the host's error. */
export function describeConnectionError(code: ErrorCode | null, message: string): ConnectionProblem {
  for (const [c, pattern, problem] of RULES) {
    if ((c === null || c === code) && pattern.test(message)) return problem;
  }
  return { title: 'The domain refused the request', advice: 'See the domain’s message below.' };
}
