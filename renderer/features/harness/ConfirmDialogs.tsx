import { useState } from 'react';
import { sensitiveHostWarning } from '../../../shared/security/sensitive-hosts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormDialog } from '../../components/FormDialog';
import { TypeToConfirmField, typedMatches } from '../../components/TypeToConfirmField';

/** Asks once per real target host (the host remembers the answer for this domain). */
export function ConfirmTargetDialog({
  host,
  onConfirm,
  onClose,
}: {
  host: string;
  onConfirm(): void;
  onClose(): void;
}) {
  const warning = sensitiveHostWarning(host);
  return (
    <ConfirmDialog
      title={warning ? 'Send to a link-local or metadata address?' : 'Send to a real system?'}
      confirmLabel={`Send to ${host}`}
      onConfirm={() => {
        onClose();
        onConfirm();
      }}
      onClose={onClose}
      description={
        <>
          {warning && (
            <strong className="dialog-warning" role="alert">
              {warning}{' '}
            </strong>
          )}
          <strong>{host}</strong> is not this machine: the request goes to a real system, exactly as MangoApps
          would send it. You will not be asked again for this host in this domain.
        </>
      }
    />
  );
}

/** A call into a real domain changes production data: the admin types the domain's name, every time. */
export function ConfirmDomainDialog({
  host,
  onConfirm,
  onClose,
}: {
  host: string;
  onConfirm(typed: string): void;
  onClose(): void;
}) {
  const [typed, setTyped] = useState('');
  const matches = typedMatches(typed, host);
  return (
    <FormDialog
      title={`Change production data on ${host}?`}
      role="alertdialog"
      onClose={onClose}
      description={
        <>
          This notify call updates a real user in <strong>{host}</strong>. It cannot be undone from here.
        </>
      }
      submitLabel={`Send to ${host}`}
      submitVariant="danger"
      submitDisabled={!matches}
      onSubmit={() => {
        if (!matches) return;
        onClose();
        onConfirm(typed.trim());
      }}
    >
      <TypeToConfirmField
        id="confirm-domain"
        label={`Type ${host} to confirm`}
        value={typed}
        onValue={setTyped}
        autoFocus
      />
    </FormDialog>
  );
}
