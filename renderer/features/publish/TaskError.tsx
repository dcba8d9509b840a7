import { Icon } from '../../components/Icon';
import type { PublishTask } from '../../store/publish-slice';
import { describeConnectionError } from './connection-errors';
import { HostConfirm } from './HostConfirm';
import { usePublishState } from './usePublish';

/** The failure of one of `tasks`, in plain words first and then the host's exact message. */
export function TaskError({ tasks }: { tasks: readonly PublishTask[] }) {
  const error = usePublishState((p) => (p.error && tasks.includes(p.error.task) ? p.error : null));
  if (!error) return null;
  if (error.code === 'needs_confirmation') return <HostConfirm task={error.task} />;
  const problem = describeConnectionError(error.code, error.message);
  return (
    <div className="result result-error" role="alert">
      <Icon name="danger" />
      <div>
        <strong>{problem.title}.</strong> {problem.advice}
        <p className="host-message">{error.message}</p>
      </div>
    </div>
  );
}
