import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
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

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
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
    <Dialog title={props.title} onClose={props.onClose}>
      <form onSubmit={onSubmit} noValidate data-native-undo>
        <div className="form-field">
          <label htmlFor="domain-dialog-name">Name</label>
          <input
            id="domain-dialog-name"
            className={shown.name ? 'input has-error' : 'input'}
            value={name}
            maxLength={200}
            data-autofocus
            aria-invalid={shown.name ? true : undefined}
            aria-describedby={shown.name ? 'domain-dialog-name-message' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {shown.name && (
            <div id="domain-dialog-name-message" className="field-messages field-messages-error">
              {shown.name}
            </div>
          )}
        </div>
        {props.withBaseUrl && (
          <div className="form-field">
            <label htmlFor="domain-dialog-url">Domain URL (optional)</label>
            <input
              id="domain-dialog-url"
              className={shown.url ? 'input has-error' : 'input'}
              type="url"
              value={baseUrl}
              placeholder="https://acme.mangoapps.com"
              aria-invalid={shown.url ? true : undefined}
              aria-describedby={shown.url ? 'domain-dialog-url-message' : undefined}
              onChange={(e) => setBaseUrl(e.target.value)}
            />
            {shown.url && (
              <div id="domain-dialog-url-message" className="field-messages field-messages-error">
                {shown.url}
              </div>
            )}
          </div>
        )}
        <ErrorAlert message={step.error} />
        <DialogActions>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={step.busy}>
            {props.submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
