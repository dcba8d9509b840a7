/** One CSV record with the physical line it starts on (for error messages). */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** A problem in the CSV text itself (quoting), by the line it was found on. */
export interface CsvSyntaxIssue {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

/** The records of a CSV text and the quoting problems found. */
export interface CsvParse {
  records: CsvRecord[];
  issues: CsvSyntaxIssue[];
}

/** One step of a streamed CSV read: a record, or a quoting problem. */
export type CsvItem = { record: CsvRecord } | { issue: CsvSyntaxIssue };

/**
 * Parses CSV as RFC 4180 describes it: fields separated by commas, records by CRLF (LF and CR alone are
 * accepted too), fields in double quotes may hold commas, quotes (doubled) and line breaks. A UTF-8 BOM is
 * dropped. Spreadsheets export slightly broken files, so a stray quote is kept as text with a warning and
 * blank lines are skipped; an unterminated quoted field is an error.
 */
export function parseCsv(input: string): CsvParse {
  const records: CsvRecord[] = [];
  const issues: CsvSyntaxIssue[] = [];
  for (const item of readCsv(input)) {
    if ('record' in item) records.push(item.record);
    else issues.push(item.issue);
  }
  return { records, issues };
}

/**
 * The same parse as `parseCsv`, one record at a time, so a caller can stop early, keep memory bounded
 * and let other work run between records.
 */
export function* readCsv(input: string): Generator<CsvItem> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let cells: string[] = [];
  let field = '';
  let quoted = false; // the current field began with a quote
  let warned = false; // one warning per field is enough
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const n = text.length;
  let ready: CsvRecord | null = null;
  const pending: CsvSyntaxIssue[] = [];

  const endField = () => {
    cells.push(field);
    field = '';
    quoted = false;
    warned = false;
  };
  const endRecord = () => {
    endField();
    const blank = cells.length === 1 && cells[0] === '';
    if (!blank) ready = { cells, line: recordLine };
    cells = [];
  };

  const warn = (message: string) => {
    warned = true;
    pending.push({ line, message, severity: 'warning' });
  };
  // Runs of ordinary characters are sliced, not appended one by one: a 10,000-row file is read in a
  // few milliseconds.
  const special = /[,\r\n"]/g;
  let i = 0;
  while (i < n) {
    if (inQuotes) {
      const q = text.indexOf('"', i);
      const chunk = text.slice(i, q < 0 ? n : q);
      line += lineBreaks(chunk);
      field += chunk;
      if (q < 0) break;
      if (text[q + 1] === '"') {
        field += '"';
        i = q + 2;
      } else {
        inQuotes = false;
        i = q + 1;
      }
      continue;
    }
    special.lastIndex = i;
    const j = special.exec(text)?.index ?? n;
    if (j > i) {
      if (quoted && !warned) warn('text after a closing quote; kept as part of the value');
      field += text.slice(i, j);
      i = j;
      if (i >= n) break;
    }
    const c = text[i] as string;
    if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (field === '' && !quoted) {
      quoted = true;
      inQuotes = true;
      quoteLine = line;
    } else {
      if (!warned) {
        warn(
          quoted
            ? 'text after a closing quote; kept as part of the value'
            : 'a quote inside an unquoted value; kept as text',
        );
      }
      field += c;
    }
    i++;
    if (pending.length > 0) yield* pending.splice(0).map((issue) => ({ issue }));
    if (ready) {
      const record: CsvRecord = ready;
      ready = null;
      yield { record };
    }
  }
  if (pending.length > 0) yield* pending.splice(0).map((issue) => ({ issue }));
  if (inQuotes) {
    yield {
      issue: { line: quoteLine, message: 'a quoted value is never closed (missing ")', severity: 'error' },
    };
  }
  if (field !== '' || quoted || cells.length > 0) endRecord();
  if (ready) yield { record: ready };
}

/** Line breaks inside a quoted value (CRLF, LF or a lone CR), to keep line numbers right. */
function lineBreaks(chunk: string): number {
  let count = 0;
  for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) count++;
  for (let k = chunk.indexOf('\r'); k >= 0; k = chunk.indexOf('\r', k + 1))
    if (chunk[k + 1] !== '\n') count++;
  return count;
}
