import type { DomainDraft } from '../../../shared/model/draft';
import { createDraftValidator } from '../../../shared/validation/incremental';
import type { Problem, ProblemLocation } from '../../../shared/validation/problem';
import type { DescriptionCheck } from '../../store/api-description-slice';

/** A draft's problems, ordered (errors, then warnings) and grouped by the spot they belong to. */
export interface ProblemIndex {
  all: readonly Problem[];
  errors: number;
  warnings: number;
  /** Problems of one spot, keyed by `spotKey`; rows are keyed by their row id. */
  bySpot: ReadonlyMap<string, readonly Problem[]>;
}

const NONE: readonly Problem[] = [];

/** The key a spot's problems are filed under: a row of a table is one spot, whatever its field. */
export function spotKey(at: ProblemLocation): string {
  switch (at.section) {
    case 'triggers':
    case 'post_url':
      return `${at.kind}.${at.section}`;
    case 'table':
      return at.rowId ? `row.${at.rowId}` : `${at.kind}.${at.table}`;
    case 'security':
      return `security.${at.field}`;
    case 'domain':
      return `domain.${at.field}`;
  }
}

/** Checks each draft from the one checked before it: a keystroke re-checks its row, not the draft. */
const validate = createDraftValidator();

function build(draft: DomainDraft, api: DescriptionCheck | null): ProblemIndex {
  const problems = validate(draft);
  // The description's findings are warnings: they show in the list and at their rows, never block.
  if (api) problems.push(...api(draft));
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const bySpot = new Map<string, Problem[]>();
  for (const problem of problems) {
    (problem.severity === 'error' ? errors : warnings).push(problem);
    const key = spotKey(problem.at);
    const list = bySpot.get(key);
    if (list) list.push(problem);
    else bySpot.set(key, [problem]);
  }
  const all = errors;
  const errorCount = errors.length;
  for (const warning of warnings) all.push(warning);
  return { all, errors: errorCount, warnings: warnings.length, bySpot };
}

const EMPTY: ProblemIndex = { all: NONE, errors: 0, warnings: 0, bySpot: new Map() };
const cache = new WeakMap<DomainDraft, { api: DescriptionCheck | null; index: ProblemIndex }>();

/**
 * Validates a draft once per version (and per API description): every component asking about the same
 * draft shares the result.
 */
export function problemsOf(draft: DomainDraft | null, api: DescriptionCheck | null = null): ProblemIndex {
  if (!draft) return EMPTY;
  const hit = cache.get(draft);
  if (hit && hit.api === api) return hit.index;
  const index = build(draft, api);
  cache.set(draft, { api, index });
  return index;
}

/** Whether this draft's problems have been found already (then asking for them again costs nothing). */
export function wasChecked(draft: DomainDraft): boolean {
  return cache.has(draft);
}

/** The problems of one spot (never undefined, so components can compare cheaply). */
export function problemsAt(index: ProblemIndex, key: string): readonly Problem[] {
  return index.bySpot.get(key) ?? NONE;
}

/** Whether two problem lists would render the same, so memoised rows skip unchanged ones. */
export function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((p, i) => {
    const q = b[i];
    return q !== undefined && p.message === q.message && p.severity === q.severity && p.path === q.path;
  });
}
