/** How the app reaches the network: which proxy, and which certificate authorities it trusts. */
export interface ProxySettings {
  /**
   * `auto`: the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), then the operating system's settings
   * where the shell can read them (the desktop app, PAC included); `manual`: the URL below; `direct`: none.
   */
  mode: 'auto' | 'manual' | 'direct';
  /** The proxy for `manual`, e.g. `http://proxy.corp:3128`; credentials in it are percent-decoded. */
  url?: string;
  /** Targets that skip the manual proxy, in NO_PROXY forms (host, .suffix, *, host:port, CIDR). */
  bypass?: string;
  /** Basic proxy authentication; the password comes from the secret vault, never from a settings file. */
  username?: string;
  password?: string;
  /** Send loopback targets (local receiver, emulator) through the proxy too; by default they skip it. */
  proxyLoopback?: boolean;
}

/**
 * The PAC-style answer of the operating system for one URL, e.g. `PROXY proxy.corp:3128; DIRECT`, as
 * Electron's `session.resolveProxy` gives it. An interface, so services never import Electron.
 */
export type SystemProxyResolver = (url: string) => Promise<string>;

/** Everything the network layer needs from a shell. */
export interface NetConfig {
  proxy: ProxySettings;
  /** A PEM file of extra certificate authorities (e.g. a corporate TLS-inspection root). */
  caFile?: string | null;
  /** Also trust the operating system's certificate store (the desktop app). */
  systemCa?: boolean;
  resolveSystemProxy?: SystemProxyResolver;
}

/** The default: the environment's proxy, no extra trust (the CLI and browser shell without settings). */
export const DEFAULT_NET_CONFIG: NetConfig = { proxy: { mode: 'auto' } };

let current: NetConfig = DEFAULT_NET_CONFIG;
let generation = 0;

/** The process's network configuration; the shells set it at start and when the settings change. */
export function netConfig(): NetConfig {
  return current;
}

/** A number that changes whenever the configuration does, so pools know when to rebuild. */
export function netGeneration(): number {
  return generation;
}

/** Replaces the process's network configuration (shell start-up, settings saved, CLI flags). */
export function setNetConfig(config: NetConfig): void {
  current = config;
  generation++;
}
