import { useDeferredValue, useMemo } from 'react';
import { contentFromDraft } from '../../../shared/domain-api/webhook-content';
import { WEBHOOK_KINDS } from '../../../shared/model/webhook-kinds';
import { diffContent } from '../../../shared/plan/plan';
import { useApp } from '../../store/store-context';

/**
 * How many changes the draft holds that are not on the domain yet, counted as the plan counts them (unit by
 * unit against the base the draft was pulled from or last published to). Nothing before the first pull.
 */
export function UnpublishedCount() {
  // Counted in a deferred render, so a keystroke paints before the draft is compared with its base.
  const config = useDeferredValue(useApp((s) => s.draft?.config));
  const remote = useDeferredValue(useApp((s) => s.draft?.remote));
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
}
