import { RadioOption } from '../../components/RadioOption';
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
      <RadioOption name={name} checked={target === 'receiver'} onChoose={() => patch({ target: 'receiver' })}>
        Local receiver <span className="muted">(this machine, same path)</span>
      </RadioOption>
      <RadioOption name={name} checked={target === 'post_url'} onChoose={() => patch({ target: 'post_url' })}>
        Post to URL <code className="muted">{postUrl || '(not set)'}</code>
      </RadioOption>
    </fieldset>
  );
}
