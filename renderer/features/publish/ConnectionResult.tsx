import { Icon } from '../../components/Icon';
import { TaskError } from './TaskError';
import { usePublishState } from './usePublish';

const TEST = ['test'] as const;

/** The outcome of the last connection test: who signed in, or exactly why signing in failed. */
export function ConnectionResult() {
  const connection = usePublishState((p) => p.connection);
  const failed = usePublishState((p) => p.error?.task === 'test');
  const busy = usePublishState((p) => p.busy === 'test');

  if (failed) return <TaskError tasks={TEST} />;
  return (
    <div role="status" className={connection ? 'result result-ok' : 'result'}>
      {busy && 'Signing in…'}
      {!busy && connection && (
        <>
          <Icon name="check" />
          <div>
            <strong>Connected.</strong> {connection.message}
            {connection.can_write === false && (
              <p className="note-warning">
                This API key can only read: publishing needs an API key with Read and Write access.
              </p>
            )}
          </div>
        </>
      )}
    </div>
  );
}
