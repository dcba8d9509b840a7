import { AppError } from '../../../shared/bridge/envelope';
import type { ApiCheckView } from '../../../shared/bridge/harness-schemas';
import type { DomainDraft } from '../../../shared/model/draft';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { boundOperation } from '../../../shared/openapi/bind';
import type { BodyViolation } from '../../../shared/openapi/types';
import { validateBody } from '../openapi/body-validator';
import type { DomainApi } from '../openapi/domain-api';
import type { HarnessContext } from './context';

/** A webhook's request check: the bound operation and a validator of the exact body sent. */
export interface RequestCheck {
  operation: string;
  check: (body: string, contentType: string) => BodyViolation[];
}

/**
 * The check of a webhook's request bodies against the operation its Post to URL is bound to (chosen
 * or matched), or null when the domain has no description or no operation with a request schema.
 */
export async function requestCheckFor(
  ctx: HarnessContext,
  draft: DomainDraft,
  kind: WebhookKind,
): Promise<RequestCheck | null> {
  const api = await ctx.api(draft.id);
  return api ? requestCheckIn(api, draft, kind) : null;
}

/** The same check from a description already at hand (the command line has no domain store). */
export function requestCheckIn(
  api: Pick<DomainApi, 'index' | 'binding' | 'contracts'>,
  draft: Pick<DomainDraft, 'config'>,
  kind: WebhookKind,
): RequestCheck | null {
  const bound = boundOperation(api.index, draft.config[kind].outgoing.post_url, api.binding[kind]);
  const contract = bound && api.contracts.find((c) => c.key === bound.operation.key);
  if (!contract || contract.request === null) return null;
  const schema = contract.request;
  return {
    operation: contract.key,
    check: (body, contentType) => validateBody(schema, contract.spec, body, contentType),
  };
}

/** The preview's check: the violations of the body it shows, or why it could not be checked. */
export async function previewCheck(
  ctx: HarnessContext,
  draft: DomainDraft,
  kind: WebhookKind,
  body: string,
  contentType: string,
): Promise<ApiCheckView | undefined> {
  try {
    const found = await requestCheckFor(ctx, draft, kind);
    return found ? { operation: found.operation, violations: found.check(body, contentType) } : undefined;
  } catch (error) {
    // The preview itself never fails because the description does: it says why it was not checked.
    if (!(error instanceof AppError)) throw error;
    return { operation: '', violations: [], error: error.message };
  }
}

/** The batch's check, required when the admin asked for the expectation. */
export async function batchCheck(
  ctx: HarnessContext,
  draft: DomainDraft,
  kind: WebhookKind,
): Promise<RequestCheck['check']> {
  const found = await requestCheckFor(ctx, draft, kind);
  if (found) return found.check;
  const page = kind === 'profile' ? 'Profile' : 'Locations';
  throw new AppError(
    'invalid_input',
    `"Request valid per the API description" needs an API description with an operation bound to the ${page} webhook's Post to URL: import one on the API description tab, or turn the expectation off.`,
  );
}
