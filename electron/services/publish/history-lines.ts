import { HistoryEntrySchema, type HistoryEntry } from '../../../shared/plan/outcome';

/** One problem found while reading a history file: which line, and why it was left out. */
export interface HistoryLineProblem {
  line: number;
  message: string;
}

/** A history entry as one JSON Lines line (newline included), the format of every publish history file. */
export function historyLine(entry: HistoryEntry): string {
  return `${JSON.stringify(HistoryEntrySchema.parse(entry))}\n`;
}

/**
 * The entries of a JSON Lines history file, oldest first as appended. A line that is not a valid entry (a
 * hand edit, a write cut short) is left out and named, so one damaged line never hides the rest.
 */
export function parseHistoryLines(text: string): { entries: HistoryEntry[]; problems: HistoryLineProblem[] } {
  const entries: HistoryEntry[] = [];
  const problems: HistoryLineProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ line: i + 1, message: 'not valid JSON' });
      return;
    }
    const parsed = HistoryEntrySchema.safeParse(value);
    if (parsed.success) entries.push(parsed.data);
    else {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
      problems.push({ line: i + 1, message: `not a publish record${where}: ${first?.message ?? 'invalid'}` });
    }
  });
  return { entries, problems };
}
