import { useEffect, useState } from 'react';
import { exportDraft } from '../../../shared/draft-file/export-draft';
import { call } from '../../bridge';
import { Button } from '../../components/Button';
import { useApp, useAppStore } from '../../store/store-context';
import { useApiDescription } from '../openapi/api-description-store';
import { downloadText } from './download';

/** How long the "Exported …" note stays: long enough to read, gone before it turns into clutter. */
const NOTE_MS = 6000;

/** Exports the draft on screen as a `.webhook.json` file (no row ids, no secrets), and says it did. */
export function ExportButton() {
  const store = useAppStore();
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(null), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);
  const domainId = useApp((s) => s.draft?.id ?? null);
  const ownsApi = useApiDescription((s) => s.domainId === domainId && s.description !== null);
  const [embed, setEmbed] = useState(false);
  async function onClick() {
    const draft = store.getState().draft;
    if (!draft) return;
    // The reference (and, when asked, the description's text) comes from the host, which keeps it.
    const api = ownsApi
      ? await call('openapi:reference', { domain_id: draft.id, embed }).catch(() => null)
      : null;
    const { fileName, text } = exportDraft(draft, api ?? undefined);
    downloadText(fileName, text);
    // A browser download is silent; the admin should know the file and its name.
    setNote(`Exported ${fileName}`);
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
      <span className="toast" role="status">
        {note}
      </span>
    </>
  );
}
