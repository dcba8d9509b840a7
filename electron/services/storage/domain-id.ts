import { AppError } from '../../../shared/bridge/envelope';

/** Ids become file names, so only plain characters: no separators, no dots, no traversal. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** True when `id` can safely be used as a file name. */
export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

/** Throws `invalid_input` unless `id` is a safe file name (no path traversal through a crafted id). */
export function assertSafeId(id: string): void {
  if (!isSafeId(id)) {
    throw new AppError('invalid_input', 'A domain id may only contain letters, digits, "-" and "_".', [
      { path: 'id', message: 'not a valid domain id' },
    ]);
  }
}
