import { DomainClient } from '../../../electron/services/domain-client/domain-client';
import type { Emulator } from '../../../electron/services/emulator';

/** A domain client holding the emulator's admin login and read-write API key, as a connected domain has them. */
export function adminClient(
  emu: Emulator,
  options?: ConstructorParameters<typeof DomainClient>[1],
): DomainClient {
  return new DomainClient(
    {
      base_url: emu.url,
      api_key: emu.apiKeys.readWrite,
      username: emu.admin.username,
      password: emu.admin.password,
    },
    options,
  );
}
