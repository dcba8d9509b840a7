import type { Problem } from './problem';

/** Problems grouped by the row they belong to, for the marks beside each table row. */
export function problemsByRow(problems: readonly Problem[]): Map<string, Problem[]> {
  const byRow = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.at.section !== 'table' || problem.at.rowId === undefined) continue;
    const list = byRow.get(problem.at.rowId);
    if (list) list.push(problem);
    else byRow.set(problem.at.rowId, [problem]);
  }
  return byRow;
}

/** How many errors and warnings there are, for the problems badge and the publish gate. */
export function countBySeverity(problems: readonly Problem[]): { error: number; warning: number } {
  let error = 0;
  for (const problem of problems) if (problem.severity === 'error') error++;
  return { error, warning: problems.length - error };
}

/** Whether a publish would be refused: any error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
