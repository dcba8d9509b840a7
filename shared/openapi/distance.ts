let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > prevRow.length) {
    prevRow = new Int32Array(b.length + 1);
    curRow = new Int32Array(b.length + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length] as number;
}

/** Lower-case letters and digits only: `first_name`, `firstName` and `First-Name` compare equal. */
export const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Candidate names prepared once, so "did you mean" over thousands of names stays cheap per lookup. */
export interface NameMatcher {
  names: readonly string[];
  lower: readonly string[];
  byLower: ReadonlyMap<string, string>;
  bySquash: ReadonlyMap<string, string>;
  /** Bigram → the candidates holding it; built on the first fuzzy lookup. */
  grams?: Map<string, number[]>;
  /** Answers already given: a live check asks again about the same misspelt names on every edit. */
  answers?: Map<string, string | null>;
}

/** Answers kept per matcher before the memo starts over. */
const MAX_ANSWERS = 10_000;

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

function gramIndex(m: NameMatcher): Map<string, number[]> {
  if (m.grams) return m.grams;
  const grams = new Map<string, number[]>();
  m.lower.forEach((name, i) => {
    for (const g of bigrams(name)) {
      const list = grams.get(g);
      if (list) list.push(i);
      else grams.set(g, [i]);
    }
  });
  m.grams = grams;
  return grams;
}

/**
 * The candidates worth an edit-distance check: by the q-gram lemma, a string within distance k of
 * the query shares at least (length − 1 − 2k) of its bigrams, so most of thousands of names are
 * ruled out by counting, not by computing distances. Null when the bound says nothing (short names).
 */
function shortlist(m: NameMatcher, lower: string, k: number): number[] | null {
  const need = lower.length - 1 - 2 * k;
  if (need < 1) return null;
  const counts = new Uint16Array(m.lower.length);
  const out: number[] = [];
  const index = gramIndex(m);
  for (const g of bigrams(lower))
    for (const i of index.get(g) ?? []) if ((counts[i] = (counts[i] as number) + 1) === need) out.push(i);
  return out.sort((a, b) => a - b);
}

/** The closest candidate within distance k (ties: the first listed), or null. */
function closestWithin(m: NameMatcher, lower: string, k: number): string | null {
  const order = shortlist(m, lower, k);
  const count = order ? order.length : m.lower.length;
  let best: string | null = null;
  let bestDistance = k + 1;
  for (let n = 0; n < count; n++) {
    const i = order ? (order[n] as number) : n;
    const c = m.lower[i] as string;
    if (Math.abs(c.length - lower.length) >= bestDistance) continue;
    const d = editDistance(lower, c, bestDistance - 1);
    if (d < bestDistance) {
      best = m.names[i] as string;
      bestDistance = d;
    }
  }
  return best;
}

/** Prepares candidate names for `didYouMean`; the first spelling of a name wins. */
export function nameMatcher(names: readonly string[]): NameMatcher {
  const byLower = new Map<string, string>();
  const bySquash = new Map<string, string>();
  const lower = names.map((n) => {
    const l = n.toLowerCase();
    if (!byLower.has(l)) byLower.set(l, n);
    const s = squash(n);
    if (s !== '' && !bySquash.has(s)) bySquash.set(s, n);
    return l;
  });
  return { names, lower, byLower, bySquash };
}

/**
 * The name a mistyped one most likely meant: the same name in another case or spelling (`firstName` for
 * `first_name`), else the closest by edit distance within about a third of its length; null when none is close.
 */
export function didYouMean(name: string, candidates: readonly string[] | NameMatcher): string | null {
  const m = Array.isArray(candidates) ? nameMatcher(candidates) : (candidates as NameMatcher);
  const answers = (m.answers ??= new Map());
  if (answers.has(name)) return answers.get(name) ?? null;
  const found = closest(m, name);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(name, found);
  return found;
}

function closest(m: NameMatcher, name: string): string | null {
  const lower = name.toLowerCase();
  const twin = m.byLower.get(lower) ?? m.bySquash.get(squash(name));
  if (twin !== undefined) return twin;
  const max = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  // Nearest first: a one-letter slip is found from a short list before wider nets are cast.
  for (let k = 1; k <= max; k++) {
    const found = closestWithin(m, lower, k);
    if (found !== null) return found;
  }
  return null;
}
