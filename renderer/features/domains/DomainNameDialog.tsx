import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { InputField } from '../../components/InputField';
import { useDialogStep } from '../../components/useDialogStep';
import { useApp } from '../../store/store-context';
import { baseUrlError, nameError } from './domain-form';

/** Props of the dialog that names a domain: create (with base URL), rename or duplicate. */
export interface DomainNameDialogProps {
  title: string;
  submitLabel: string;
  initialName: string;
  /** Show the optional base URL field (create only). */
  withBaseUrl?: boolean;
  /** The domain being renamed, so its own name does not count as a clash. */
  except?: string;
  onSubmit(name: string, baseUrl: string): Promise<unknown>;
  onClose(): void;
}

/** Asks for a domain name (and, on create, a base URL), validates it, and reports the host's refusal. */
export function DomainNameDialog(props: DomainNameDialogProps) {
  const domains = useApp((s) => s.domains);
  const [name, setName] = useState(props.initialName);
  const [baseUrl, setBaseUrl] = useState('');
  const [shown, setShown] = useState<{ name: string | null; url: string | null }>({ name: null, url: null });
  const step = useDialogStep(props.onClose);

  async function submit() {
    const errors = {
      name: nameError(name, domains, props.except),
      url: props.withBaseUrl ? baseUrlError(baseUrl) : null,
    };
    setShown(errors);
    step.clearError();
    if (errors.name || errors.url) {
      document.getElementById(errors.name ? 'domain-dialog-name' : 'domain-dialog-url')?.focus();
      return;
    }
    await step.run(() => props.onSubmit(name.trim(), baseUrl.trim()));
  }

  return (
    <FormDialog
      title={props.title}
      onClose={props.onClose}
      submitLabel={props.submitLabel}
      submitDisabled={step.busy}
      onSubmit={() => void submit()}
      noValidate
      nativeUndo
    >
      <InputField
        id="domain-dialog-name"
        label="Name"
        value={name}
        maxLength={200}
        data-autofocus
        error={shown.name}
        onValue={setName}
      />
      {props.withBaseUrl && (
        <InputField
          id="domain-dialog-url"
          label="Domain URL (optional)"
          type="url"
          value={baseUrl}
          placeholder="https://acme.mangoapps.com"
          error={shown.url}
          onValue={setBaseUrl}
        />
      )}
      <ErrorAlert message={step.error} />
    </FormDialog>
  );
}
