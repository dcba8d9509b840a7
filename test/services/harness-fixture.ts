import { defaultProfileFields } from '../../electron/services/emulator';
import type { Field } from '../../shared/model/field-catalogue';
import type { Webhook } from '../../shared/model/webhook';
import { builtinUsers } from '../../shared/samples';

/** The emulator's profile catalogue: standard fields plus custom ones of every type. */
export const CATALOGUE: Field[] = defaultProfileFields();

/** A profile webhook like the emulator's seeded one, posting to `url`. */
export function profileWebhook(
  url: string,
  response: [string, string][] = [['workerId', 'custom_hris_id']],
): Webhook {
  let n = 0;
  const row = (api_field: string, mangoapps_field: string) => ({ id: `r${++n}`, api_field, mangoapps_field });
  return {
    outgoing: {
      triggers: ['create_user', 'update_user_profile', 'activate_deactivate_user'],
      post_url: url,
      request_parameters: [
        row('employeeNumber', 'employee_id'),
        row('workEmail', 'email'),
        row('firstName', 'first_name'),
        row('remote', 'custom_remote'),
        row('startDate', 'custom_start_date'),
      ],
      response_parameters: response.map(([a, k]) => row(a, k)),
    },
    incoming: {
      notify_url: null,
      input_parameters: [
        { ...row('employeeNumber', 'employee_id'), identifier: true },
        { ...row('jobTitle', 'title'), identifier: false },
        { ...row('workerId', 'custom_hris_id'), identifier: false },
      ],
    },
  };
}

/** The first built-in sample user (Priya Raman, E1001, matches an emulator user). */
export const PRIYA = builtinUsers()[0] as ReturnType<typeof builtinUsers>[number];

/** A loopback port with nothing listening (bound once, then released, never connected to). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
