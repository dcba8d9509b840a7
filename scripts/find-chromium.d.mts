/** Executable names looked up on PATH, in order. */
export const NAMES: readonly string[];
/** Where Debian's package puts the browser. */
export const DEBIAN_CHROMIUM: string;
/** The one-line instruction printed when no browser is found and none can be installed. */
export const INSTALL_HINT: string;
/** The browser to drive, or `{ path: null }` (with `error` when CHROMIUM_PATH names no executable). */
export function findChromium(
  env?: Record<string, string | undefined>,
  executable?: (file: string) => boolean,
): { path: string | null; error?: string };
/** Whether this process may install Debian's chromium itself: root on Debian with apt-get, not opted out. */
export function canInstall(
  uid?: number,
  exists?: (file: string) => boolean,
  env?: Record<string, string | undefined>,
): boolean;
