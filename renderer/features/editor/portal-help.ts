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

/** Where the one OAuth setup lives; the Profile webhook page links to it as "Webhook Security". */
const OAUTH_PAGE = 'Admin Portal › Integrations › Webhooks › OAuth setup (linked as Webhook Security)';

/**
 * Short help for each portal field outside the mapping tables: what it does, and where it lives in the
 * Admin Portal. Only what the MangoApps admin guides state; the connection fields are this app's own.
 */
export const FIELD_HELP = {
  triggers: 'Which MangoApps events call the Post to URL. Portal: Outgoing › the trigger checkboxes.',
  post_url:
    'The third party’s https:// endpoint; every checked trigger posts here. Portal: Outgoing › Post to URL.',
  oauth: `MangoApps first obtains a token at the Token URL, then sends it with every outgoing call of the Profile and the Location webhook. Portal: ${OAUTH_PAGE}.`,
  token_url: `Where MangoApps asks the third party for a token before it calls the Post to URL. Portal: ${OAUTH_PAGE} › Token URL.`,
  oauth_username: `The account MangoApps signs in with at the Token URL; the portal asks for it “if required”. Portal: ${OAUTH_PAGE} › Username.`,
  oauth_password: `That account’s password; sent to the domain on publish, never written to the draft or an export. Portal: ${OAUTH_PAGE} › Password.`,
  jit: 'Creates a MangoApps account the first time a user signs in (just-in-time provisioning). Portal: Admin Portal › Integrations › Webhooks › JIT provisioning.',
  domain_url:
    'The address of the MangoApps domain this draft is for, e.g. https://acme.mangoapps.com; pull and publish go there.',
  admin_username:
    'A network admin of the domain (webhook settings need one); saved with the draft. The same sign-in as the Admin Portal.',
  api_key:
    'An API key of an app registered in Admin Portal › Integrations › APIs & Webhooks; publishing needs its access level to be Read and Write (Read Only can pull and plan).',
  admin_password: 'The network admin’s password, the one used to sign in to the Admin Portal.',
} as const;

/** The MangoApps URL the domain issues for incoming calls, in the kind's own words. */
export function notifyUrlHelp(kind: WebhookKind): string {
  const what = kind === 'profile' ? 'profile changes' : 'location changes';
  return `Issued by the domain. Give it to the third party: it posts ${what} here. Portal: ${PORTAL_PAGE[kind]} › Notifying MangoApps › MangoApps URL.`;
}

/** The identifier checkbox of the Input Parameters, in the kind's own words. */
export function identifierHelp(kind: WebhookKind): string {
  const [name, record] =
    kind === 'profile' ? ['User Identifier', 'user'] : ['Location Identifier', 'location'];
  return `${name}: marks the one row whose value finds the ${record} an incoming call updates; exactly one row can be marked. Portal: Notifying MangoApps › Input Parameters › the ${name} checkbox.`;
}
