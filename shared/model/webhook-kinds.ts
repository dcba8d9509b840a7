// Plain data without schemas, so code that needs only the kinds does not bring the schema library with it.

/** The two webhooks a domain has; each has its own catalogue, triggers and identifier. */
export const WEBHOOK_KINDS = ['profile', 'location'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];
