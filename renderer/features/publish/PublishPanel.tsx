import '../../styles/results.css';
import '../../styles/publish.css';
import { SubNav } from '../../components/SubNav';
import type { PublishView } from '../../store/publish-slice';
import { useApp } from '../../store/store-context';
import { useSecrets } from '../security/useSecrets';
import { ChecklistView } from './ChecklistView';
import { ConnectionSection } from './ConnectionSection';
import { HistoryView } from './HistoryView';
import { NetworkSection } from './NetworkSection';
import { PullSection } from './PullSection';
import { ReviewView } from './ReviewView';
import { useLandFocus } from './useLandFocus';
import { usePublishState } from './usePublish';

const VIEWS: readonly { id: PublishView; label: string; heading: string }[] = [
  { id: 'connect', label: 'Connect and pull', heading: 'connection-heading' },
  { id: 'review', label: 'Plan and publish', heading: 'review-heading' },
  { id: 'history', label: 'History', heading: 'history-heading' },
  { id: 'checklist', label: 'Manual entry checklist', heading: 'checklist-heading' },
];

/** Connection and pull share the typed secrets, so either button uses what the admin typed. */
function ConnectView() {
  const secrets = useSecrets(useApp((s) => s.draft?.id ?? ''));
  return (
    <>
      <ConnectionSection secrets={secrets} />
      <PullSection secrets={secrets} />
      <NetworkSection />
    </>
  );
}

/** The Publish tab: connect and pull, review and publish, history and rollback, and the manual checklist. */
export function PublishPanel() {
  const view = usePublishState((p) => p.view);
  const setView = useApp((s) => s.setPublishView);
  useLandFocus(VIEWS.find((v) => v.id === view)?.heading ?? '', view);
  return (
    <div className="webhook-editor publish-panel">
      <SubNav
        label="Publishing steps"
        items={VIEWS}
        current={view}
        onPick={setView}
        className="publish-nav"
      />
      {view === 'connect' && <ConnectView />}
      {view === 'review' && <ReviewView />}
      {view === 'history' && <HistoryView />}
      {view === 'checklist' && <ChecklistView />}
    </div>
  );
}
