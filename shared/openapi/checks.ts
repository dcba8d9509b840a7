import type { Field, WebhookKind } from '../model/field-catalogue';
import type { MappingRow, MappingTable } from '../model/webhook';
import { didYouMean, nameMatcher, type NameMatcher } from './distance';
import { suggestionFor, typeProblems } from './type-checks';
import type { ApiOperation, BodyProperty } from './types';

/** One finding of a draft against a description: a warning, never a publish blocker. */
export interface ApiFinding {
  kind: WebhookKind;
  table: MappingTable;
  /** 1-based row number, or null for a finding about the whole table (a required property not mapped). */
  row: number | null;
  rowId: string | null;
  api_field: string;
  problem: string;
  suggestion: string | null;
}

/** What a check of one webhook needs: the rows, the catalogue and the bound operation. */
export interface CheckInput {
  kind: WebhookKind;
  request: readonly MappingRow[];
  response: readonly MappingRow[];
  fields: readonly Field[];
  operation: ApiOperation;
}

/** Names and properties of a request schema, indexed once per check. */
interface PropIndex {
  byName: Map<string, BodyProperty>;
  names: NameMatcher;
}

const indexCache = new WeakMap<
  ApiOperation,
  { props: PropIndex; paths: Set<string>; pathList: NameMatcher }
>();

/** An operation's names prepared once and kept while the operation object lives (live checks re-run often). */
function indexOf(op: ApiOperation) {
  let entry = indexCache.get(op);
  if (!entry) {
    const byName = new Map((op.request?.properties ?? []).map((p) => [p.name, p]));
    const pathList = (op.response?.paths ?? []).map((p) => p.path);
    entry = {
      props: { byName, names: nameMatcher([...byName.keys()]) },
      paths: new Set(pathList),
      pathList: nameMatcher(pathList),
    };
    indexCache.set(op, entry);
  }
  return entry;
}

function checkRequest(input: CheckInput, out: ApiFinding[]): void {
  const { kind, operation: op } = input;
  const request = op.request;
  if (!request) return;
  const { props } = indexOf(op);
  const fields = new Map(input.fields.map((f) => [f.key, f]));
  const mapped = new Set<string>();
  input.request.forEach((r, i) => {
    if (r.api_field === '') return;
    mapped.add(r.api_field);
    const base = {
      kind,
      table: 'request_parameters' as const,
      row: i + 1,
      rowId: r.id,
      api_field: r.api_field,
    };
    const prop = props.byName.get(r.api_field);
    if (!prop) {
      const near = didYouMean(r.api_field, props.names);
      const closed = !request.additional_properties;
      out.push({
        ...base,
        problem: closed
          ? `"${r.api_field}" is not a property of ${op.key}, and the schema refuses others (additionalProperties: false)`
          : `"${r.api_field}" is not a property of ${op.key}'s request body; the API may ignore it`,
        suggestion: near === null ? null : `did you mean "${near}"?`,
      });
      return;
    }
    const field = fields.get(r.mangoapps_field);
    if (!field) return;
    for (const problem of typeProblems(field, prop))
      out.push({ ...base, problem, suggestion: suggestionFor(prop, input.fields, field.key, 2) });
  });
  for (const prop of request.properties) {
    if (!prop.required || mapped.has(prop.name)) continue;
    out.push({
      kind,
      table: 'request_parameters',
      row: null,
      rowId: null,
      api_field: prop.name,
      problem: `"${prop.name}" is required by ${op.key} and no row sends it`,
      suggestion: suggestionFor(prop, input.fields),
    });
  }
}

/** Whether a response path exists: as a dotted path, or as `items.3.id` when the schema says `items.0.id`. */
function hasPath(paths: Set<string>, path: string): boolean {
  return paths.has(path) || paths.has(path.replace(/\.\d+(?=\.|$)/g, '.0'));
}

function checkResponse(input: CheckInput, out: ApiFinding[]): void {
  const { kind, operation: op } = input;
  if (!op.response || op.response.paths.length === 0 || op.response.truncated === true) return;
  const { paths, pathList } = indexOf(op);
  input.response.forEach((r, i) => {
    if (r.api_field === '' || hasPath(paths, r.api_field)) return;
    const near = didYouMean(r.api_field, pathList);
    out.push({
      kind,
      table: 'response_parameters',
      row: i + 1,
      rowId: r.id,
      api_field: r.api_field,
      problem: `"${r.api_field}" is not in ${op.key}'s ${op.response?.status} response`,
      suggestion: near === null ? null : `did you mean "${near}"?`,
    });
  });
}

/**
 * Checks one webhook's request and response rows against its bound operation: unknown API fields (with
 * "did you mean"), `additionalProperties: false`, required properties no row sends, MangoApps values the
 * property's type, format, enum or maxLength cannot take, and response paths the schema does not have.
 */
export function checkAgainstOperation(input: CheckInput): ApiFinding[] {
  const out: ApiFinding[] = [];
  checkRequest(input, out);
  checkResponse(input, out);
  return out;
}
