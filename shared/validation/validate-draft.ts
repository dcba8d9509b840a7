import type { DomainDraft } from '../model/draft';
import { WEBHOOK_KINDS } from '../model/webhook-kinds';
import { indexCatalogue } from './catalogue-index';
import { checkDomain } from './domain-rules';
import { checkIdentifier } from './identifier-rules';
import type { Problem } from './problem';
import { checkSecurity } from './security-rules';
import { checkTable } from './table-rules';
import { checkOutgoing } from './trigger-rules';

/**
 * Every server rule of admin-api.md for both webhooks, plus warnings for what the server accepts but is
 * likely a mistake. Errors mean a publish would be refused. Problems come out in editor order: domain,
 * profile (triggers, URL, request, response, input), location, security. One pass per table; each
 * catalogue is indexed once per call, so 1,000 rows validate in well under a millisecond.
 */
export function validateDraft(draft: DomainDraft): Problem[] {
  const out: Problem[] = [];
  checkDomain(draft.base_url, out);
  for (const kind of WEBHOOK_KINDS) {
    const hook = draft.config[kind];
    const fields = indexCatalogue(draft.catalogue[kind]);
    checkOutgoing(kind, hook, out);
    const sent = checkTable(kind, 'request_parameters', hook.outgoing.request_parameters, fields, out);
    checkTable(kind, 'response_parameters', hook.outgoing.response_parameters, fields, out, sent);
    checkTable(kind, 'input_parameters', hook.incoming.input_parameters, fields, out);
    checkIdentifier(kind, hook.incoming.input_parameters, fields, out);
  }
  checkSecurity(draft.config.security, out);
  return out;
}
