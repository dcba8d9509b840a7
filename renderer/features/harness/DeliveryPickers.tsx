import type { OAuthMode } from '../../store/harness-slice';
import { useApp } from '../../store/store-context';
import { triggerOptions } from './format';
import { TargetChoice } from './TargetChoice';
import { useDeliveryChoice } from './useHarnessData';

const OAUTH_MODES: { id: OAuthMode; label: string }[] = [
  { id: 'password', label: 'Password grant (default)' },
  { id: 'client_credentials_basic', label: 'Client credentials, Basic auth' },
  { id: 'client_credentials_body', label: 'Client credentials in the body' },
];

/** Trigger, sample, target and (with OAuth) how the token is requested. */
export function DeliveryPickers({ idPrefix = 'harness' }: { idPrefix?: string }) {
  const choice = useDeliveryChoice();
  const patch = useApp((s) => s.patchHarness);
  const hasOAuth = useApp((s) => (s.draft?.config.security.oauth ?? null) !== null);
  return (
    <>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={`${idPrefix}-trigger`}>Trigger</label>
          <select
            id={`${idPrefix}-trigger`}
            className="input"
            value={choice.trigger}
            onChange={(e) => patch({ trigger: e.target.value })}
          >
            {triggerOptions(choice.kind).map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
                {choice.enabled.includes(o.id) ? '' : ' (not enabled)'}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${idPrefix}-sample`}>Sample</label>
          <select
            id={`${idPrefix}-sample`}
            className="input"
            value={choice.sampleId}
            onChange={(e) => patch({ sampleId: e.target.value })}
          >
            {choice.samples.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        {hasOAuth && (
          <div className="form-field">
            <label htmlFor={`${idPrefix}-oauth`}>Token request</label>
            <select
              id={`${idPrefix}-oauth`}
              className="input"
              value={choice.oauthMode}
              onChange={(e) => patch({ oauthMode: e.target.value as OAuthMode })}
            >
              {OAUTH_MODES.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <TargetChoice name={`${idPrefix}-target`} />
    </>
  );
}
