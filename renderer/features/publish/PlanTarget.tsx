import { useId } from 'react';
import { SelectField } from '../../components/SelectField';
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
    <SelectField
      id={selectId}
      label="Plan against"
      value={targetId ?? ''}
      options={[
        { value: '', label: `This domain (${draft.name})` },
        ...others.map((d) => ({
          value: d.id,
          label: `Another domain: ${d.name}${d.base_url ? ` (${d.base_url})` : ''}`,
        })),
      ]}
      disabled={busy}
      onValue={(id) => actions.planAgainst(id || null)}
    />
  );
}
