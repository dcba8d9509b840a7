/** Types of `proxy-from-env` 2.x, which ships none. */
declare module 'proxy-from-env' {
  /** The proxy URL for a target from HTTP(S)_PROXY / ALL_PROXY and NO_PROXY, or '' for none. */
  export function getProxyForUrl(url: string | URL): string;
}
