import { identifierKey } from '../domain-api/webhook-content';
import type { WebhookKind } from '../model/field-catalogue';
import type { WebhookContent } from '../model/remote';
import { TRIGGER_LABELS } from '../model/triggers';

/** The tables whose rows are matched by API Field. */
export const ROW_TABLES = ['request_parameters', 'response_parameters', 'input_parameters'] as const;
export type RowTable = (typeof ROW_TABLES)[number];

/**
 * The smallest independently changeable pieces of a webhook: one trigger, the URL, one mapping row (by API
 * Field), the identifier, OAuth, JIT. Plans and three-way merges both work unit by unit.
 */
export interface Unit {
  id: string;
  label: string;
  /** A readable value, or undefined when the unit is absent (trigger off, row missing). */
  value: string | undefined;
}

const TABLE_LABELS: Record<RowTable, string> = {
  request_parameters: 'Request parameter',
  response_parameters: 'Response parameter',
  input_parameters: 'Input parameter',
};

/** A readable label for a table. */
export function tableLabel(table: RowTable): string {
  return TABLE_LABELS[table];
}

/** The identifier row's API field and MangoApps field, or undefined. */
export function identifierOf(content: WebhookContent, kind: WebhookKind): string | undefined {
  const key = identifierKey(kind);
  const row = content.incoming.input_parameters.find((r) => r[key] === true);
  return row ? `${row.api_field} → ${row.mangoapps_field}` : undefined;
}

function rowsOf(content: WebhookContent, table: RowTable) {
  return table === 'input_parameters' ? content.incoming.input_parameters : content.outgoing[table];
}

/** Every unit of a content, keyed by unit id, in display order. */
export function unitsOf(
  content: WebhookContent,
  kind: WebhookKind,
  allTriggers: readonly string[],
): Map<string, Unit> {
  const units = new Map<string, Unit>();
  const put = (id: string, label: string, value: string | undefined) => units.set(id, { id, label, value });
  const on = new Set(content.outgoing.triggers);
  for (const t of new Set([...allTriggers, ...on]))
    put(`trigger:${t}`, `Trigger "${TRIGGER_LABELS[t] ?? t}"`, on.has(t) ? 'on' : undefined);
  put('post_url', 'Post to URL', content.outgoing.post_url || undefined);
  for (const table of ROW_TABLES) {
    for (const row of rowsOf(content, table)) {
      const id = `${table}:${row.api_field}`;
      if (!units.has(id)) put(id, `${TABLE_LABELS[table]} "${row.api_field}"`, row.mangoapps_field);
    }
  }
  put(
    'identifier',
    kind === 'profile' ? 'User identifier' : 'Location identifier',
    identifierOf(content, kind),
  );
  const oauth = content.security.oauth;
  put('oauth', 'OAuth', oauth ? `token URL ${oauth.token_url}, username ${oauth.username}` : undefined);
  if (kind === 'profile')
    put('jit_provisioning', 'JIT provisioning', content.jit_provisioning ? 'on' : 'off');
  return units;
}
