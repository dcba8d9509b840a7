import { useState } from 'react';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';
import { notifyUrlHelp } from './portal-help';

/** The MangoApps-issued URL the third party posts to; read-only, known only once the domain is pulled. */
export function NotifyUrlField({ kind }: { kind: WebhookKind }) {
  const url = useApp((s) => s.draft?.config[kind].incoming.notify_url ?? null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const id = `${kind}-notify-url`;

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="form-field">
      <label htmlFor={id}>MangoApps URL</label>
      <div className="input-with-button">
        <input
          id={id}
          className="input"
          type="text"
          readOnly
          value={url ?? 'Available after connecting'}
          aria-describedby={`${id}-hint`}
          data-placeholder={url ? undefined : true}
        />
        <Button onClick={copy} disabled={!url} aria-label="Copy MangoApps URL">
          Copy
        </Button>
      </div>
      <div id={`${id}-hint`} className="field-hint" role="status">
        {copied === 'yes'
          ? 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'Could not copy; select the URL and copy it by hand.'
            : notifyUrlHelp(kind)}
      </div>
    </div>
  );
}
