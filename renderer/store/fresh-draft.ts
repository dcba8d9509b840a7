import { emptyConfig, type DomainDraft } from '../../shared/model/draft';

/** A draft never pulled and never edited: a pull can lose nothing, and the start screen shows for it. */
export function isFreshDraft(draft: DomainDraft | null): boolean {
  return !!draft && !draft.remote && JSON.stringify(draft.config) === JSON.stringify(emptyConfig());
}
