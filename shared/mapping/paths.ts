/** What reading a path from a JSON value found. */
export type PathRead = { found: true; value: unknown } | { found: false };

const NOT_FOUND: PathRead = { found: false };
const has = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/**
 * Reads `path` from a parsed JSON value. A key that itself contains dots wins when present as is;
 * otherwise `data.id` walks nested objects and `items.0.id` indexes arrays (admin-api.md, Deliveries).
 */
export function readPath(root: unknown, path: string): PathRead {
  if (root === null || typeof root !== 'object' || path === '') return NOT_FOUND;
  if (has(root, path)) return { found: true, value: (root as Record<string, unknown>)[path] };
  if (!path.includes('.')) return NOT_FOUND;
  let current: unknown = root;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !has(current, segment)) return NOT_FOUND;
    current = (current as Record<string, unknown>)[segment];
  }
  return { found: true, value: current };
}
