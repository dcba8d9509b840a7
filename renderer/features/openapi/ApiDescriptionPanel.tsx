import '../../styles/openapi.css';
import { useState, type ChangeEvent } from 'react';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { newId } from '../../../shared/model/ids';
import { Button } from '../../components/Button';
import { addRow, setRowField } from '../../store/draft-edits';
import { bindApiOperation, importApiDescription } from '../../store/openapi-actions';
import { useApp, useAppStore } from '../../store/store-context';
import { showDescription } from './description-loader';
import { useApiDescription } from './useApiDescription';
import { useBoundOperation } from './useBoundOperation';
import { useLoadedApiDescription } from './useLoadedApiDescription';

type Source = { kind: 'text'; text: string; name: string } | { kind: 'url'; url: string };

/**
 * The webhook's API description: import one (file, pasted text or URL), see the operation the Post to
 * URL is bound to and change it, and propose rows for the required properties no row sends yet.
 */
export function ApiDescriptionPanel({ kind }: { kind: WebhookKind }) {
  const store = useAppStore();
  const domainId = useApp((s) => s.draft?.id ?? null);
  const description = useApiDescription((s) => s.description);
  const binding = useApiDescription((s) => s.binding);
  const bound = useBoundOperation(kind);
  const [status, setStatus] = useState<string>('');
  const [errors, setErrors] = useState<string[]>([]);
  const [paste, setPaste] = useState('');
  const [url, setUrl] = useState('');

  useLoadedApiDescription(domainId);

  if (!domainId) return null;

  async function importFrom(source: Source) {
    if (!domainId) return;
    setStatus('Importing…');
    setErrors([]);
    try {
      const out = await importApiDescription({ domain_id: domainId, source });
      if (out.status === 'invalid') {
        setStatus('The description was not imported; the one kept before is unchanged.');
        setErrors(
          out.errors.map(
            (e) => `${e.pointer || '(document)'}${e.line ? ` (line ${e.line})` : ''}: ${e.message}`,
          ),
        );
        return;
      }
      await showDescription(store, domainId, out.state);
      setStatus(`Imported ${out.state.description?.index.title ?? ''}.`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (file) await importFrom({ kind: 'text', text: await file.text(), name: file.name });
  }

  async function choose(key: string) {
    if (!domainId) return;
    const next = { ...binding, [kind]: key === '' ? undefined : key };
    const state = await bindApiOperation({ domain_id: domainId, binding: next });
    await showDescription(store, domainId, state);
  }

  async function mapRequired() {
    // Read when clicked: subscribing to the rows would re-render this panel on every keystroke in them.
    const { proposeRequiredRows } = await import('../../../shared/openapi/suggest');
    const draft = store.getState().draft;
    if (!draft) return;
    const proposals = proposeRequiredRows(
      bound?.operation ?? null,
      draft.config[kind].outgoing.request_parameters,
      draft.catalogue[kind],
    );
    store.getState().edit((draft) =>
      proposals.reduce((d, p) => {
        const id = newId();
        const added = addRow(d, kind, 'request_parameters', id);
        const named = setRowField(added, kind, 'request_parameters', id, 'api_field', p.api_field);
        return setRowField(named, kind, 'request_parameters', id, 'mangoapps_field', p.mangoapps_field ?? '');
      }, draft),
    );
    setStatus(
      proposals.length
        ? `Added ${proposals.length} row(s) for required properties; check each MangoApps field.`
        : 'Every required property is already mapped.',
    );
  }

  const ops = description?.index.operations ?? [];
  const id = `${kind}-api-description`;
  return (
    <section className="mapping-section" aria-labelledby={`${id}-title`}>
      <div className="section-heading">
        <h3 id={`${id}-title`}>API description</h3>
      </div>
      {description ? (
        <p className="section-description">
          {description.index.title} {description.index.version} ({description.spec}) from{' '}
          {description.source.location || 'pasted text'} ·{' '}
          <code title={description.fingerprint}>{description.fingerprint.slice(0, 19)}…</code>
        </p>
      ) : (
        <p className="section-description">
          Import the third party&apos;s OpenAPI or Swagger description to get API Field suggestions and
          checks.
        </p>
      )}
      <div className="api-description-import">
        <label>
          File{' '}
          <input
            type="file"
            accept=".json,.yaml,.yml"
            aria-label="Import API description file"
            onChange={(e) => void onFile(e)}
          />
        </label>
        <label>
          URL{' '}
          <input
            className="input"
            type="url"
            aria-label="API description URL"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <Button onClick={() => void importFrom({ kind: 'url', url })} disabled={url.trim() === ''}>
          Import from URL
        </Button>
        <label>
          Paste{' '}
          <textarea
            className="input"
            aria-label="Pasted API description"
            rows={2}
            value={paste}
            onChange={(e) => setPaste(e.target.value)}
          />
        </label>
        <Button
          onClick={() => void importFrom({ kind: 'text', text: paste, name: '' })}
          disabled={paste.trim() === ''}
        >
          Import pasted text
        </Button>
      </div>
      {description && (
        <div className="api-description-binding">
          <label>
            Operation{' '}
            <select
              aria-label="Operation the Post to URL hits"
              value={binding[kind] ?? ''}
              onChange={(e) => void choose(e.target.value)}
            >
              <option value="">
                Automatic{bound?.automatic ? `: ${bound.operation.key}` : ' (no match for the Post to URL)'}
              </option>
              {ops.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.key}
                  {o.summary ? ` — ${o.summary}` : ''}
                </option>
              ))}
            </select>
          </label>
          <Button onClick={() => void mapRequired()} disabled={!bound?.operation.request}>
            Map all required fields
          </Button>
        </div>
      )}
      <p role="status">{status}</p>
      {errors.length > 0 && (
        <ul className="api-description-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
