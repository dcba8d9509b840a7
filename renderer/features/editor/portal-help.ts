import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { MappingTable } from '../../../shared/model/webhook';

/** Where each webhook page lives in the MangoApps Admin Portal. */
export const PORTAL_PAGE: Record<WebhookKind, string> = {
  profile: 'Admin Portal › Modules › People › Webhooks',
  location: 'Admin Portal › Domain Setup › Locations › Webhooks',
};

/** One line per mapping table: what it does, in the kind's own words (a location is not a profile). */
export function tableHelp(kind: WebhookKind, table: MappingTable): string {
  const record = kind === 'profile' ? 'user' : 'location';
  switch (table) {
    case 'request_parameters':
      return `Sent to the Post to URL with each trigger: the third party’s field name and the ${record}’s value. Portal: Outgoing › Request Parameters.`;
    case 'response_parameters':
      return `Read from the third party’s answer and written back into the ${record} in MangoApps. Portal: Outgoing › Response Parameters.`;
    case 'input_parameters':
      return `What the third party sends to the MangoApps URL; the ${kind === 'profile' ? 'User' : 'Location'} Identifier row finds the ${record}. Portal: Notifying MangoApps › Input Parameters.`;
  }
}
