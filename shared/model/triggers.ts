import type { WebhookKind } from './webhook-kinds';

// Plain data without schemas, so code that needs only the trigger names (the editor, the rules) does not
// bring the schema library with it.

/** Outgoing triggers of the Profile Webhook page, as the contract names them. */
export const PROFILE_TRIGGERS = ['create_user', 'update_user_profile', 'activate_deactivate_user'] as const;
/** Outgoing triggers of the Location webhook page. */
export const LOCATION_TRIGGERS = ['create_location', 'update_location', 'delete_location'] as const;

/** The trigger names valid for a webhook kind. */
export function triggersOf(kind: WebhookKind): readonly string[] {
  return kind === 'profile' ? PROFILE_TRIGGERS : LOCATION_TRIGGERS;
}

/** Human labels for triggers, as the Admin Portal shows them. */
export const TRIGGER_LABELS: Record<string, string> = {
  create_user: 'Create User',
  update_user_profile: 'Update User Profile',
  activate_deactivate_user: 'Activate/Deactivate User',
  create_location: 'Create Location',
  update_location: 'Update Location',
  delete_location: 'Delete Location',
};
