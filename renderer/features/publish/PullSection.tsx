import type { RemoteBase } from '../../../shared/model/remote';
import { WEBHOOK_KINDS } from '../../../shared/model/webhook-kinds';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';
import type { Secrets } from '../security/useSecrets';
import { kindTitle, when } from './format';
import { PullChoiceDialog } from './PullChoiceDialog';
import { TaskError } from './TaskError';
import { usePublishActions, usePublishState } from './usePublish';

const PULL = ['pull'] as const;

function describeBase(base: RemoteBase | null): string {
  if (!base) return 'Not pulled yet.';
  const saved = base.updated_by ? `saved by ${base.updated_by} on ${when(base.updated_at)}` : 'never saved';
  return `Version ${base.version}, ${saved}. Pulled or published ${when(base.synced_at)}.`;
}

/** Fetches the live configuration as the draft's base, and shows which versions the draft is based on. */
export function PullSection({ secrets }: { secrets: Secrets }) {
  const remote = useApp((s) => s.draft?.remote ?? null);
  const busy = usePublishState((p) => p.busy);
  const pullChoice = usePublishState((p) => p.pullChoice);
  const actions = usePublishActions();

  return (
    <section className="card" aria-labelledby="pull-heading">
      <h2 id="pull-heading">Live configuration</h2>
      <p className="section-description">
        Pulling fetches both live webhooks, the field catalogues and the MangoApps URLs. The pulled versions
        become the base that changes are planned and published against.
      </p>
      <dl className="base-list">
        {WEBHOOK_KINDS.map((kind) => (
          <div key={kind}>
            <dt>{kindTitle(kind)}</dt>
            <dd data-testid={`base-${kind}`}>{describeBase(remote?.[kind] ?? null)}</dd>
          </div>
        ))}
      </dl>
      <div className="form-actions">
        <Button
          variant="primary"
          onClick={() => void actions.pull('check', secrets.commitPending)}
          disabled={busy !== null}
        >
          {busy === 'pull' ? 'Pulling…' : 'Pull from domain'}
        </Button>
      </div>
      {!pullChoice && <TaskError tasks={PULL} />}
      {pullChoice && (
        <PullChoiceDialog
          changes={pullChoice}
          busy={busy !== null}
          onChoose={(mode) => void actions.pull(mode)}
          onCancel={actions.cancelPull}
        />
      )}
    </section>
  );
}
