import type { WebhookConfig } from './draft';
import type { Webhook } from './webhook';

// Plain data without schemas, so the editor can tell an untouched draft without the schema library.

/** A webhook with nothing configured, as a never-configured domain returns it. */
export function emptyWebhook(): Webhook {
  return {
    outgoing: { triggers: [], post_url: '', request_parameters: [], response_parameters: [] },
    incoming: { notify_url: null, input_parameters: [] },
  };
}

/** A configuration with nothing set. */
export function emptyConfig(): WebhookConfig {
  return {
    profile: emptyWebhook(),
    location: emptyWebhook(),
    security: { oauth: null },
    jit_provisioning: false,
  };
}
