import { useState } from 'react';
import { Button } from '../../components/Button';
import { TypeToConfirmField, typedMatches } from '../../components/TypeToConfirmField';
import type { PublishState } from '../../store/publish-slice';
import { useApp } from '../../store/store-context';
import { when } from './format';
import { usePublishActions, usePublishState } from './usePublish';

/** The domain's host name, which the admin types to confirm a publish with Danger impacts. */
function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).hostname;
  } catch {
    return baseUrl.trim();
  }
}

const hasDanger = (plan: NonNullable<PublishState['plan']>) =>
  plan.webhooks.some((w) => w.plan.impacts.some((i) => i.level === 'danger'));

/**
 * Publish, with an optional note kept in the history. A plan with any Danger impact asks for the domain's
 * host name first, so a production domain is never written by a reflex click on the wrong window.
 */
export function PublishBar({ hold, canPublish }: { hold: string | null; canPublish: boolean }) {
  const plan = usePublishState((p) => p.plan);
  const busy = usePublishState((p) => p.busy);
  const ownUrl = useApp((s) => s.draft?.base_url ?? '');
  // A promotion writes the plan's target domain: that is the host to confirm, every time.
  const target = plan?.target ?? null;
  const baseUrl = target?.base_url ?? ownUrl;
  const actions = usePublishActions();
  const [note, setNote] = useState('');
  const [typed, setTyped] = useState('');
  const host = hostOf(baseUrl);
  const danger = plan !== null && hasDanger(plan);
  const ask = danger || target !== null;
  const confirmed = !ask || typedMatches(typed, host);
  const why =
    hold ??
    (confirmed ? null : `Type ${host} to confirm publishing to ${target ? target.name : 'this domain'}.`);
  const savedAt = plan?.planned_from?.saved_at;
  const unsaved = useApp((s) => s.saveStatus.state !== 'saved');

  return (
    <div className="publish-bar">
      <div className="form-field">
        <label htmlFor="publish-note">Note (optional, kept in the publish history)</label>
        <input
          id="publish-note"
          className="input"
          type="text"
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {ask && (
        <TypeToConfirmField
          id="publish-confirm-host"
          label={
            <>
              {target
                ? `This publishes to another domain, ${target.name}. Type its host name, `
                : 'This plan has Danger impacts. Type the domain’s host name, '}
              <strong>{host}</strong>, to publish
            </>
          }
          value={typed}
          onValue={setTyped}
        />
      )}
      <Button
        variant="primary"
        disabled={!canPublish || !confirmed}
        onClick={() => void actions.apply(note.trim() || undefined, target ? typed.trim() : undefined)}
        aria-describedby="publish-hold"
      >
        {busy === 'apply' ? 'Publishing…' : target ? `Publish to ${target.name}` : 'Publish'}
      </Button>
      {savedAt && (
        <span className="field-hint" data-testid="publish-source">
          Publishes the draft as saved at {when(savedAt)}
          {unsaved ? '; your unsaved changes on screen are not included.' : '.'}
        </span>
      )}
      <span id="publish-hold" className="field-hint" role="status">
        {busy === 'apply' ? 'Writing, then reading back to verify…' : why}
      </span>
    </div>
  );
}
