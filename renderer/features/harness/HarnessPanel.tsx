import '../../styles/results.css';
import '../../styles/harness.css';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { SubNav } from '../../components/SubNav';
import type { HarnessView } from '../../store/harness-slice';
import { useApp } from '../../store/store-context';
import { BatchPanel } from './BatchPanel';
import { HistoryPanel } from './HistoryPanel';
import { IncomingPanel } from './IncomingPanel';
import { OutgoingPanel } from './OutgoingPanel';
import { ReceiverPanel } from './ReceiverPanel';
import { SamplesPanel } from './SamplesPanel';
import { useHarness } from './useHarness';
import { useSamplesLoader } from './useHarnessData';

const VIEWS: readonly { id: HarnessView; label: string }[] = [
  { id: 'outgoing', label: 'Outgoing' },
  { id: 'receiver', label: 'Local receiver' },
  { id: 'incoming', label: 'Incoming' },
  { id: 'batch', label: 'Batch run' },
  { id: 'samples', label: 'Samples' },
  { id: 'history', label: 'History' },
];

const KINDS: readonly { id: WebhookKind; label: string }[] = [
  { id: 'profile', label: 'Profile webhook' },
  { id: 'location', label: 'Location webhook' },
];

/** The Test tab: prove the draft works before it goes live, with every step shown. */
export function HarnessPanel() {
  useSamplesLoader();
  const view = useHarness((s) => s.view);
  const kind = useHarness((s) => s.kind);
  const patch = useApp((s) => s.patchHarness);
  return (
    <div className="webhook-editor harness-panel">
      <div className="harness-bar">
        <SubNav label="Test harness" items={VIEWS} current={view} onPick={(id) => patch({ view: id })} />
        <fieldset className="segmented">
          <legend className="segmented-legend">Webhook to test</legend>
          {KINDS.map((k) => (
            <label key={k.id} className={k.id === kind ? 'segment selected' : 'segment'}>
              <input
                type="radio"
                name="harness-kind"
                checked={k.id === kind}
                onChange={() =>
                  patch({ kind: k.id, preview: null, trace: null, roundTrip: null, notify: null })
                }
              />
              {k.label}
            </label>
          ))}
        </fieldset>
      </div>
      {view === 'outgoing' && <OutgoingPanel />}
      {view === 'receiver' && <ReceiverPanel />}
      {view === 'incoming' && <IncomingPanel />}
      {view === 'batch' && <BatchPanel />}
      {view === 'samples' && <SamplesPanel />}
      {view === 'history' && <HistoryPanel />}
    </div>
  );
}
