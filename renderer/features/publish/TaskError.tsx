import { Icon } from '../../components/Icon';
import type { PublishTask } from '../../store/publish-slice';
import { describeConnectionError } from './connection-errors';
import { HostConfirm } from './HostConfirm';
import { usePublishState } from './usePublish';

/** The host's message without the headline already shown above it ("Wrong username or password: …"). */
export function withoutHeadline(message: string, title: string): string {
  if (!message.toLowerCase().startsWith(title.toLowerCase())) return message;
  const rest = message.slice(title.length).replace(/^[\s:.,—-]+/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The failure of one of `tasks`, in plain words first and then the host's exact message. */
export function TaskError({ tasks }: { tasks: readonly PublishTask[] }) {
  const error = usePublishState((p) => (p.error && tasks.includes(p.error.task) ? p.error : null));
  if (!error) return null;
  if (error.code === 'needs_confirmation') return <HostConfirm task={error.task} />;
  const problem = describeConnectionError(error.code, error.message);
  const detail = withoutHeadline(error.message, problem.title);
  return (
    <div className="result result-error" role="alert">
      <Icon name="danger" />
      <div>
        <strong>{problem.title}.</strong> {problem.advice}
        {detail && <p className="host-message">{detail}</p>}
      </div>
    </div>
  );
}
