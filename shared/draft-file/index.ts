export {
  DRAFT_FILE_SUFFIX,
  DRAFT_SCHEMA_URL,
  DraftFileSchema,
  FORMAT_VERSION,
  type DraftFile,
} from './format';
export { exportDraft, slugify } from './export-draft';
export { parseDraftFile, type ImportedDraft, type ParseDraftResult } from './import-draft';
export { applyImport } from './apply-import';
export type { DraftFileIssue } from './issues';
export { draftJsonSchema, draftJsonSchemaText } from './json-schema';
