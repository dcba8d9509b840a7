import { useRef, useState } from 'react';
import { applyImport } from '../../../shared/draft-file/apply-import';
import { parseDraftFile, type ImportedDraft } from '../../../shared/draft-file/import-draft';
import type { DraftFileIssue } from '../../../shared/draft-file/issues';
import { call, errorMessage } from '../../bridge';
import { Button } from '../../components/Button';
import { useApp, useAppStore } from '../../store/store-context';
import { uniqueName } from '../domains/domain-form';
import { ImportConfirmDialog } from './ImportConfirmDialog';
import { ImportErrorsDialog } from './ImportErrorsDialog';

type Stage =
  | { stage: 'errors'; fileName: string; errors: readonly DraftFileIssue[] }
  | { stage: 'confirm'; fileName: string; imported: ImportedDraft; warnings: readonly DraftFileIssue[] }
  | null;

/** Imports a draft file: a per-field error report when it is invalid, and never a replace without asking. */
export function ImportButton() {
  const store = useAppStore();
  const domainName = useApp((s) => s.draft?.name ?? null);
  const input = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<Stage>(null);

  async function onFile(file: File) {
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      setStage({ stage: 'errors', fileName: file.name, errors: [{ path: '', message: errorMessage(err) }] });
      return;
    }
    const result = parseDraftFile(text);
    setStage(
      result.ok
        ? { stage: 'confirm', fileName: file.name, imported: result.value, warnings: result.warnings }
        : { stage: 'errors', fileName: file.name, errors: result.errors },
    );
  }

  function replace(imported: ImportedDraft) {
    store.getState().edit((d) => applyImport(d, imported, new Date().toISOString()));
  }

  async function asNewDomain(imported: ImportedDraft) {
    const state = store.getState();
    const name = uniqueName(imported.name, state.domains);
    const created = await call('domains:create', { name, base_url: imported.base_url });
    await state.adoptDraft(applyImport(created, imported, new Date().toISOString()));
  }

  return (
    <>
      <Button onClick={() => input.current?.click()} title="Open a draft file (.json)">
        Import
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Draft file to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // choosing the same file again must fire change again
          if (file) void onFile(file);
        }}
      />
      {stage?.stage === 'errors' && (
        <ImportErrorsDialog fileName={stage.fileName} errors={stage.errors} onClose={() => setStage(null)} />
      )}
      {stage?.stage === 'confirm' && (
        <ImportConfirmDialog
          fileName={stage.fileName}
          domainName={domainName}
          warnings={stage.warnings}
          onReplace={() => replace(stage.imported)}
          onNewDomain={() => asNewDomain(stage.imported)}
          onClose={() => setStage(null)}
        />
      )}
    </>
  );
}
