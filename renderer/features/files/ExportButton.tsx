import { useCallback, useState } from 'react';
import { Button } from '../../components/Button';
import { Toast } from '../../components/Toast';
import { useAppStore } from '../../store/store-context';
import { downloadText } from './download';

/** Exports the draft on screen as a `.webhook.json` file (no row ids, no secrets), and says it did. */
export function ExportButton() {
  const store = useAppStore();
  const [note, setNote] = useState<string | null>(null);
  const dismiss = useCallback(() => setNote(null), []);
  async function onClick() {
    const draft = store.getState().draft;
    if (!draft) return;
    // The file format's code is fetched on first use; the draft is the one on screen at the click.
    const { exportDraft } = await import('../../../shared/draft-file/export-draft');
    const { fileName, text } = exportDraft(draft);
    downloadText(fileName, text);
    // A browser download is silent; the admin should know the file and its name.
    setNote(`Exported ${fileName}`);
  }
  return (
    <>
      <Button onClick={() => void onClick()} title="Save this draft as a JSON file for review or Git">
        Export
      </Button>
      <Toast message={note} onDismiss={dismiss} />
    </>
  );
}
