import { useState } from 'react';
import { sensitiveHostWarning } from '../../../shared/security/sensitive-hosts';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { TypeToConfirmField, typedMatches } from '../../components/TypeToConfirmField';
import type { PublishTask } from '../../store/publish-slice';
import { useApp } from '../../store/store-context';
import { usePublishActions } from './usePublish';

/** The domain URL's host name, as the host compares it. */
function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return baseUrl.trim().toLowerCase();
  }
}

/**
 * The first connection to a domain host asks the admin to type it: the API key and admin password go
 * there, so a mistyped or look-alike URL must be caught before they leave this machine.
 */
export function HostConfirm({ task }: { task: PublishTask }) {
  const host = hostOf(useApp((s) => s.draft?.base_url ?? ''));
  const actions = usePublishActions();
  const [typed, setTyped] = useState('');
  const warning = sensitiveHostWarning(host);
  const matches = typedMatches(typed, host);
  return (
    <div className="result result-error" role="alert">
      <Icon name="warning" />
      <div>
        <strong>Confirm the domain’s host.</strong>{' '}
        {warning && <strong className="dialog-warning">{warning} </strong>}
        The API key and admin password will be sent to <strong>{host}</strong>. Type it to confirm this is
        your MangoApps domain; you will not be asked again for this domain.
        <TypeToConfirmField id="confirm-domain-host" label="Domain host" value={typed} onValue={setTyped} />
        <Button variant="primary" disabled={!matches} onClick={() => void actions.confirmHost(task, host)}>
          Confirm and connect
        </Button>
      </div>
    </div>
  );
}
