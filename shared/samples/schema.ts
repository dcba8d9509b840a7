import * as z from 'zod';
import { WEBHOOK_KINDS } from '../model/field-catalogue';

/** A sample user or location the harness fires with; values keyed by catalogue key, strings or null. */
export const SampleSchema = z.object({
  id: z.string().min(1).max(200),
  kind: z.enum(WEBHOOK_KINDS),
  label: z.string().min(1).max(200),
  fields: z.record(z.string(), z.string().nullable()),
  /** Shipped with the app (editable copies are saved as the admin's own). */
  builtin: z.boolean().optional(),
});
export type Sample = z.infer<typeof SampleSchema>;

/**
 * The most samples a domain keeps (built-ins included): an import stops adding at this many and reports
 * the rows it skipped, so one large file cannot bloat the samples file, every later save and the next start.
 */
export const MAX_SAMPLES = 10_000;

/** A list of samples, as the harness stores it. */
export const SampleListSchema = z.array(SampleSchema);

/** A value in an imported file: numbers and booleans are accepted and kept as their text. */
const ImportedValueSchema = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .transform((v) => (v === null ? null : String(v)));

/** One sample in an imported JSON file: id, kind and label may be left out and are then derived. */
export const ImportedSampleSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  kind: z.enum(WEBHOOK_KINDS).optional(),
  label: z.string().min(1).max(200).optional(),
  fields: z.record(z.string(), ImportedValueSchema),
});
export type ImportedSample = z.infer<typeof ImportedSampleSchema>;

/** A samples file: a bare array, or `{ "samples": [...] }` as the harness exports it. */
export const SamplesFileSchema = z.union([
  z.array(z.unknown()),
  z.object({ samples: z.array(z.unknown()) }).loose(),
]);

/** A problem found while importing samples, addressed so the admin can fix the file. */
export interface ImportIssue {
  /** 1-based data row (CSV: the header is row 0) or index+1 of a JSON entry; 0 for the file as a whole. */
  row: number;
  /** The CSV column header or the JSON path inside the entry; '' when it concerns the whole row. */
  column: string;
  message: string;
  severity: 'error' | 'warning';
  /** CSV only: the physical line the row starts on (a quoted value may span lines). */
  line?: number;
}

/** What an import produced: the samples that could be read and every problem found. */
export interface ImportResult {
  samples: Sample[];
  issues: ImportIssue[];
}

/** A label for a sample: its name, else first and last name, else email, location id or a fallback. */
export function sampleLabel(fields: Readonly<Record<string, string | null>>, fallback: string): string {
  const name = fields['name']?.trim();
  if (name) return name;
  const full = `${fields['first_name'] ?? ''} ${fields['last_name'] ?? ''}`.trim();
  return full || fields['email']?.trim() || fields['location_id']?.trim() || fallback;
}
