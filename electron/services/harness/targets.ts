import { sensitiveHostWarning } from '../../../shared/security/sensitive-hosts';
import { isLoopbackHost } from '../net/network-error';
import type { StepFailure } from './failures';

/** A step failure naming the host that waits for the admin's confirmation. */
export type ConfirmationFailure = StepFailure & { kind: 'needs_confirmation'; host: string };

/** The host of a URL in lower case, or null when it is not a URL. */
export function hostOf(raw: string): string | null {
  try {
    return new URL(raw).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The one rule for real targets: anything that is not this machine is a real system, and nothing is
 * sent to it until the admin confirmed that host (the app asks once per target and domain; the CLI
 * takes `--yes-real-target HOST`).
 */
export function isRealHost(host: string): boolean {
  return !isLoopbackHost(host);
}

/** The first real host among `urls` that `confirmed` does not accept, or null when none is left. */
export async function firstUnconfirmedHost(
  urls: readonly string[],
  confirmed: (host: string) => boolean | Promise<boolean>,
): Promise<string | null> {
  for (const url of urls) {
    const host = hostOf(url);
    if (host !== null && isRealHost(host) && !(await confirmed(host))) return host;
  }
  return null;
}

/** The failure asking for a host's confirmation. */
export function needsConfirmation(host: string, step: StepFailure['step'] = 'request'): ConfirmationFailure {
  return {
    step,
    kind: 'needs_confirmation',
    host,
    message:
      sensitiveHostWarning(host) ??
      `${host} is a real system, not this machine: confirm the target before firing at it.`,
  };
}
