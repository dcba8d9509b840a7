import { describe, expect, it } from 'vitest';
import {
  addCustomField,
  addRow,
  moveRow,
  removeRow,
  rowsOf,
  setIdentifier,
  setPostUrl,
  setRowField,
  setTrigger,
} from '../../renderer/store/draft-edits';
import type { DomainDraft } from '../../shared/model/draft';
import type { WebhookKind } from '../../shared/model/field-catalogue';
import type { MappingRow, MappingTable } from '../../shared/model/webhook';
import { createDraftValidator } from '../../shared/validation/incremental';
import { validateDraft } from '../../shared/validation/validate-draft';
import { makeLargeDraft } from '../fixtures/large-draft';
import { validDraft } from './validation-fixture';

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick };
}

const TABLES: readonly MappingTable[] = ['request_parameters', 'response_parameters', 'input_parameters'];
const KINDS: readonly WebhookKind[] = ['profile', 'location'];
// Few names, some differing only in case, so duplicates and case-only twins come and go all the time.
const API_NAMES = ['id', 'Id', 'ID', 'email', 'Email', 'name', ' name', '', 'x'.repeat(101), 'cost', 'COST'];

type Rng = ReturnType<typeof random>;

function fieldKeys(draft: DomainDraft, kind: WebhookKind): string[] {
  // Catalogue keys (read-only ones included), an unknown key and none, drawn from a few so they collide.
  return [
    ...draft.catalogue[kind].slice(0, 6).map((f) => f.key),
    'custom_badge_no',
    'custom_1',
    'no_such_field',
    '',
  ];
}

/** One random edit, as the editor makes them (immutable, untouched rows kept by identity). */
function randomEdit(draft: DomainDraft, rng: Rng): DomainDraft {
  const kind = rng.pick(KINDS);
  const table = rng.pick(TABLES);
  const rows = rowsOf(draft, kind, table);
  const someRow = () => (rows.length ? rng.pick(rows).id : undefined);
  const roll = rng.int(100);
  const id = someRow();
  if (roll < 40 && id) return setRowField(draft, kind, table, id, 'api_field', rng.pick(API_NAMES));
  if (roll < 65 && id)
    return setRowField(draft, kind, table, id, 'mangoapps_field', rng.pick(fieldKeys(draft, kind)));
  if (roll < 72) return addRow(draft, kind, table, `r${rng.int(1e9)}`);
  if (roll < 78 && id) return removeRow(draft, kind, table, id);
  if (roll < 83 && id) return moveRow(draft, kind, table, id, rng.pick([-1, 1]));
  if (roll < 87 && id && table === 'input_parameters') return setIdentifier(draft, kind, id);
  if (roll < 90)
    return setTrigger(draft, kind, rng.pick(['create_user', 'create_location']), rng.next() < 0.5);
  if (roll < 92) return setPostUrl(draft, kind, rng.pick(['', 'http://x', 'https://hooks.example.com/a']));
  if (roll < 94) {
    const key = `custom_${rng.int(3)}`;
    return addCustomField(draft, kind, {
      key,
      label: key,
      type: 'string',
      read_only: rng.next() < 0.5,
      custom: true,
    });
  }
  if (roll < 97) {
    // Many rows at once, as an import or a paste does.
    const value = rng.pick(API_NAMES);
    return rows.reduce(
      (d, r) => (rng.next() < 0.6 ? setRowField(d, kind, table, r.id, 'api_field', value) : d),
      draft,
    );
  }
  // Two rows of one table in one edit.
  const [a, b] = [someRow(), someRow()];
  if (!a || !b) return draft;
  const keys = fieldKeys(draft, kind);
  return setRowField(
    setRowField(draft, kind, table, a, 'mangoapps_field', rng.pick(keys)),
    kind,
    table,
    b,
    'api_field',
    rng.pick(API_NAMES),
  );
}

function withRows(draft: DomainDraft, count: number, rng: Rng): DomainDraft {
  let d = draft;
  for (const kind of KINDS) {
    for (const table of TABLES) {
      for (let i = 0; i < count; i++) {
        const id = `s${kind}${table}${i}`;
        d = addRow(d, kind, table, id);
        d = setRowField(d, kind, table, id, 'api_field', rng.pick(API_NAMES));
        d = setRowField(d, kind, table, id, 'mangoapps_field', rng.pick(fieldKeys(d, kind)));
      }
    }
  }
  return d;
}

describe('incremental validation', () => {
  it('finds exactly what a full validation finds, after every edit of random edit sequences', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const rng = random(seed);
      const check = createDraftValidator();
      let draft = withRows(validDraft(), 4 + rng.int(24), rng);
      const history: DomainDraft[] = [draft];
      for (let step = 0; step < 200; step++) {
        // Now and then go back to an earlier version, as undo does.
        draft = rng.next() < 0.05 ? rng.pick(history) : randomEdit(draft, rng);
        history.push(draft);
        const full = validateDraft(draft);
        const incremental = check(draft);
        if (JSON.stringify(incremental) !== JSON.stringify(full)) {
          expect(incremental, `seed ${seed}, step ${step}`).toEqual(full);
        }
      }
    }
  });

  it('re-checks the rows a one-row edit touches in a 1,000-row draft, and their groups', () => {
    const check = createDraftValidator();
    let draft = makeLargeDraft(1000);
    expect(check(draft)).toEqual(validateDraft(draft));
    const rows = draft.config.profile.outgoing.request_parameters;
    const first = rows[0] as MappingRow;
    const other = rows[500] as MappingRow;
    // A duplicate of row 501's API field, then its case-only twin, then a field the response writes back.
    for (const [field, value] of [
      ['api_field', other.api_field],
      ['api_field', other.api_field.toUpperCase()],
      ['mangoapps_field', 'custom_hris_id'],
      ['mangoapps_field', first.mangoapps_field],
    ] as const) {
      draft = setRowField(draft, 'profile', 'request_parameters', first.id, field, value);
      expect(check(draft)).toEqual(validateDraft(draft));
    }
  });
});
