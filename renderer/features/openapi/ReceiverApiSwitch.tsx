import type { ReceiverStatusView } from '../../../shared/bridge/harness-schemas';
import { setReceiverApi } from '../../store/openapi-actions';
import { useApiDescription } from './useApiDescription';
import { useLoadedApiDescription } from './useLoadedApiDescription';

/**
 * "Answer like the API description": on paths no route answers, the receiver checks each body against
 * the operation's request schema (422 with the violations) and otherwise answers with the description's
 * example or a generated sample, so the write-back can be tried without writing a route.
 */
export function ReceiverApiSwitch({
  domainId,
  status,
  run,
  onChange,
}: {
  domainId: string;
  status: ReceiverStatusView;
  run: (name: string, fn: () => Promise<void>) => unknown;
  onChange(status: ReceiverStatusView): void;
}) {
  useLoadedApiDescription(domainId || null);
  const title = useApiDescription((s) => (s.domainId === domainId ? s.description?.index.title : undefined));
  const on = status.api?.domain_id === domainId;
  if (title === undefined && !on) return null;
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => {
          const next = e.target.checked;
          void run('api', async () => onChange(await setReceiverApi({ id: domainId, on: next })));
        }}
      />
      Answer like the API description{title ? ` "${title}"` : ''}: 422 with the violations for a body that
      breaks the schema, else its example response (routes still win)
    </label>
  );
}
