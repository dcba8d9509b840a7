import { useState } from 'react';
import type { InboxEntryView } from '../../../shared/bridge/harness-schemas';
import { FormDialog } from '../../components/FormDialog';
import { InputField } from '../../components/InputField';
import { SelectField } from '../../components/SelectField';
import { CodeField } from './CodeField';
import { ErrorNote } from './Notes';
import { headerEdits, headerLines, parseHeaderLines } from './replay-edits';

/** What an edited replay sends: only the parts the admin changed. */
export interface ReplayEdits {
  url: string;
  method?: string;
  headers?: Record<string, string | null>;
  body?: string;
}

/** Edit a captured request (URL, method, headers, body), then replay it. */
export function ReplayDialog({
  entry,
  defaultUrl,
  onReplay,
  onClose,
}: {
  entry: InboxEntryView;
  defaultUrl: string;
  onReplay(edits: ReplayEdits): void;
  onClose(): void;
}) {
  const [url, setUrl] = useState(defaultUrl);
  const [method, setMethod] = useState(entry.method);
  const [headers, setHeaders] = useState(headerLines(entry.headers));
  const [body, setBody] = useState(entry.body);
  const [error, setError] = useState<string | null>(null);

  function submit() {
    const parsed = parseHeaderLines(headers);
    if ('error' in parsed) return setError(parsed.error);
    const edits = headerEdits(entry.headers, parsed.headers);
    onClose();
    onReplay({
      url: url.trim(),
      ...(method !== entry.method ? { method } : {}),
      ...(Object.keys(edits).length > 0 ? { headers: edits } : {}),
      ...(body !== entry.body ? { body } : {}),
    });
  }

  return (
    <FormDialog
      title={`Edit and replay ${entry.method} ${entry.path}`}
      wide
      onClose={onClose}
      description="Unchanged headers are sent as captured, including credentials shown masked here."
      submitLabel="Replay"
      onSubmit={submit}
    >
      <InputField id="replay-url" label="Replay to" value={url} onValue={setUrl} spellCheck={false} />
      <SelectField
        id="replay-method"
        label="Method"
        value={method}
        options={[...new Set([entry.method, 'POST', 'PUT', 'PATCH', 'GET', 'DELETE'])].map((m) => ({
          value: m,
          label: m,
        }))}
        onValue={setMethod}
      />
      <CodeField
        id="replay-headers"
        label="Headers (one “Name: value” per line)"
        rows={6}
        value={headers}
        onValue={setHeaders}
      />
      <CodeField id="replay-body" label="Body" rows={8} value={body} onValue={setBody} autoFocus />
      <ErrorNote message={error} />
    </FormDialog>
  );
}
