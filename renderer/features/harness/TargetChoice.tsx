import { useApp } from '../../store/store-context';
import { useHarness } from './useHarness';

/** Local receiver or the draft's Post to URL, shared by single deliveries and batches. */
export function TargetChoice({ name }: { name: string }) {
  const kind = useHarness((s) => s.kind);
  const target = useHarness((s) => s.target);
  const patch = useApp((s) => s.patchHarness);
  const postUrl = useApp((s) => s.draft?.config[kind].outgoing.post_url ?? '');
  return (
    <fieldset className="choice-group">
      <legend>Send to</legend>
      <label className="checkbox">
        <input
          type="radio"
          name={name}
          checked={target === 'receiver'}
          onChange={() => patch({ target: 'receiver' })}
        />
        Local receiver <span className="muted">(this machine, same path)</span>
      </label>
      <label className="checkbox">
        <input
          type="radio"
          name={name}
          checked={target === 'post_url'}
          onChange={() => patch({ target: 'post_url' })}
        />
        Post to URL <code className="muted">{postUrl || '(not set)'}</code>
      </label>
    </fieldset>
  );
}
