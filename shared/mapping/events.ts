import type { WebhookKind } from '../model/field-catalogue';

/** The `X-MangoApps-Event` values a delivery carries (admin-api.md, Deliveries; locations 1:1). */
export const DELIVERY_EVENTS = [
  'create_user',
  'update_user_profile',
  'activate_user',
  'deactivate_user',
  'create_location',
  'update_location',
  'delete_location',
] as const;
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number];

const EVENT_SET = new Set<string>(DELIVERY_EVENTS);
const LOCATION_EVENTS = new Set<string>(['create_location', 'update_location', 'delete_location']);

/** Whether a string is a delivery event name. */
export function isDeliveryEvent(value: string): value is DeliveryEvent {
  return EVENT_SET.has(value);
}

/** Whether an account status counts as active: blank or "Active" in any case (a new user starts active). */
function isActive(status: unknown): boolean {
  if (status === null || status === undefined) return true;
  const text = String(status).trim().toLowerCase();
  return text === '' || text === 'active' || text === 'a';
}

/**
 * The event a trigger fires for a sample: Activate/Deactivate User becomes `activate_user` or
 * `deactivate_user` by the sample's account status; every other trigger (and an event name) maps 1:1.
 */
export function deliveryEvent(
  trigger: string,
  sample: { fields: Readonly<Record<string, unknown>> },
): DeliveryEvent {
  if (trigger === 'activate_deactivate_user') {
    return isActive(sample.fields['account_status']) ? 'activate_user' : 'deactivate_user';
  }
  if (isDeliveryEvent(trigger)) return trigger;
  throw new Error(`"${trigger}" is not a trigger MangoApps fires.`);
}

/** The Admin Portal trigger an event belongs to (to check that it is enabled in a draft). */
export function triggerOfEvent(event: DeliveryEvent): string {
  return event === 'activate_user' || event === 'deactivate_user' ? 'activate_deactivate_user' : event;
}

/** Which webhook an event or trigger belongs to. */
export function kindOfTrigger(triggerOrEvent: string): WebhookKind {
  return LOCATION_EVENTS.has(triggerOrEvent) ? 'location' : 'profile';
}
