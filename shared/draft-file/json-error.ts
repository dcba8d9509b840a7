/** Where and why a text is not JSON, in words people use: line and column are 1-based. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

class Stop {
  constructor(
    readonly pos: number,
    readonly reason: string,
  ) {}
}

/**
 * Find the first syntax error of a text that JSON.parse refused. Engines word (and position) their
 * errors differently (V8 in Node 20 often gives neither line nor position), so this small scanner gives
 * the same answer in Electron, Chromium and Node, with hints for the usual hand-editing slips.
 */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const unexpected = (): Stop => {
    if (i >= n) return new Stop(i, 'the file ends too early');
    const c = text[i] as string;
    const word = /^[A-Za-z_][\w.-]*/.exec(text.slice(i, i + 60))?.[0];
    if (word)
      return new Stop(i, `unexpected word ${JSON.stringify(word)} (text values need "double quotes")`);
    const hint = c === '/' ? ' (JSON has no comments)' : c === "'" ? ' (JSON strings use double quotes)' : '';
    return new Stop(i, `unexpected ${JSON.stringify(c)}${hint}`);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else throw unexpected();
  };
  const string = () => {
    const start = i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) throw new Stop(i, 'a line break or control character inside a string (write it as \\n)');
      if (c === 0x5c) {
        const e = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else throw new Stop(i, `an invalid escape ${JSON.stringify(text.slice(i, i + 2))}`);
      } else i++;
    }
    throw new Stop(start, 'a string that is never closed');
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') throw unexpected();
    i += m[0].length;
  };
  const list = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === close) return void i++;
      if (text[i] !== ',')
        throw i >= n
          ? unexpected()
          : new Stop(i, `expected "," or "${close}" but found ${JSON.stringify(text[i])}`);
      const comma = i++;
      ws();
      if (text[i] === close) throw new Stop(comma, `a trailing comma before "${close}"`);
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      list('}', () => {
        if (text[i] !== '"')
          throw i < n
            ? new Stop(i, `expected a "quoted" key but found ${JSON.stringify(text[i])}`)
            : unexpected();
        string();
        ws();
        if (text[i] !== ':')
          throw i < n ? new Stop(i, `expected ":" but found ${JSON.stringify(text[i])}`) : unexpected();
        i++;
        value();
      });
    } else if (c === '[') list(']', value);
    else if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else throw unexpected();
  };

  try {
    value();
    ws();
    if (i < n) throw new Stop(i, `unexpected ${JSON.stringify(text[i])} after the end of the data`);
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) return undefined; // e.g. nesting too deep for the stack: no position to offer
    return { ...lineAndColumn(text, e.pos), reason: e.reason };
  }
}

function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < pos && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: pos - lineStart + 1 };
}
