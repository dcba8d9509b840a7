import type { DomainDraft } from '../../shared/model/draft';
import type { Field, WebhookKind } from '../../shared/model/field-catalogue';
import { newId } from '../../shared/model/ids';
import type { InputRow, MappingRow, MappingTable, OAuth, Webhook } from '../../shared/model/webhook';

/**
 * Pure edits of a draft: each returns a new draft sharing every untouched branch, so memoised rows and
 * the validation cache see exactly what changed.
 */

/** The rows of one mapping table; input rows carry the identifier flag. */
export function rowsOf(
  draft: DomainDraft,
  kind: WebhookKind,
  table: MappingTable,
): readonly (MappingRow | InputRow)[] {
  const hook = draft.config[kind];
  return table === 'input_parameters' ? hook.incoming.input_parameters : hook.outgoing[table];
}

function withWebhook(draft: DomainDraft, kind: WebhookKind, fn: (hook: Webhook) => Webhook): DomainDraft {
  return { ...draft, config: { ...draft.config, [kind]: fn(draft.config[kind]) } };
}

function withRows(
  draft: DomainDraft,
  kind: WebhookKind,
  table: MappingTable,
  fn: (rows: InputRow[]) => InputRow[],
): DomainDraft {
  return withWebhook(draft, kind, (hook) => {
    if (table === 'input_parameters') {
      return {
        ...hook,
        incoming: { ...hook.incoming, input_parameters: fn(hook.incoming.input_parameters) },
      };
    }
    // Outgoing rows have no identifier; the cast lets one helper serve all three tables.
    const rows = fn(hook.outgoing[table] as InputRow[]) as MappingRow[];
    return { ...hook, outgoing: { ...hook.outgoing, [table]: rows } };
  });
}

/** Turns one trigger on or off, keeping the contract's order-free list without duplicates. */
export function setTrigger(draft: DomainDraft, kind: WebhookKind, trigger: string, on: boolean): DomainDraft {
  return withWebhook(draft, kind, (hook) => {
    const rest = hook.outgoing.triggers.filter((t) => t !== trigger);
    return { ...hook, outgoing: { ...hook.outgoing, triggers: on ? [...rest, trigger] : rest } };
  });
}

/** Sets the Post to URL. */
export function setPostUrl(draft: DomainDraft, kind: WebhookKind, url: string): DomainDraft {
  return withWebhook(draft, kind, (hook) => ({ ...hook, outgoing: { ...hook.outgoing, post_url: url } }));
}

/** Appends an empty row; the first input row becomes the identifier, since exactly one is required. */
export function addRow(
  draft: DomainDraft,
  kind: WebhookKind,
  table: MappingTable,
  id = newId(),
): DomainDraft {
  return withRows(draft, kind, table, (rows) => {
    const row: MappingRow = { id, api_field: '', mangoapps_field: '' };
    const added = table === 'input_parameters' ? { ...row, identifier: rows.length === 0 } : row;
    return [...rows, added as InputRow];
  });
}

/** Changes the API field or the MangoApps field of one row. */
export function setRowField(
  draft: DomainDraft,
  kind: WebhookKind,
  table: MappingTable,
  rowId: string,
  field: 'api_field' | 'mangoapps_field',
  value: string,
): DomainDraft {
  return withRows(draft, kind, table, (rows) =>
    rows.map((r) => (r.id === rowId ? { ...r, [field]: value } : r)),
  );
}

/** Removes one row. */
export function removeRow(
  draft: DomainDraft,
  kind: WebhookKind,
  table: MappingTable,
  rowId: string,
): DomainDraft {
  return withRows(draft, kind, table, (rows) => rows.filter((r) => r.id !== rowId));
}

/** Moves one row by `delta` places (−1 up, +1 down); a move past either end does nothing. */
export function moveRow(
  draft: DomainDraft,
  kind: WebhookKind,
  table: MappingTable,
  rowId: string,
  delta: number,
): DomainDraft {
  const rows = rowsOf(draft, kind, table);
  const from = rows.findIndex((r) => r.id === rowId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= rows.length) return draft;
  return withRows(draft, kind, table, (list) => {
    const next = [...list];
    const [row] = next.splice(from, 1);
    if (row) next.splice(to, 0, row);
    return next;
  });
}

/** Makes one input row the identifier and clears the flag everywhere else (exactly one identifier). */
export function setIdentifier(draft: DomainDraft, kind: WebhookKind, rowId: string): DomainDraft {
  return withRows(draft, kind, 'input_parameters', (rows) =>
    rows.map((r) => (r.identifier === (r.id === rowId) ? r : { ...r, identifier: r.id === rowId })),
  );
}

/** Sets the JIT provisioning toggle (profile webhook only). */
export function setJit(draft: DomainDraft, on: boolean): DomainDraft {
  return { ...draft, config: { ...draft.config, jit_provisioning: on } };
}

/** Sets the domain's base URL. */
export function setBaseUrl(draft: DomainDraft, url: string): DomainDraft {
  return { ...draft, base_url: url };
}

/** Sets the admin account used to pull and publish (its password is a host-held secret). */
export function setAdminUsername(draft: DomainDraft, username: string): DomainDraft {
  return { ...draft, admin_username: username };
}

/** Turns OAuth on (with empty fields, or the given ones) or off. */
export function setOAuth(draft: DomainDraft, oauth: OAuth | null): DomainDraft {
  return { ...draft, config: { ...draft.config, security: { oauth } } };
}

/** Changes one OAuth field; does nothing while OAuth is off. */
export function setOAuthField(draft: DomainDraft, field: keyof OAuth, value: string): DomainDraft {
  const oauth = draft.config.security.oauth;
  return oauth ? setOAuth(draft, { ...oauth, [field]: value }) : draft;
}

/** Adds a custom field to a catalogue. */
export function addCustomField(draft: DomainDraft, kind: WebhookKind, field: Field): DomainDraft {
  const catalogue = draft.catalogue;
  return { ...draft, catalogue: { ...catalogue, [kind]: [...catalogue[kind], { ...field, custom: true }] } };
}

/** Removes a custom field; standard fields cannot be removed. */
export function removeCustomField(draft: DomainDraft, kind: WebhookKind, key: string): DomainDraft {
  const catalogue = draft.catalogue;
  const fields = catalogue[kind].filter((f) => !(f.custom && f.key === key));
  return { ...draft, catalogue: { ...catalogue, [kind]: fields } };
}

/** How many rows of a webhook map to a field key, so removing a field can warn first. */
export function usagesOf(draft: DomainDraft, kind: WebhookKind, key: string): number {
  const hook = draft.config[kind];
  const all = [
    ...hook.outgoing.request_parameters,
    ...hook.outgoing.response_parameters,
    ...hook.incoming.input_parameters,
  ];
  return all.filter((r) => r.mangoapps_field === key).length;
}
