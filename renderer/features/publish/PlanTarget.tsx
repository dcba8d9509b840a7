import { useId } from 'react';
import { useApp } from '../../store/store-context';
import { usePublishActions, usePublishState } from './usePublish';

/**
 * "Plan against…": this domain, or another saved domain to promote the draft to (e.g. sandbox →
 * production). The other domain's live page is then the base, and its field catalogue judges the draft.
 */
export function PlanTarget() {
  const selectId = useId();
  const draft = useApp((s) => s.draft);
  const domains = useApp((s) => s.domains);
  const targetId = usePublishState((p) => p.targetId);
  const busy = usePublishState((p) => p.busy !== null);
  const actions = usePublishActions();
  const others = domains.filter((d) => d.id !== draft?.id);
  if (!draft || others.length === 0) return null;
  return (
    <div className="form-field">
      <label htmlFor={selectId}>Plan against</label>
      <select
        id={selectId}
        className="input"
        value={targetId ?? ''}
        disabled={busy}
        onChange={(e) => actions.planAgainst(e.target.value || null)}
      >
        <option value="">This domain ({draft.name})</option>
        {others.map((d) => (
          <option key={d.id} value={d.id}>
            Another domain: {d.name}
            {d.base_url ? ` (${d.base_url})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
