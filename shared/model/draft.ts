import * as z from 'zod';
import { emptyConfig } from './empty-config';
import { CatalogueSchema } from './field-catalogue';
import { ImportedBaseSchema, RemoteStateSchema } from './remote';
import { builtinCatalogue } from './standard-fields';
import { SecuritySchema, WebhookSchema } from './webhook';

/** The whole configuration of one domain: what the Admin Portal's two webhook pages hold. */
export const WebhookConfigSchema = z.object({
  profile: WebhookSchema,
  location: WebhookSchema,
  security: SecuritySchema,
  jit_provisioning: z.boolean(),
});
export type WebhookConfig = z.infer<typeof WebhookConfigSchema>;
export { emptyConfig };

/** A domain the admin works on, with its draft configuration and the field catalogue it maps against. */
export const DomainDraftSchema = z.object({
  id: z.string().min(1),
  /** Display name, e.g. "acme production". */
  name: z.string().min(1).max(120),
  /** The domain's base URL, e.g. https://acme.mangoapps.com; empty until the admin sets it. */
  base_url: z.string(),
  /** The admin account used to pull and publish; its password and the API key are host-held secrets. */
  admin_username: z.string().max(200).optional(),
  config: WebhookConfigSchema,
  catalogue: CatalogueSchema,
  /** The live configuration this draft is based on, per webhook; absent until the domain is pulled. */
  remote: RemoteStateSchema.optional(),
  /** A base an imported draft file brought, checked by the next plan; wins over `remote` as the base. */
  file_base: ImportedBaseSchema.optional(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type DomainDraft = z.infer<typeof DomainDraftSchema>;

/** What the domain list shows, without loading every draft. */
export const DomainSummarySchema = DomainDraftSchema.pick({
  id: true,
  name: true,
  base_url: true,
  updated_at: true,
});
export type DomainSummary = z.infer<typeof DomainSummarySchema>;

/** A new draft for a domain, with the built-in catalogue. */
export function newDraft(id: string, name: string, baseUrl: string, now: string): DomainDraft {
  return {
    id,
    name,
    base_url: baseUrl,
    config: emptyConfig(),
    catalogue: builtinCatalogue(),
    created_at: now,
    updated_at: now,
  };
}
