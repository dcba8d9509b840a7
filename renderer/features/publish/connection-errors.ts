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
