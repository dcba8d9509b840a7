import { applyImport } from '../../../shared/draft-file/apply-import';
import { parseDraftFile, type ImportedDraft } from '../../../shared/draft-file/import-draft';
import type { DraftFileIssue } from '../../../shared/draft-file/issues';
import { call } from '../../bridge';
import { useApp, useAppStore } from '../../store/store-context';
import { uniqueName } from '../domains/domain-form';
import { adoptEmbeddedDescription } from '../openapi/embedded-description';
import { ImportConfirmDialog } from './ImportConfirmDialog';
import { ImportErrorsDialog } from './ImportErrorsDialog';

/** Where an import stands: its error report, or the question of what to do with a valid file. */
export type ImportStage =
  | { stage: 'errors'; fileName: string; errors: readonly DraftFileIssue[] }
  | { stage: 'confirm'; fileName: string; imported: ImportedDraft; warnings: readonly DraftFileIssue[] };

/** Parse a draft file's text (or take a read error) into the stage to show. */
export function importStage(fileName: string, text: string, readError?: string): ImportStage {
  if (readError !== undefined)
    return { stage: 'errors', fileName, errors: [{ path: '', message: readError }] };
  const result = parseDraftFile(text);
  return result.ok
    ? { stage: 'confirm', fileName, imported: result.value, warnings: result.warnings }
    : { stage: 'errors', fileName, errors: result.errors };
}

/**
 * The import dialogs, wherever the file came from (the Import button, or a file the OS opened with the
 * app): a per-field error report when it is invalid, and never a replace without asking.
 */
export function ImportDialogs({ stage, onClose }: { stage: ImportStage; onClose(): void }) {
  const store = useAppStore();
  const domainName = useApp((s) => s.draft?.name ?? null);

  function replace(imported: ImportedDraft) {
    store.getState().edit((d) => applyImport(d, imported, new Date().toISOString()));
    const id = store.getState().draft?.id;
    if (id) void adoptEmbeddedDescription(id, imported.api_description).catch(() => undefined);
  }

  async function asNewDomain(imported: ImportedDraft) {
    const state = store.getState();
    const name = uniqueName(imported.name, state.domains);
    const created = await call('domains:create', { name, base_url: imported.base_url });
    await state.adoptDraft(applyImport(created, imported, new Date().toISOString()));
    await adoptEmbeddedDescription(created.id, imported.api_description).catch(() => undefined);
  }

  if (stage.stage === 'errors') {
    return <ImportErrorsDialog fileName={stage.fileName} errors={stage.errors} onClose={onClose} />;
  }
  return (
    <ImportConfirmDialog
      fileName={stage.fileName}
      domainName={domainName}
      warnings={stage.warnings}
      onReplace={() => replace(stage.imported)}
      onNewDomain={() => asNewDomain(stage.imported)}
      onClose={onClose}
    />
  );
}
