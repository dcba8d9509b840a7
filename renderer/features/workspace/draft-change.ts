import type { DomainDraft } from '../../../shared/model/draft';
import { MAPPING_TABLES } from '../../../shared/model/mapping-tables';
import type { InputRow, MappingRow } from '../../../shared/model/webhook';
import { WEBHOOK_KINDS, type WebhookKind } from '../../../shared/model/webhook-kinds';
import type { ProblemLocation } from '../../../shared/validation/problem';
import { rowsOf } from '../../store/draft-edits';
import { TABLE_TITLES } from '../problems/targets';

/** One change between two drafts, in words, and where it can be seen (null: nowhere to point at). */
export interface DraftChange {
  text: string;
  at: ProblemLocation | null;
}

const HOOK: Record<WebhookKind, string> = { profile: 'Profile webhook', location: 'Location webhook' };
const named = (row: MappingRow | InputRow) => (row.api_field ? ` “${row.api_field}”` : '');

function tableChange(from: DomainDraft, to: DomainDraft, kind: WebhookKind): DraftChange | null {
  for (const table of MAPPING_TABLES) {
    const a = rowsOf(from, kind, table);
    const b = rowsOf(to, kind, table);
    if (a === b) continue;
    const where = `${HOOK[kind]} › ${TABLE_TITLES[table]}`;
    const inB = new Map(b.map((r, i) => [r.id, i]));
    const inA = new Map(a.map((r, i) => [r.id, i]));
    const removed = a.findIndex((r) => !inB.has(r.id));
    if (removed >= 0) {
      const row = a[removed]!;
      return {
        text: `removed row ${removed + 1}${named(row)} (${where})`,
        at: { section: 'table', kind, table, rowId: row.id },
      };
    }
    const added = b.findIndex((r) => !inA.has(r.id));
    if (added >= 0) {
      const row = b[added]!;
      const at: ProblemLocation = { section: 'table', kind, table, rowId: row.id };
      return { text: `added row ${added + 1}${named(row)} (${where})`, at };
    }
    for (let i = 0; i < b.length; i++) {
      const row = b[i]!;
      const before = a[inA.get(row.id) ?? -1];
      if (!before || before === row) {
        if (inA.get(row.id) !== i) {
          const at: ProblemLocation = { section: 'table', kind, table, rowId: row.id };
          return { text: `moved row${named(row)} to row ${i + 1} (${where})`, at };
        }
        continue;
      }
      const at: ProblemLocation = { section: 'table', kind, table, rowId: row.id };
      return { text: `edited row ${i + 1}${named(row) || named(before)} (${where})`, at };
    }
  }
  return null;
}

/**
 * The first thing that differs when `from` becomes `to`, described as the edit that did it ("removed row
 * 12 “email” (Profile webhook › Request Parameters)"), with the place to show it (a row by its id, in
 * whichever of the two drafts holds it).
 */
export function describeChange(from: DomainDraft, to: DomainDraft): DraftChange | null {
  if (from.base_url !== to.base_url)
    return { text: 'Domain URL', at: { section: 'domain', field: 'base_url' } };
  if (from.name !== to.name) return { text: 'domain name', at: { section: 'domain', field: 'name' } };
  for (const kind of WEBHOOK_KINDS) {
    const a = from.config[kind].outgoing;
    const b = to.config[kind].outgoing;
    if (a.triggers !== b.triggers)
      return { text: `Trigger events (${HOOK[kind]})`, at: { section: 'triggers', kind } };
    if (a.post_url !== b.post_url)
      return { text: `Post to URL (${HOOK[kind]})`, at: { section: 'post_url', kind } };
    const rows = tableChange(from, to, kind);
    if (rows) return rows;
  }
  const oa = from.config.security.oauth;
  const ob = to.config.security.oauth;
  if (oa !== ob) {
    if (!oa || !ob) return { text: ob ? 'turned OAuth on' : 'turned OAuth off', at: null };
    const field = oa.token_url !== ob.token_url ? 'token_url' : 'username';
    return {
      text: field === 'token_url' ? 'Token URL' : 'OAuth username',
      at: { section: 'security', field },
    };
  }
  if (from.config.jit_provisioning !== to.config.jit_provisioning)
    return { text: 'JIT provisioning', at: null };
  if (from.catalogue !== to.catalogue) return { text: 'field catalogue', at: null };
  return null;
}
