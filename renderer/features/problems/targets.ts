import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { MappingTable } from '../../../shared/model/webhook';
import type { ProblemLocation } from '../../../shared/validation/problem';

/** Column of a mapping row a message or a jump can point at. */
export type RowField = 'api_field' | 'mangoapps_field' | 'identifier';

/** DOM id of a row's control: the problems list focuses it, messages hang off it via aria-describedby. */
export function rowControlId(kind: WebhookKind, table: MappingTable, rowId: string, field: RowField): string {
  return `${kind}-${table}-${rowId}-${field}`;
}

/** DOM id of a table's container (for table-level problems such as "no identifier"). */
export function tableId(kind: WebhookKind, table: MappingTable): string {
  return `${kind}-${table}`;
}

/** DOM id of a single field: Post to URL, the triggers group, security fields, the domain URL. */
export function fieldId(at: Exclude<ProblemLocation, { section: 'table' }>): string {
  switch (at.section) {
    case 'triggers':
      return `${at.kind}-triggers`;
    case 'post_url':
      return `${at.kind}-post-url`;
    case 'security':
      return `security-${at.field.replace('_', '-')}`;
    case 'domain':
      return `domain-${at.field.replace('_', '-')}`;
  }
}

/** The element a problem jump focuses. */
export function targetIdOf(at: ProblemLocation): string {
  if (at.section !== 'table') return fieldId(at);
  if (!at.rowId) return tableId(at.kind, at.table);
  return rowControlId(at.kind, at.table, at.rowId, at.field ?? 'api_field');
}

/** The id of the message element describing a control, for aria-describedby. */
export function messageIdOf(controlId: string): string {
  return `${controlId}-message`;
}

/** Where a problem is, in the words of the editor ("Profile webhook › Request Parameters › row 3"). */
export function describeLocation(at: ProblemLocation, rowNumber?: number): string {
  const hook = (kind: WebhookKind) => (kind === 'profile' ? 'Profile webhook' : 'Location webhook');
  switch (at.section) {
    case 'triggers':
      return `${hook(at.kind)} › Triggers`;
    case 'post_url':
      return `${hook(at.kind)} › Post to URL`;
    case 'table': {
      const row = rowNumber !== undefined ? ` › row ${rowNumber}` : '';
      return `${hook(at.kind)} › ${TABLE_TITLES[at.table]}${row}`;
    }
    case 'security':
      return `Security › ${at.field === 'token_url' ? 'Token URL' : at.field === 'username' ? 'Username' : 'Password'}`;
    case 'domain':
      return at.field === 'name' ? 'Domain › Name' : 'Domain › Domain URL';
  }
}

/** Table titles as the Admin Portal shows them. */
export const TABLE_TITLES: Record<MappingTable, string> = {
  request_parameters: 'Request Parameters',
  response_parameters: 'Response Parameters',
  input_parameters: 'Input Parameters',
};
