export type { Problem, ProblemLocation } from './problem';
export { validateDraft } from './validate-draft';
export { countBySeverity, hasErrors, problemsByRow } from './summarise';
export { API_FIELD_MAX } from './table-rules';
export { USERNAME_MAX } from './security-rules';
