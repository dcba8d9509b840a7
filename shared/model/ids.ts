/** A short random id for rows and drafts; crypto.randomUUID exists in browsers and Node 20 alike. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
