import * as z from 'zod';

/** How the app reaches the network, as the admin sets it (the proxy password is a secret, never shown). */
const NetworkFields = {
  /** auto: HTTPS_PROXY/HTTP_PROXY/NO_PROXY, then the OS settings (desktop); manual: the URL; direct: none. */
  mode: z.enum(['auto', 'manual', 'direct']),
  url: z.string().trim().max(2000),
  /** NO_PROXY forms: host, .suffix, *, host:port, CIDR; commas or spaces. */
  bypass: z.string().max(4000),
  username: z.string().max(200),
  /** Send local (loopback) targets through the proxy too. */
  proxy_loopback: z.boolean(),
  /** A PEM file of extra certificate authorities, e.g. the corporate TLS-inspection root. */
  ca_file: z.string().trim().max(4096).nullable(),
};

/** The network settings as the UI shows them. */
export const NetworkSettingsViewSchema = z.object({
  ...NetworkFields,
  password_set: z.boolean(),
  /** Whether this shell reads the operating system's proxy settings (PAC included) in auto mode. */
  system_proxy: z.boolean(),
  /** Whether the operating system's certificate store is trusted, too. */
  system_ca: z.boolean(),
});
export type NetworkSettingsView = z.infer<typeof NetworkSettingsViewSchema>;

/** The network settings channels. */
export const networkContract = {
  'network:get': { input: z.object({}), result: NetworkSettingsViewSchema },
  'network:set': {
    input: z.object({
      ...NetworkFields,
      /** A new proxy password; null forgets it; absent keeps the stored one. */
      password: z.string().min(1).max(1024).nullable().optional(),
    }),
    result: NetworkSettingsViewSchema,
  },
};
