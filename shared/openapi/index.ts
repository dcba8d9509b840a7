export * from './types';
export { specKind, indexDescription } from './extract';
export { matchOperations, boundOperation, tokenOperation, type OperationMatch } from './bind';
export { suggestRequestFields, suggestResponsePaths, proposeRequiredRows, type RowProposal } from './suggest';
export { checkAgainstOperation, type ApiFinding, type CheckInput } from './checks';
export { checkDraftAgainstDescription, findingsAsProblems } from './check-draft';
export { didYouMean, editDistance } from './distance';
