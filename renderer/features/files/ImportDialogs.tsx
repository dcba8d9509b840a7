import { useMemo } from 'react';
import { applyImport, baseNotAdopted } from '../../../shared/draft-file/apply-import';
import { parseDraftFile, type ImportedDraft } from '../../../shared/draft-file/import-draft';
import type { DraftFileIssue } from '../../../shared/draft-file/issues';
import type { DomainDraft } from '../../../shared/model/draft';
import { configChanges } from '../../../shared/plan/config-changes';
import { countBySeverity } from '../../../shared/validation/summarise';
import { validateDraft } from '../../../shared/validation/validate-draft';
import { errorMessage } from '../../bridge';
import { useApp, useAppStore } from '../../store/store-context';
import { uniqueName } from '../domains/domain-form';
import { adoptEmbeddedDescription } from '../openapi/embedded-description';
import { ImportConfirmDialog, type ReplacePreview } from './ImportConfirmDialog';
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

/** The file's warnings, and why its base would not become the open draft's (a file of another domain). */
const withBaseNote = (warnings: readonly DraftFileIssue[], note: string | null) =>
  note ? [...warnings, { path: 'base', message: note }] : warnings;

/** What replacing `draft` with the imported file would change, computed as the replace would do it. */
export function replacePreview(draft: DomainDraft, imported: ImportedDraft): ReplacePreview {
  const next = applyImport(draft, imported, draft.updated_at);
  return {
    domainName: draft.name,
    changes: configChanges(draft.config, next.config),
    errors: countBySeverity(validateDraft(next)).error,
  };
}

/**
 * The import dialogs, wherever the file came from (the Import button, or a file the OS opened with the
 * app): a per-field error report when it is invalid, and never a replace without asking.
 */
export function ImportDialogs({ stage, onClose }: { stage: ImportStage; onClose(): void }) {
  const store = useAppStore();
  const draft = useApp((s) => s.draft);
  const imported = stage.stage === 'confirm' ? stage.imported : null;
  const preview = useMemo(
    () => (draft && imported ? replacePreview(draft, imported) : null),
    [draft, imported],
  );

  function replace(imported: ImportedDraft) {
    store.getState().edit((d) => applyImport(d, imported, new Date().toISOString()));
    const id = store.getState().draft?.id;
    if (id) void adoptEmbedded(id, imported);
  }

  /** A description embedded in the file becomes the domain's; one that does not load is said, not lost. */
  async function adoptEmbedded(id: string, imported: ImportedDraft) {
    const problem = await adoptEmbeddedDescription(store, id, imported.api_description).catch(
      (err: unknown) => `The API description embedded in the file was not imported: ${errorMessage(err)}`,
    );
    if (problem) store.getState().setNotice(problem);
  }

  async function asNewDomain(imported: ImportedDraft) {
    const state = store.getState();
    const name = uniqueName(imported.name, state.domains);
    const id = await state.createDomainFrom(name, imported.base_url, (created) =>
      applyImport(created, imported, new Date().toISOString()),
    );
    await adoptEmbedded(id, imported);
  }

  if (stage.stage === 'errors') {
    return <ImportErrorsDialog fileName={stage.fileName} errors={stage.errors} onClose={onClose} />;
  }
  return (
    <ImportConfirmDialog
      fileName={stage.fileName}
      replace={preview}
      warnings={withBaseNote(stage.warnings, draft ? baseNotAdopted(draft, stage.imported) : null)}
      onReplace={() => replace(stage.imported)}
      onNewDomain={() => asNewDomain(stage.imported)}
      onClose={onClose}
    />
  );
}
