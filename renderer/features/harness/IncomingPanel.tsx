import { useMemo, useState } from 'react';
import { composeNotify, identifierRow } from '../../../shared/mapping';
import { Button } from '../../components/Button';
import { RadioOption } from '../../components/RadioOption';
import { useApp } from '../../store/store-context';
import { CodeField } from './CodeField';
import { ConfirmDomainDialog } from './ConfirmDialogs';
import { hostOf } from './format';
import { ErrorNote } from './Notes';
import { NotifyResultView } from './NotifyResultView';
import { RunStampLine } from './RunStamp';
import { SamplePicker } from './SamplePicker';
import { useHarness, useHarnessActions } from './useHarness';
import { useDeliveryChoice } from './useHarnessData';
import { useTask } from './useTask';

/** Incoming: compose the third party's payload from the Input Parameters and a sample, and send it. */
export function IncomingPanel() {
  const draft = useApp((s) => s.draft);
  const choice = useDeliveryChoice();
  const outcome = useHarness((s) => s.notify);
  const stamps = useHarness((s) => s.stamps);
  const actions = useHarnessActions();
  const [target, setTarget] = useState<'local' | 'domain'>('local');
  const [edited, setEdited] = useState<{ sampleId: string; text: string } | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const task = useTask();
  const webhook = draft?.config[choice.kind];
  const sample = choice.samples.find((s) => s.id === choice.sampleId);
  const composed = useMemo(
    () =>
      webhook && sample
        ? JSON.stringify(composeNotify(webhook, sample, draft?.catalogue[choice.kind] ?? []), null, 2)
        : '{}',
    [webhook, sample, draft?.catalogue, choice.kind],
  );
  const text = edited && edited.sampleId === choice.sampleId ? edited.text : composed;
  const notifyUrl = webhook?.incoming.notify_url ?? null;
  const realHost = hostOf(notifyUrl);
  const idRow = webhook ? identifierRow(webhook) : undefined;
  const noun = choice.kind === 'profile' ? 'user' : 'location';

  function send(confirmDomain?: string) {
    let payload: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('not a JSON object');
      payload = parsed as Record<string, unknown>;
    } catch (err) {
      setInvalid(`The payload is not a JSON object: ${(err as Error).message}`);
      return;
    }
    setInvalid(null);
    if (target === 'domain' && !confirmDomain) return setConfirming(true);
    void task.run('notify', async () => {
      const sampleLabel = sample?.label ?? choice.sampleId;
      const where = target === 'local' ? 'the local domain' : realHost;
      await actions.notify(
        {
          id: draft?.id ?? '',
          kind: choice.kind,
          sample_id: choice.sampleId,
          target,
          payload,
          ...(confirmDomain ? { confirm_domain: confirmDomain } : {}),
        },
        `Send ${sampleLabel}’s payload to ${where}`,
      );
    });
  }

  return (
    <>
      <section className="card" aria-labelledby="incoming-heading">
        <h2 id="incoming-heading">Incoming: third party → MangoApps</h2>
        <p className="section-description">
          The payload a third party posts to the notify URL, composed from the Input Parameters and a sample.
          {idRow
            ? ` The ${noun} is found by ${idRow.api_field} (${idRow.mangoapps_field}).`
            : ` No Input Parameter is marked as the ${noun} identifier yet.`}
        </p>
        <div className="form-grid">
          <SamplePicker id="incoming-sample" />
        </div>
        <CodeField
          id="incoming-payload"
          label="Payload (JSON, editable)"
          rows={8}
          value={text}
          onValue={(next) => setEdited({ sampleId: choice.sampleId, text: next })}
        >
          {edited && edited.sampleId === choice.sampleId && (
            <Button className="btn-small align-start" onClick={() => setEdited(null)}>
              Reset to the composed payload
            </Button>
          )}
        </CodeField>
        <fieldset className="choice-group">
          <legend>Send to</legend>
          <RadioOption
            name="incoming-target"
            checked={target === 'local'}
            onChoose={() => setTarget('local')}
          >
            Local domain{' '}
            <span className="muted">(this draft’s Input Parameters, unpublished; sample {noun}s)</span>
          </RadioOption>
          <RadioOption
            name="incoming-target"
            checked={target === 'domain'}
            disabled={!realHost}
            onChoose={() => setTarget('domain')}
          >
            {realHost ? (
              <>
                The real domain <code className="muted">{realHost}</code> (its published configuration)
              </>
            ) : (
              'The real domain (no notify URL yet: pull the domain first)'
            )}
          </RadioOption>
        </fieldset>
        <div className="form-actions">
          <Button variant="primary" disabled={!sample || task.busy !== null} onClick={() => send()}>
            {target === 'local' ? 'Send to the local domain' : `Send to ${realHost}`}
          </Button>
        </div>
        <ErrorNote message={invalid ?? task.error} />
      </section>
      {outcome && (
        <section className="card" aria-labelledby="incoming-result-heading">
          <h2 id="incoming-result-heading">Result</h2>
          <RunStampLine stamp={stamps.notify} />
          <NotifyResultView outcome={outcome} />
        </section>
      )}
      {confirming && realHost && (
        <ConfirmDomainDialog
          host={realHost}
          onConfirm={(typed) => send(typed)}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}
