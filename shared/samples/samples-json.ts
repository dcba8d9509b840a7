import { WEBHOOK_KINDS, type WebhookKind } from '../model/field-catalogue';
import type { ImportedSample, ImportIssue, ImportResult, Sample } from './schema';
import { ImportedSampleSchema, sampleLabel, SamplesFileSchema } from './schema';

/** Options of a JSON import. */
export interface SamplesJsonOptions {
  /** Kind of entries that do not say (default profile). */
  kind?: WebhookKind;
  /** Prefix of generated ids (`<prefix>-<n>`) for entries without one. */
  idPrefix?: string;
  /** Entries kept; later ones are reported as skipped (default: no limit). */
  maxSamples?: number;
}

const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= max;

/** An entry exactly as ImportedSampleSchema would output it, when it is plainly valid; null otherwise. */
function plainEntry(entry: unknown): { success: true; data: ImportedSample } | null {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const { id, kind, label, fields } = entry as Record<string, unknown>;
  if (id !== undefined && !isText(id, 200)) return null;
  if (label !== undefined && !isText(label, 200)) return null;
  if (kind !== undefined && !(WEBHOOK_KINDS as readonly unknown[]).includes(kind)) return null;
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return null;
  // The parsed object is kept as the sample's fields (JSON.parse gives entries of one shape one compact
  // layout; a copy built key by key turns into a dictionary per sample). Numbers and booleans become text.
  const out = fields as Record<string, unknown>;
  for (const key in out) {
    const type = typeof out[key];
    if (out[key] !== null && type !== 'string' && type !== 'number' && type !== 'boolean') return null;
  }
  for (const key in out) {
    const value = out[key];
    if (typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
  }
  const data: ImportedSample = { fields: out as Record<string, string | null> };
  if (id !== undefined) data.id = id;
  if (kind !== undefined) data.kind = kind as WebhookKind;
  if (label !== undefined) data.label = label;
  return { success: true, data };
}

/**
 * Reads samples from JSON: an array, or `{ "samples": [...] }`. Each entry is `{ id?, kind?, label?,
 * fields }`; values may be strings, numbers, booleans or null. Bad entries are reported by index and
 * path and skipped; ids repeated in the file are made unique.
 */
export function parseSamplesJson(text: string, options: SamplesJsonOptions = {}): ImportResult {
  const issues: ImportIssue[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const why = error instanceof Error ? error.message : 'parse error';
    issues.push({ row: 0, column: '', message: `not valid JSON (${why})`, severity: 'error' });
    return { samples: [], issues };
  }
  const file = SamplesFileSchema.safeParse(data);
  if (!file.success) {
    const message = 'expected an array of samples or an object with a "samples" array';
    issues.push({ row: 0, column: '', message, severity: 'error' });
    return { samples: [], issues };
  }
  const all = Array.isArray(file.data) ? file.data : file.data.samples;
  const cap = options.maxSamples ?? Number.POSITIVE_INFINITY;
  const entries = all.length > cap ? all.slice(0, cap) : all;
  if (all.length > cap) {
    issues.push({
      row: cap + 1,
      column: '',
      message: `entries ${cap + 1}–${all.length} (${all.length - cap}) skipped: a domain keeps at most ${cap} samples`,
      severity: 'warning',
    });
  }
  const prefix = options.idPrefix ?? 'json';
  const seen = new Set<string>();
  const samples: Sample[] = [];
  entries.forEach((entry, i) => {
    const row = i + 1;
    // Plain entries skip zod's per-entry bookkeeping (a 10,000-sample file is mostly garbage otherwise);
    // anything else goes through the schema, which also words the issues.
    const parsed = plainEntry(entry) ?? ImportedSampleSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ row, column: issue.path.join('.'), message: issue.message, severity: 'error' });
      }
      return;
    }
    let id = parsed.data.id ?? `${prefix}-${row}`;
    if (seen.has(id)) {
      const renamed = `${id}-${row}`;
      const message = `id "${id}" is used by an earlier entry; renamed to "${renamed}"`;
      issues.push({ row, column: 'id', message, severity: 'warning' });
      id = renamed;
    }
    seen.add(id);
    const fields = parsed.data.fields;
    samples.push({
      id,
      kind: parsed.data.kind ?? options.kind ?? 'profile',
      label: parsed.data.label ?? sampleLabel(fields, id),
      fields,
    });
  });
  return { samples, issues };
}
