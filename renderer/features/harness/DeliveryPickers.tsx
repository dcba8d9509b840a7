import { SelectField, type SelectOption } from '../../components/SelectField';
import type { OAuthMode } from '../../store/harness-slice';
import { useApp } from '../../store/store-context';
import { triggerOptions } from './format';
import { SamplePicker } from './SamplePicker';
import { TargetChoice } from './TargetChoice';
import { useDeliveryChoice } from './useHarnessData';

const OAUTH_MODES: readonly SelectOption<OAuthMode>[] = [
  { value: 'password', label: 'Password grant (default)' },
  { value: 'client_credentials_basic', label: 'Client credentials, Basic auth' },
  { value: 'client_credentials_body', label: 'Client credentials in the body' },
];

/** Trigger, sample, target and (with OAuth) how the token is requested. */
export function DeliveryPickers({ idPrefix = 'harness' }: { idPrefix?: string }) {
  const choice = useDeliveryChoice();
  const patch = useApp((s) => s.patchHarness);
  const hasOAuth = useApp((s) => (s.draft?.config.security.oauth ?? null) !== null);
  return (
    <>
      <div className="form-grid">
        <SelectField
          id={`${idPrefix}-trigger`}
          label="Trigger"
          value={choice.trigger}
          options={triggerOptions(choice.kind).map((o) => ({
            value: o.id,
            label: `${o.label}${choice.enabled.includes(o.id) ? '' : ' (not enabled)'}`,
          }))}
          onValue={(trigger) => patch({ trigger })}
        />
        <SamplePicker id={`${idPrefix}-sample`} />
        {hasOAuth && (
          <SelectField
            id={`${idPrefix}-oauth`}
            label="Token request"
            value={choice.oauthMode}
            options={OAUTH_MODES}
            onValue={(oauthMode) => patch({ oauthMode })}
          />
        )}
      </div>
      <TargetChoice name={`${idPrefix}-target`} />
    </>
  );
}
