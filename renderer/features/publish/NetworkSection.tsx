import { useState } from 'react';
import type { NetworkSettingsView } from '../../../shared/bridge/contract-network';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { useNetworkSettings, type NetworkError } from './useNetworkSettings';

type Form = Omit<NetworkSettingsView, 'password_set' | 'system_proxy' | 'system_ca' | 'ca_file'> & {
  ca_file: string;
  password: string;
};

const MODES: { value: Form['mode']; label: string }[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'manual', label: 'Manual proxy' },
  { value: 'direct', label: 'No proxy' },
];

function autoHint(view: NetworkSettingsView): string {
  const os = view.system_proxy ? ', then the operating system’s proxy settings (PAC included)' : '';
  return `HTTPS_PROXY, HTTP_PROXY and NO_PROXY from the environment${os}.`;
}

const FIELD_LABELS: Record<string, string> = { url: 'Proxy URL', ca_file: 'Extra CA certificates' };

/** The host's message, with the field named as the form names it. */
function errorText(error: NetworkError): string {
  if (!error.field) return error.message;
  const label = FIELD_LABELS[error.field] ?? error.field;
  return `${label}: ${error.message.replace(new RegExp(`^${error.field}: `), '')}`;
}

/** Proxy and certificate settings for every call the app makes: small, and closed until needed. */
export function NetworkSection() {
  const [open, setOpen] = useState(false);
  const network = useNetworkSettings(open);
  return (
    <section className="card" aria-labelledby="network-heading">
      <details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>
          <h2 id="network-heading" style={{ display: 'inline' }}>
            Network: proxy and certificates
          </h2>
        </summary>
        {network.view ? (
          // Keyed on the stored settings, so the form starts again from what the host kept after a save.
          <NetworkForm key={JSON.stringify(network.view)} view={network.view} network={network} />
        ) : (
          <p className="field-hint">{network.error ? network.error.message : 'Loading…'}</p>
        )}
      </details>
    </section>
  );
}

function NetworkForm({
  view,
  network,
}: {
  view: NetworkSettingsView;
  network: ReturnType<typeof useNetworkSettings>;
}) {
  const [form, setForm] = useState<Form>(() => ({
    mode: view.mode,
    url: view.url,
    bypass: view.bypass,
    username: view.username,
    proxy_loopback: view.proxy_loopback,
    ca_file: view.ca_file ?? '',
    password: '',
  }));
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const invalid = (field: string) => (network.error?.field === field ? true : undefined);

  const submit = (forget = false) => {
    const { mode, url, bypass, username, proxy_loopback, password, ca_file } = form;
    void network.save({
      mode,
      url,
      bypass,
      username,
      proxy_loopback,
      ca_file: ca_file.trim() === '' ? null : ca_file,
      ...(forget ? { password: null } : password ? { password } : {}),
    });
  };

  return (
    <>
      <fieldset className="form-field">
        <legend>Proxy</legend>
        {MODES.map((m) => (
          <label key={m.value}>
            <input
              type="radio"
              name="network-mode"
              checked={form.mode === m.value}
              onChange={() => set({ mode: m.value })}
            />{' '}
            {m.label}
          </label>
        ))}
        <div className="field-hint">
          {form.mode === 'auto' ? autoHint(view) : form.mode === 'direct' ? 'Every call goes direct.' : ''}
        </div>
      </fieldset>
      {form.mode === 'manual' && (
        <>
          <TextField
            id="network-url"
            label="Proxy URL"
            value={form.url}
            placeholder="http://proxy.corp:3128"
            aria-invalid={invalid('url')}
            onValue={(v) => set({ url: v })}
          />
          <TextField
            id="network-bypass"
            label="No proxy for"
            value={form.bypass}
            placeholder="localhost, .corp.example, 10.0.0.0/8"
            hint="Hosts, .domains, host:port or CIDR ranges, separated by commas."
            onValue={(v) => set({ bypass: v })}
          />
        </>
      )}
      {form.mode !== 'direct' && (
        <>
          <TextField
            id="network-username"
            label="Proxy username"
            value={form.username}
            onValue={(v) => set({ username: v })}
          />
          <TextField
            id="network-password"
            label="Proxy password"
            type="password"
            value={form.password}
            autoComplete="new-password"
            hint={
              view.password_set
                ? 'A password is saved with the other secrets; type a new one to replace it.'
                : 'Only if the proxy asks for one (HTTP 407).'
            }
            onValue={(v) => set({ password: v })}
          />
          <label>
            <input
              type="checkbox"
              checked={form.proxy_loopback}
              onChange={(e) => set({ proxy_loopback: e.target.checked })}
            />{' '}
            Send local addresses (this machine) through the proxy too
          </label>
        </>
      )}
      <TextField
        id="network-ca-file"
        label="Extra CA certificates (PEM file)"
        value={form.ca_file}
        placeholder="/path/to/corporate-root.pem"
        aria-invalid={invalid('ca_file')}
        hint={`Trusted in addition to the bundled roots${view.system_ca ? ' and the operating system’s store' : ''}. Certificate checks are never switched off.`}
        onValue={(v) => set({ ca_file: v })}
      />
      <ErrorAlert message={network.error && errorText(network.error)} />
      <div className="form-actions">
        <Button variant="primary" onClick={() => submit()} disabled={network.busy}>
          {network.busy ? 'Saving…' : 'Save network settings'}
        </Button>
        {view.password_set && (
          <Button onClick={() => submit(true)} disabled={network.busy}>
            Forget proxy password
          </Button>
        )}
        {network.saved && <span role="status">Saved: the next call uses these settings.</span>}
      </div>
    </>
  );
}
