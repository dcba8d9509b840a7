/** How deep any bridge input may nest: drafts and route bodies are a few levels; 64 is generous. */
export const MAX_INPUT_DEPTH = 64;
/** How large any bridge input may be, in characters of strings plus one per value (the web host's body cap). */
export const MAX_INPUT_SIZE = 25 * 1024 * 1024;

/** Why an input breaks a limit, with where, or null when it is within them. */
export function inputLimitProblem(value: unknown): string | null {
  let size = 0;
  // Iterative, so a hostile depth can never overflow the host's stack before the limit is seen.
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  const tooLarge = `the input is larger than ${MAX_INPUT_SIZE / 1024 / 1024} MB; split it or leave large values out`;
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; depth: number; path: string };
    if (typeof item.value === 'string') size += item.value.length;
    if (size > MAX_INPUT_SIZE) return tooLarge;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= MAX_INPUT_DEPTH) {
      return `${shorten(item.path) || 'the input'} is nested deeper than ${MAX_INPUT_DEPTH} levels`;
    }
    const keys = Array.isArray(item.value) ? null : Object.keys(item.value);
    const length = keys ? keys.length : (item.value as unknown[]).length;
    for (let i = 0; i < length; i++) {
      const key = keys ? `.${keys[i]}` : `[${i}]`;
      // Counted as pushed, so a huge flat array is refused before it is walked.
      size += key.length + 1;
      if (size > MAX_INPUT_SIZE) return tooLarge;
      const child: unknown = keys
        ? (item.value as Record<string, unknown>)[keys[i] as string]
        : (item.value as unknown[])[i];
      stack.push({
        value: child,
        depth: item.depth + 1,
        path: item.path.length < 200 ? item.path + key : item.path,
      });
    }
  }
  return null;
}

function shorten(path: string): string {
  const clean = path.replace(/^\./, '');
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}
