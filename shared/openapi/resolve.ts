import { isObj, type Obj } from './schema-walk';

/** Follows a value's `$ref` to what it names; anything else comes back as it is. */
export type Resolve = (value: unknown) => unknown;

/** A resolver for an already dereferenced document. */
export const identity: Resolve = (v) => v;

const MAX_HOPS = 32;

/** The value a local JSON pointer (`#/components/schemas/User`) names in `doc`, or undefined. */
export function atPointer(doc: unknown, ref: string): unknown {
  if (ref === '#') return doc;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    let token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    try {
      token = decodeURIComponent(token);
    } catch {
      // not percent-encoded after all
    }
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObj(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/**
 * A resolver of local `$ref`s, followed lazily and only where something is read: indexing a large
 * description then touches its POST operations, not every schema it holds. The same `$ref` always
 * yields the same object, so cycle checks by identity work; a `$ref` that leads nowhere (or in circles)
 * reads as `{}` (anything). External references must have been bundled in before.
 */
export function makeResolver(doc: Obj): Resolve {
  const cache = new Map<string, unknown>();
  return (value) => {
    let current = value;
    for (let hops = 0; isObj(current) && typeof current.$ref === 'string'; hops++) {
      if (hops >= MAX_HOPS) return {};
      const ref = current.$ref;
      let target = cache.get(ref);
      if (target === undefined) {
        target = atPointer(doc, ref) ?? {};
        cache.set(ref, target);
      }
      current = target;
    }
    return current;
  };
}
