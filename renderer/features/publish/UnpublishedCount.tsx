import { memo, useMemo } from 'react';
import { contentFromDraft } from '../../../shared/domain-api/webhook-content';
import { WEBHOOK_KINDS } from '../../../shared/model/webhook-kinds';
import { diffContent } from '../../../shared/plan/plan';
import { useApp } from '../../store/store-context';
import type { AppState } from '../../store/types';
import { useSettled } from './useSettled';

/** Pause in editing after which the changes are counted again (a 1,000-row draft takes milliseconds). */
export const COUNT_AFTER_MS = 300;

const idOf = (s: AppState) => s.draft?.id;
const configOf = (s: AppState) => s.draft?.config;
const remoteOf = (s: AppState) => s.draft?.remote;

/**
 * How many changes the draft holds that are not on the domain yet, counted as the plan counts them (unit by
 * unit against the base the draft was pulled from or last published to). Nothing before the first pull.
 */
export const UnpublishedCount = memo(function UnpublishedCount() {
  // Counted once editing pauses: a keystroke does not even re-render this count on its way to the screen.
  const config = useSettled(configOf, idOf, COUNT_AFTER_MS);
  const remote = useSettled(remoteOf, idOf, COUNT_AFTER_MS);
  // An imported file's base is known by version and fingerprint only: its content comes with the next plan.
  const fileBase = useApp((s) => !!(s.draft?.file_base?.profile || s.draft?.file_base?.location));
  const count = useMemo(() => {
    if (!config || !remote || fileBase) return null;
    let n = 0;
    for (const kind of WEBHOOK_KINDS) {
      const base = remote[kind];
      if (base) n += diffContent(base.content, contentFromDraft(config, kind), kind).length;
    }
    return n;
  }, [config, remote, fileBase]);
  if (fileBase) {
    return (
      <span className="unpublished-count" data-testid="unpublished-count">
        On an imported file’s base: plan to count changes
      </span>
    );
  }
  if (count === null) return null;
  return (
    <span className="unpublished-count" data-testid="unpublished-count">
      {count === 0 ? 'All published' : `${count} unpublished change${count === 1 ? '' : 's'}`}
    </span>
  );
});
