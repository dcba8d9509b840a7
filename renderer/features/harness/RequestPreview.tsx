import { useState } from 'react';
import type { PreviewView } from '../../../shared/bridge/harness-schemas';
import { Button } from '../../components/Button';
import { PreviewApiCheck } from '../openapi/PreviewApiCheck';
import { copyText } from '../publish/copy-text';
import { eventLabel } from './format';
import { HeaderList, WireBody } from './Notes';

/** The exact request, not sent: method, URL, every header (secrets masked), the body bytes, and curl. */
export function RequestPreview({ preview }: { preview: PreviewView }) {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <section className="card" aria-label="Request preview">
      <div className="card-head">
        <h2>Request preview</h2>
        <Button
          onClick={async () =>
            setCopied((await copyText(preview.curl)) ? 'Copied as curl.' : 'The clipboard is not available.')
          }
        >
          Copy as curl
        </Button>
      </div>
      <p className="section-description">
        Not sent. {eventLabel(preview.event)} · {preview.bytes} bytes of body. Secrets are masked.
      </p>
      <p className="mono-line">
        {preview.method} {preview.url}
      </p>
      <HeaderList headers={preview.headers} label="Preview headers" />
      <WireBody text={preview.body} label="Preview body" />
      {preview.api_check && <PreviewApiCheck check={preview.api_check} body={preview.body} />}
      <p className="muted" role="status">
        {copied}
      </p>
    </section>
  );
}
