/** Headers recomputed for every replay; they are not shown for editing. */
const CONNECTION_HEADERS = new Set([
  'host',
  'content-length',
  'connection',
  'transfer-encoding',
  'keep-alive',
]);

/** The captured headers an admin may edit, as `Name: value` lines. */
export function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .filter(([name]) => !CONNECTION_HEADERS.has(name.toLowerCase()))
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** Parses `Name: value` lines; blank lines are skipped, a line without a colon is an error. */
export function parseHeaderLines(text: string): { headers: Record<string, string> } | { error: string } {
  const headers: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return { error: `Header line ${i + 1} needs the form "Name: value".` };
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { headers };
}

/**
 * Only what the admin changed: a new or changed header gets its value, a removed one null. Unchanged
 * headers are not sent back, so a masked credential (`Bearer •••`) is replayed as captured, never as
 * the mask.
 */
export function headerEdits(
  original: Record<string, string>,
  edited: Record<string, string>,
): Record<string, string | null> {
  const lower = (h: Record<string, string>) =>
    new Map(Object.entries(h).map(([k, v]) => [k.toLowerCase(), [k, v]]));
  const before = lower(original);
  const after = lower(edited);
  const edits: Record<string, string | null> = {};
  for (const [key, [name]] of before) {
    if (!CONNECTION_HEADERS.has(key) && !after.has(key)) edits[name as string] = null;
  }
  for (const [key, [name, value]] of after) {
    if (before.get(key)?.[1] !== value) edits[name as string] = value as string;
  }
  return edits;
}
