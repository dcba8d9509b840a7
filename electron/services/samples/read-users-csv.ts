import type { Field } from '../../../shared/model/field-catalogue';
import { createUsersCsvReader, readCsv, type ImportResult } from '../../../shared/samples';

/** What an import of a users CSV is given. */
export interface CsvImportRequest {
  text: string;
  /** The profile catalogue (standard plus custom fields) the columns are matched against. */
  catalogue: readonly Field[];
  /** Samples kept; further rows are counted and reported as skipped. */
  maxSamples: number;
  /** Prefix of the sample ids (`csv-<row>`). */
  idPrefix: string;
}

/** What an import found: the samples kept, the problems by row and column, and the rows over the cap. */
export type CsvImportResult = ImportResult & { skipped: number };

/**
 * Reads a users CSV record by record (streaming: records are never all held), keeping at most
 * `maxSamples` samples and counting the rest, so memory stays bounded whatever the file's size.
 */
export function readUsersCsv(req: CsvImportRequest): CsvImportResult {
  const reader = createUsersCsvReader({
    catalogue: req.catalogue,
    idPrefix: req.idPrefix,
    maxSamples: req.maxSamples,
  });
  for (const item of readCsv(req.text)) {
    if ('issue' in item) reader.syntax(item.issue);
    else if (!reader.push(item.record)) break;
  }
  return reader.finish();
}
