import { useCallback, useState } from 'react';
import { Button } from '../../components/Button';
import { Toast } from '../../components/Toast';
import { apiReference } from '../../store/openapi-actions';
import { useApp, useAppStore } from '../../store/store-context';
import { useApiDescription } from '../openapi/useApiDescription';
import { downloadText } from './download';

/**
 * Exports the draft on screen as a `.webhook.json` file (no row ids, no secrets), with the reference to
 * the domain's API description (its text too when "Embed" is ticked), and says it did.
 */
export function ExportButton() {
  const store = useAppStore();
  const [note, setNote] = useState<string | null>(null);
  const dismiss = useCallback(() => setNote(null), []);
  const domainId = useApp((s) => s.draft?.id ?? null);
  const ownsApi = useApiDescription((s) => s.domainId === domainId && s.description !== null);
  const [embed, setEmbed] = useState(false);
  async function onClick() {
    const draft = store.getState().draft;
    if (!draft) return;
    // The file format's code is fetched on first use; the draft is the one on screen at the click.
    const { exportDraft } = await import('../../../shared/draft-file/export-draft');
    // The reference (and, when asked, the description's text) comes from the host, which keeps it.
    const api = ownsApi ? await apiReference({ domain_id: draft.id, embed }).catch(() => null) : null;
    const { fileName, text } = exportDraft(draft, api ?? undefined);
    downloadText(fileName, text);
    // A browser download is silent; the admin should know the file and its name.
    setNote(`Exported ${fileName}${api?.embedded !== undefined ? ' with its API description' : ''}`);
  }
  return (
    <>
      <Button onClick={() => void onClick()} title="Save this draft as a JSON file for review or Git">
        Export
      </Button>
      {ownsApi && (
        <label className="checkbox">
          <input type="checkbox" checked={embed} onChange={(e) => setEmbed(e.target.checked)} />
          Embed API description
        </label>
      )}
      <Toast message={note} onDismiss={dismiss} />
    </>
  );
}
