import type { WebhookKind } from '../model/field-catalogue';
import type { WebhookContent } from '../model/remote';
import { mergeContents, threeWay, type MergeChoice, type MergeItem } from './merge';
import { diffContent } from './plan';

/** One saved version after the base, oldest first: who saved it and what it held. */
export interface VersionStep {
  version: number;
  updated_by: string | null;
  content: WebhookContent;
}

/** Units the live page changed since the base by someone other than the publishing account, and by whom. */
export type ForeignChanges = Map<string, { by: string | null; version: number | null }>;

/**
 * Walks the versions since the base and keeps the units someone else changed. A unit changed only by the
 * publishing account (a pipeline's publish of an earlier commit) is the file's to set; a change the history
 * cannot attribute (the shared OAuth moving without a version of this webhook) counts as someone else's.
 */
export function foreignChanges(
  base: WebhookContent,
  steps: readonly VersionStep[],
  live: WebhookContent,
  kind: WebhookKind,
  isPublisher: (by: string | null) => boolean,
): ForeignChanges {
  const foreign: ForeignChanges = new Map();
  let previous = base;
  const mark = (from: WebhookContent, to: WebhookContent, by: string | null, version: number | null) => {
    for (const change of diffContent(from, to, kind)) foreign.set(change.unit, { by, version });
  };
  for (const step of steps) {
    if (!isPublisher(step.updated_by)) mark(previous, step.content, step.updated_by, step.version);
    previous = step.content;
  }
  mark(previous, live, null, null);
  return foreign;
}

/** One unit where base, live and file disagree, and what publishing does with it. */
export interface BaseItem extends MergeItem {
  /** file: the file's value is written; live: the live value is kept (--merge); conflict: nothing is written. */
  resolution: 'file' | 'live' | 'conflict';
  /** Who changed the live value since the base, when it was someone other than the publishing account. */
  changed_by?: string | null;
}

/** What to write for one webhook, or the units that stop it. */
export interface Reconciled {
  items: BaseItem[];
  conflicts: BaseItem[];
  /** The content to write when there are no conflicts: the file, or (merge) the file on top of live. */
  write: WebhookContent;
}

/**
 * Base, live and file compared unit by unit. The file wins a unit it changed that nobody else did, and any
 * unit only the publishing account changed since the base. A colleague's change is never overwritten: it is
 * a conflict, unless `merge` is set and the file did not touch that unit, in which case the live value stays.
 */
export function reconcile(
  base: WebhookContent,
  live: WebhookContent,
  file: WebhookContent,
  kind: WebhookKind,
  foreign: ForeignChanges,
  merge: boolean,
): Reconciled {
  const items: BaseItem[] = threeWay(base, live, file, kind).map((item) => {
    const by = foreign.get(item.unit);
    if (item.status === 'mine' || !by) return { ...item, resolution: 'file' };
    const resolution = item.status === 'theirs' && merge ? 'live' : 'conflict';
    return { ...item, resolution, changed_by: by.by };
  });
  const conflicts = items.filter((i) => i.resolution === 'conflict');
  const choices: Record<string, MergeChoice> = Object.fromEntries(
    items.map((i) => [i.unit, i.resolution === 'live' ? 'theirs' : 'mine']),
  );
  const write = items.some((i) => i.resolution === 'live')
    ? mergeContents(live, file, kind, items, choices)
    : file;
  return { items, conflicts, write };
}
