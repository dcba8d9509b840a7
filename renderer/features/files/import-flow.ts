import { lazyComponent } from '../../components/lazy-component';
import type { ImportStage } from './ImportDialogs';

/**
 * The import dialogs and the draft-file parser (with its schemas) are code of their own, fetched when a
 * file is first imported rather than with the editor.
 */
export const ImportDialogs = lazyComponent(() => import('./ImportDialogs').then((m) => m.ImportDialogs));

/** Parses a draft file's text (or takes a read error) into the stage to show, loading the parser first. */
export async function readImportStage(
  fileName: string,
  text: string,
  readError?: string,
): Promise<ImportStage> {
  const { importStage } = await import('./ImportDialogs');
  return importStage(fileName, text, readError);
}
