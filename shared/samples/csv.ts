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

/**
 * Parses CSV as RFC 4180 describes it: fields separated by commas, records by CRLF (LF and CR alone are
 * accepted too), fields in double quotes may hold commas, quotes (doubled) and line breaks. A UTF-8 BOM is
 * dropped. Spreadsheets export slightly broken files, so a stray quote is kept as text with a warning and
 * blank lines are skipped; an unterminated quoted field is an error.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const issues: CsvSyntaxIssue[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false; // the current field began with a quote
  let warned = false; // one warning per field is enough
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const n = text.length;

  const endField = () => {
    cells.push(field);
    field = '';
    quoted = false;
    warned = false;
  };
  const endRecord = () => {
    endField();
    const blank = cells.length === 1 && cells[0] === '';
    if (!blank) records.push({ cells, line: recordLine });
    cells = [];
  };

  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (c === '"' && field === '' && !quoted) {
      quoted = true;
      inQuotes = true;
      quoteLine = line;
    } else {
      if ((c === '"' || quoted) && !warned) {
        warned = true;
        issues.push({
          line,
          message: quoted
            ? 'text after a closing quote; kept as part of the value'
            : 'a quote inside an unquoted value; kept as text',
          severity: 'warning',
        });
      }
      field += c;
    }
  }
  if (inQuotes) {
    issues.push({
      line: quoteLine,
      message: 'a quoted value is never closed (missing ")',
      severity: 'error',
    });
  }
  if (field !== '' || quoted || cells.length > 0) endRecord();
  return { records, issues };
}
