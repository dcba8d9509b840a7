import type { WebhookKind } from '../model/field-catalogue';
import type { InputRow } from '../model/webhook';
import type { FieldIndex } from './catalogue-index';
import { fieldName } from './catalogue-index';
import type { Problem } from './problem';
import { identifierLabel, identifierWireName, orList, rowList, tablePath } from './wording';

/**
 * Input parameters, when there are any: exactly one identifier row, and its field must be unique in the
 * catalogue, or the server cannot tell which user (or location) a notification is about.
 */
export function checkIdentifier(
  kind: WebhookKind,
  rows: readonly InputRow[],
  fields: FieldIndex,
  out: Problem[],
): void {
  if (rows.length === 0) return;
  const label = identifierLabel(kind);
  const base = tablePath(kind, 'input_parameters');
  const marked: number[] = [];
  rows.forEach((row, i) => {
    if (row.identifier) marked.push(i);
  });

  if (marked.length === 0) {
    out.push({
      severity: 'error',
      path: base,
      at: { section: 'table', kind, table: 'input_parameters', field: 'identifier' },
      message: `Mark one input parameter as the ${label}; none is marked`,
    });
    return;
  }
  if (marked.length > 1) {
    const message = `Only one input parameter can be the ${label}; ${rowList(marked)} are marked`;
    for (const i of marked) {
      out.push({
        severity: 'error',
        path: `${base}[${i}].${identifierWireName(kind)}`,
        at: { section: 'table', kind, table: 'input_parameters', rowId: rows[i]?.id, field: 'identifier' },
        message,
      });
    }
  }
  for (const i of marked) {
    const row = rows[i];
    const field = row ? fields.byKey.get(row.mangoapps_field) : undefined;
    // An empty or unknown field is already reported by the table rules.
    if (!row || !field || field.unique === true) continue;
    const suggest =
      fields.uniqueLabels.length > 0 ? `; choose a unique field such as ${orList(fields.uniqueLabels)}` : '';
    out.push({
      severity: 'error',
      path: `${base}[${i}].mangoapps_field`,
      at: { section: 'table', kind, table: 'input_parameters', rowId: row.id, field: 'mangoapps_field' },
      message: `The ${label} must be a unique field, and ${fieldName(field)} is not${suggest}`,
    });
  }
}
