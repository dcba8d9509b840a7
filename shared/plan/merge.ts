import { identifierKey } from '../domain-api/webhook-content';
import type { WebhookKind } from '../model/field-catalogue';
import type { WebhookContent } from '../model/remote';
import { triggersOf } from '../model/triggers';
import { ROW_TABLES, unitsOf, type RowTable } from './units';

/** One unit that differs between base, live and draft after someone else changed the live page. */
export interface MergeItem {
  unit: string;
  label: string;
  base?: string;
  live?: string;
  draft?: string;
  /** theirs: only the live page changed it; mine: only the draft did; conflict: both, differently. */
  status: 'theirs' | 'mine' | 'conflict';
}

/** Which side wins for a unit. */
export type MergeChoice = 'theirs' | 'mine';

/** The three-way comparison of base → live and base → draft, unit by unit. */
export function threeWay(
  base: WebhookContent,
  live: WebhookContent,
  draft: WebhookContent,
  kind: WebhookKind,
): MergeItem[] {
  const all = triggersOf(kind);
  const [b, l, d] = [unitsOf(base, kind, all), unitsOf(live, kind, all), unitsOf(draft, kind, all)];
  const items: MergeItem[] = [];
  for (const id of new Set([...b.keys(), ...l.keys(), ...d.keys()])) {
    const bv = b.get(id)?.value;
    const lv = l.get(id)?.value;
    const dv = d.get(id)?.value;
    if (lv === dv) continue;
    const label = (d.get(id) ?? l.get(id) ?? b.get(id))?.label ?? id;
    const status = lv === bv ? 'mine' : dv === bv ? 'theirs' : 'conflict';
    items.push({ unit: id, label, base: bv, live: lv, draft: dv, status });
  }
  return items;
}

/** The default side per item: the side that changed it; conflicts default to the draft. */
export function defaultChoices(items: readonly MergeItem[]): Record<string, MergeChoice> {
  return Object.fromEntries(items.map((i) => [i.unit, i.status === 'theirs' ? 'theirs' : 'mine']));
}

type Row = {
  api_field: string;
  mangoapps_field: string;
  user_identifier?: boolean;
  location_identifier?: boolean;
};

function tableOf(c: WebhookContent, table: RowTable): Row[] {
  return table === 'input_parameters' ? c.incoming.input_parameters : c.outgoing[table];
}

function applyRow(out: WebhookContent, draft: WebhookContent, table: RowTable, apiField: string): void {
  const target = tableOf(out, table);
  const source = tableOf(draft, table);
  const at = target.findIndex((r) => r.api_field === apiField);
  const mine = source.find((r) => r.api_field === apiField);
  if (!mine) {
    if (at >= 0) target.splice(at, 1);
    return;
  }
  if (at >= 0) {
    target[at] = { ...target[at], mangoapps_field: mine.mangoapps_field } as Row;
    return;
  }
  // Insert after the row that precedes it in the draft, so an added row lands where the admin put it.
  const prev = source[source.indexOf(mine) - 1];
  const after = prev ? target.findIndex((r) => r.api_field === prev.api_field) : -1;
  const { user_identifier: _u, location_identifier: _l, ...plain } = mine;
  const row: Row = table === 'input_parameters' ? { ...plain } : plain;
  target.splice(after + 1, 0, row);
}

function applyUnit(out: WebhookContent, draft: WebhookContent, kind: WebhookKind, unit: string): void {
  const [prefix, ...rest] = unit.split(':');
  const name = rest.join(':');
  if (prefix === 'trigger') {
    const on = draft.outgoing.triggers.includes(name);
    const set = new Set(out.outgoing.triggers);
    if (on) set.add(name);
    else set.delete(name);
    out.outgoing.triggers = triggersOf(kind).filter((t) => set.has(t));
  } else if (prefix === 'post_url') out.outgoing.post_url = draft.outgoing.post_url;
  else if (prefix === 'oauth') out.security.oauth = draft.security.oauth ? { ...draft.security.oauth } : null;
  else if (prefix === 'jit_provisioning') out.jit_provisioning = draft.jit_provisioning;
  else if (prefix === 'identifier') {
    const key = identifierKey(kind);
    const chosen = draft.incoming.input_parameters.find((r) => r[key] === true)?.api_field;
    for (const r of out.incoming.input_parameters) r[key] = r.api_field === chosen;
  } else if ((ROW_TABLES as readonly string[]).includes(prefix ?? ''))
    applyRow(out, draft, prefix as RowTable, name);
}

/** The live content with the draft's side applied wherever the choice is "mine". */
export function mergeContents(
  live: WebhookContent,
  draft: WebhookContent,
  kind: WebhookKind,
  items: readonly MergeItem[],
  choices: Record<string, MergeChoice>,
): WebhookContent {
  const out = structuredClone(live);
  // Rows first, the identifier after them, so the identifier finds the row it points at.
  const ordered = [...items].sort(
    (a, b) => Number(a.unit === 'identifier') - Number(b.unit === 'identifier'),
  );
  for (const item of ordered) {
    if ((choices[item.unit] ?? (item.status === 'theirs' ? 'theirs' : 'mine')) === 'mine')
      applyUnit(out, draft, kind, item.unit);
  }
  return out;
}
