import type { PlanChange } from '../../../shared/plan/plan';

/** Plan lines of one kind of setting (triggers, URL, one mapping table, identifier, OAuth, provisioning). */
export interface ChangeGroup {
  title: string;
  changes: PlanChange[];
}

const GROUPS: readonly [prefix: string, title: string][] = [
  ['trigger', 'Triggers'],
  ['post_url', 'Post to URL'],
  ['request_parameters', 'Request Parameters'],
  ['response_parameters', 'Response Parameters'],
  ['input_parameters', 'Input Parameters'],
  ['identifier', 'Identifier'],
  ['oauth', 'OAuth'],
  ['jit_provisioning', 'Provisioning'],
];

function prefixOf(unit: string): string {
  const prefix = unit.split(':')[0] ?? unit;
  return prefix === 'oauth_password' ? 'oauth' : prefix;
}

/** Plan lines grouped in the order of the Admin Portal's page; unknown units go last, under "Other". */
export function groupChanges(changes: readonly PlanChange[]): ChangeGroup[] {
  const groups = GROUPS.map(([prefix, title]) => ({
    title,
    changes: changes.filter((c) => prefixOf(c.unit) === prefix),
  }));
  const known = new Set(GROUPS.map(([prefix]) => prefix));
  groups.push({ title: 'Other', changes: changes.filter((c) => !known.has(prefixOf(c.unit))) });
  return groups.filter((g) => g.changes.length > 0);
}

/** How a line reads: its marker, the word a screen reader hears, and before → after in plain words. */
export interface ChangeText {
  marker: '+' | '−' | '~';
  op: string;
  before?: string;
  after?: string;
}

/** The readable form of one plan line; secrets are only ever "changed", never shown. */
export function changeText(change: PlanChange): ChangeText {
  const marker = change.op === 'add' ? '+' : change.op === 'remove' ? '−' : '~';
  const op = change.op === 'add' ? 'Added' : change.op === 'remove' ? 'Removed' : 'Changed';
  if (change.unit === 'oauth_password') return { marker: '~', op: 'Changed', after: 'changed' };
  if (change.unit.startsWith('trigger:')) {
    // "switched on/off" already says what happened; no extra word for screen readers.
    return { marker, op: '', after: change.op === 'add' ? 'switched on' : 'switched off' };
  }
  if (change.op === 'add') return { marker, op, after: change.after };
  if (change.op === 'remove') return { marker, op, before: change.before };
  return { marker, op, before: change.before, after: change.after };
}
