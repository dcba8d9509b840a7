/** Segments of a path in the error notation: `profile.outgoing.request_parameters[2].api_field`. */
function segments(path: string): (string | number)[] {
  return path
    .split(/\.|(?=\[)/)
    .map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s))
    .filter((s) => s !== '');
}

type Container = Record<string | number, unknown>;

/**
 * Change parsed JSON as an admin would by hand, addressed by the same paths the import report uses;
 * `undefined` deletes. Keeps tests free of `any` while poking at deliberately wrong shapes.
 */
export function editJson(root: unknown, changes: Record<string, unknown>): unknown {
  for (const [path, value] of Object.entries(changes)) {
    const keys = segments(path);
    let node = root as Container;
    for (const key of keys.slice(0, -1)) node = node[key] as Container;
    const last = keys[keys.length - 1] as string | number;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return root;
}
