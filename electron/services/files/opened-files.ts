import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { OpenedFile } from '../../../shared/bridge/contract';

/** Draft files are small; anything bigger is not one, and is not read into memory. */
export const MAX_OPENED_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Files the OS asked the app to open. They wait here until the UI takes them (at start-up the window is
 * not there yet) and are pushed as an event when the UI is already running.
 */
export class OpenedFiles {
  private pending: OpenedFile[] = [];

  constructor(private readonly emit: (file: OpenedFile) => void) {}

  /** Read one file the OS handed over; failures become a file with an `error` the UI shows. */
  async open(filePath: string): Promise<void> {
    const name = path.basename(filePath);
    let file: OpenedFile;
    try {
      const stat = await fs.stat(filePath);
      if (!stat.isFile()) throw new Error('it is not a file');
      if (stat.size > MAX_OPENED_FILE_BYTES) {
        throw new Error(`it is ${Math.round(stat.size / 1024 / 1024)} MB; draft files are far smaller`);
      }
      file = { name, text: await fs.readFile(filePath, 'utf8') };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      file = { name, text: '', error: `Could not read ${name}: ${why}.` };
    }
    this.pending.push(file);
    this.emit(file);
  }

  /** The files not yet taken by the UI, oldest first; each is handed over once. */
  take(): OpenedFile[] {
    const files = this.pending;
    this.pending = [];
    return files;
  }
}

/** The draft-file paths in a command line (what the OS passes when a file is opened with the app). */
export function draftPathsIn(argv: readonly string[]): string[] {
  return argv.filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.json'));
}
