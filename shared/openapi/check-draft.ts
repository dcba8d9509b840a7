import type { DomainDraft } from '../model/draft';
import { WEBHOOK_KINDS } from '../model/webhook-kinds';
import type { Problem } from '../validation/problem';
import { tablePath } from '../validation/wording';
import { boundOperation } from './bind';
import { checkAgainstOperation, type ApiFinding } from './checks';
import type { ApiIndex, OperationBinding } from './types';

/**
 * Checks both webhooks of a draft against a description. A webhook with no triggers and no rows, or
 * whose Post to URL matches no operation (and none is chosen), is not checked.
 */
export function checkDraftAgainstDescription(
  draft: Pick<DomainDraft, 'config' | 'catalogue'>,
  index: ApiIndex,
  binding: OperationBinding = {},
): ApiFinding[] {
  const out: ApiFinding[] = [];
  for (const kind of WEBHOOK_KINDS) {
    const hook = draft.config[kind].outgoing;
    if (
      hook.request_parameters.length === 0 &&
      hook.response_parameters.length === 0 &&
      hook.triggers.length === 0
    )
      continue;
    const bound = boundOperation(index, hook.post_url, binding[kind]);
    if (!bound) continue;
    out.push(
      ...checkAgainstOperation({
        kind,
        request: hook.request_parameters,
        response: hook.response_parameters,
        fields: draft.catalogue[kind],
        operation: bound.operation,
      }),
    );
  }
  return out;
}

/** Findings as Problems-list warnings, pointing at the row's API Field (or at the table for a missing row). */
export function findingsAsProblems(findings: readonly ApiFinding[]): Problem[] {
  return findings.map((f) => {
    const base = tablePath(f.kind, f.table);
    const suggestion = f.suggestion === null ? '' : ` — ${f.suggestion}`;
    return {
      severity: 'warning',
      path: f.row === null ? base : `${base}[${f.row - 1}].api_field`,
      message: `API description: ${f.problem}${suggestion}`,
      at:
        f.rowId === null
          ? { section: 'table', kind: f.kind, table: f.table }
          : { section: 'table', kind: f.kind, table: f.table, rowId: f.rowId, field: 'api_field' },
    };
  });
}
