import { useState } from 'react';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';
import { downloadText } from '../files/download';
import { BatchApiExpectation } from '../openapi/BatchApiExpectation';
import { BatchResults } from './BatchResults';
import { ConfirmTargetDialog } from './ConfirmDialogs';
import { eventLabel, formatMs } from './format';
import { ErrorNote, Outcome } from './Notes';
import { TargetChoice } from './TargetChoice';
import { useBatchProgress } from './useBatch';
import { useHarness, useHarnessActions } from './useHarness';
import { useDeliveryChoice } from './useHarnessData';
import { useTask } from './useTask';

/** Every enabled trigger × the selected samples, with expectations, progress, cancel and reports. */
export function BatchPanel() {
  const id = useApp((s) => s.draft?.id ?? '');
  const choice = useDeliveryChoice();
  const batch = useHarness((s) => s.batch);
  const actions = useHarnessActions();
  const [unselected, setUnselected] = useState<ReadonlySet<string>>(new Set());
  const [checkIncoming, setCheckIncoming] = useState(true);
  const [expectApi, setExpectApi] = useState(false);
  const [confirm, setConfirm] = useState<string | null>(null);
  const task = useTask();
  useBatchProgress();
  const selected = choice.samples.filter((s) => !unselected.has(s.id)).map((s) => s.id);
  const running = batch !== null && !batch.progress.finished;

  const start = (confirmHost?: string) =>
    task.run('start', async () => {
      const out = await actions.startBatch({
        id,
        kind: choice.kind,
        sample_ids: selected,
        target: choice.target,
        check_incoming: checkIncoming,
        ...(expectApi ? { expect_api_valid: true } : {}),
        oauth_mode: choice.oauthMode,
        ...(confirmHost ? { confirm_host: confirmHost } : {}),
      });
      if (out.status === 'needs_confirmation') setConfirm(out.host);
    });

  const exportAs = (format: 'junit' | 'json') =>
    task.run('export', async () => {
      if (!batch) return;
      const file = await actions.exportBatch(batch.runId, format);
      downloadText(file.file_name, file.text, file.mime);
    });

  const toggle = (sampleId: string) => {
    const next = new Set(unselected);
    if (next.has(sampleId)) next.delete(sampleId);
    else next.add(sampleId);
    setUnselected(next);
  };

  const p = batch?.progress;
  return (
    <>
      <section className="card" aria-labelledby="batch-heading">
        <h2 id="batch-heading">Batch run</h2>
        <p className="section-description">
          Runs{' '}
          {choice.enabled.length > 0
            ? choice.enabled.map(eventLabel).join(', ')
            : 'no trigger (none is enabled)'}{' '}
          for every selected sample, and checks each delivery: a 2xx answer, every response parameter present,
          the identifier matched.
        </p>
        <fieldset className="choice-group sample-choice">
          <legend>
            Samples{' '}
            <span className="muted">
              ({selected.length} of {choice.samples.length} selected)
            </span>
          </legend>
          <div className="button-group">
            <Button
              className="btn-small"
              disabled={selected.length === choice.samples.length}
              onClick={() => setUnselected(new Set())}
            >
              Select all
            </Button>
            <Button
              className="btn-small"
              disabled={selected.length === 0}
              onClick={() => setUnselected(new Set(choice.samples.map((s) => s.id)))}
            >
              Select none
            </Button>
          </div>
          {choice.samples.map((s) => (
            <label key={s.id} className="checkbox">
              <input type="checkbox" checked={!unselected.has(s.id)} onChange={() => toggle(s.id)} />
              {s.label}
            </label>
          ))}
        </fieldset>
        <TargetChoice name="batch-target" />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={checkIncoming}
            onChange={(e) => setCheckIncoming(e.target.checked)}
          />
          Follow each delivery with its notify call into the local domain (identifier matched there)
        </label>
        <BatchApiExpectation domainId={id} checked={expectApi} onChange={setExpectApi} />
        <div className="form-actions">
          <Button
            variant="primary"
            disabled={running || selected.length === 0 || choice.enabled.length === 0 || task.busy !== null}
            onClick={() => void start()}
          >
            Run batch
          </Button>
          <Button
            disabled={!running}
            onClick={() => batch && task.run('cancel', () => actions.cancelBatch(batch.runId))}
          >
            Cancel batch
          </Button>
        </div>
        {p && (
          <div className="batch-progress">
            <progress max={Math.max(1, p.total)} value={p.done} aria-label="Batch progress" />
            <span role="status">
              {p.done} of {p.total} · {p.passed} passed · {p.failed} failed{p.finished ? ' · finished' : ''}
            </span>
          </div>
        )}
        <ErrorNote message={task.error ?? batch?.error ?? null} />
      </section>
      {batch?.result && (
        <section className="card" aria-labelledby="batch-results-heading">
          <div className="card-head">
            <h2 id="batch-results-heading">Results</h2>
            <div className="button-group">
              <Button onClick={() => void exportAs('junit')}>Export JUnit XML</Button>
              <Button onClick={() => void exportAs('json')}>Export JSON</Button>
            </div>
          </div>
          <Outcome ok={batch.result.failed === 0 && !batch.result.cancelled}>
            {batch.result.passed} passed, {batch.result.failed} failed
            {batch.result.cancelled && `, cancelled with ${batch.result.notRun} not run`} in{' '}
            {formatMs(batch.result.durationMs)}.
          </Outcome>
          <BatchResults result={batch.result} />
        </section>
      )}
      {confirm && (
        <ConfirmTargetDialog
          host={confirm}
          onConfirm={() => void start(confirm)}
          onClose={() => setConfirm(null)}
        />
      )}
    </>
  );
}
