import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';

/** The largest description accepted, in bytes (the 10 MB case fits with room). */
export const MAX_DESCRIPTION_BYTES = 20 * 1024 * 1024;
/** YAML aliases expanded at most this often, so an alias bomb is refused rather than expanded. */
const MAX_ALIASES = 1_000;

/** One thing wrong with a description, with where it is: a JSON pointer and, when known, a line. */
export interface DescriptionError {
  message: string;
  pointer: string;
  line?: number;
  column?: number;
}

/** A parsed document, or why the text is not JSON or YAML. */
export type ParsedSource = { ok: true; doc: unknown } | { ok: false; errors: DescriptionError[] };

function lineOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/**
 * Parses a description's text: JSON when it starts with `{` (fast, with the error's line), YAML
 * otherwise, with alias expansion bounded. Refuses text over the size limit before parsing it.
 */
export function parseSource(text: string): ParsedSource {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DESCRIPTION_BYTES)
    return {
      ok: false,
      errors: [
        {
          message: `The description is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_DESCRIPTION_BYTES / 1048576} MB.`,
          pointer: '',
        },
      ],
    };
  const trimmed = text.trimStart();
  if (trimmed === '') return { ok: false, errors: [{ message: 'The description is empty.', pointer: '' }] };
  if (trimmed.startsWith('{')) {
    try {
      return { ok: true, doc: JSON.parse(text) };
    } catch (error) {
      const msg = error instanceof Error ? error.message : String(error);
      const pos = /position (\d+)/.exec(msg);
      const where = pos ? lineOf(text, Number(pos[1])) : {};
      return { ok: false, errors: [{ message: `Not valid JSON: ${msg}`, pointer: '', ...where }] };
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0)
    return {
      ok: false,
      errors: doc.errors.slice(0, 20).map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          message: `Not valid YAML: ${e.message.split('\n')[0]}`,
          pointer: '',
          line: pos.line,
          column: pos.col,
        };
      }),
    };
  try {
    return { ok: true, doc: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          message: `Not usable YAML: ${error instanceof Error ? error.message : String(error)}`,
          pointer: '',
        },
      ],
    };
  }
}

const unescape = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * A function giving the line (1-based) where a JSON pointer's value starts in the source. The source is
 * parsed once (YAML-aware, so JSON and YAML both have lines), however many errors are placed.
 */
export function pointerLines(
  text: string,
): (pointer: string) => { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  return (pointer) => lineIn(doc.contents, lineCounter, pointer);
}

function lineIn(
  contents: unknown,
  lineCounter: LineCounter,
  pointer: string,
): { line: number; column: number } | undefined {
  let node: unknown = contents;
  let at: YamlNode | null = contents as YamlNode | null;
  for (const token of pointer.split('/').slice(1).map(unescape)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === token);
      if (!pair) break;
      at = (pair.key as YamlNode | null) ?? at;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(token)];
      if (item === undefined) break;
      node = item;
      at = item as YamlNode;
    } else break;
  }
  const start = at?.range?.[0];
  if (start === undefined) return undefined;
  const pos = lineCounter.linePos(start);
  return { line: pos.line, column: pos.col };
}
