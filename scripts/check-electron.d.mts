/** One Electronegativity result. */
export interface Finding {
  check: string;
  level: string;
  message: string;
  file: string | null;
  line: number;
}
/** A reviewed finding: one check in one file (`*` for project-wide checks), with the reason. */
export interface Accepted {
  check: string;
  file: string;
  reason: string;
}
export const ACCEPTED: Accepted[];
/** Turns a SARIF report into plain findings. */
export function readFindings(sarif: unknown): Finding[];
/** Splits findings into accepted ones and the ones that fail the check. */
export function triage(
  findings: Finding[],
  accepted?: Accepted[],
): { failures: Finding[]; waived: Array<Finding & { reason: string }> };
