import { exportDraft } from '../../../shared/draft-file/export-draft';
import { Button } from '../../components/Button';
import { useAppStore } from '../../store/store-context';
import { downloadText } from './download';

/** Exports the draft on screen as a `.webhook.json` file (no row ids, no secrets). */
export function ExportButton() {
  const store = useAppStore();
  function onClick() {
    const draft = store.getState().draft;
    if (!draft) return;
    const { fileName, text } = exportDraft(draft);
    downloadText(fileName, text);
  }
  return (
    <Button onClick={onClick} title="Save this draft as a JSON file for review or Git">
      Export
    </Button>
  );
}
