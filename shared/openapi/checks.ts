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

/** What a mapped property says about one MangoApps field: its problems and the suggestion with them. */
interface Verdict {
  problems: string[];
  suggestion: string | null;
}

const indexCache = new WeakMap<
  ApiOperation,
  {
    props: PropIndex;
    paths: Set<string>;
    pathList: NameMatcher;
    /** Verdicts per catalogue (by identity) and field × property: a live re-check recomputes none. */
    verdicts: WeakMap<readonly Field[], Map<string, Verdict>>;
  }
>();
const fieldMaps = new WeakMap<readonly Field[], Map<string, Field>>();

/** The catalogue by key, built once per catalogue array. */
function fieldsByKey(fields: readonly Field[]): Map<string, Field> {
  let map = fieldMaps.get(fields);
  if (!map) fieldMaps.set(fields, (map = new Map(fields.map((f) => [f.key, f]))));
  return map;
}

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
      verdicts: new WeakMap(),
    };
    indexCache.set(op, entry);
  }
  return entry;
}

function checkRequest(input: CheckInput, out: ApiFinding[]): void {
  const { kind, operation: op } = input;
  const request = op.request;
  if (!request) return;
  const { props, verdicts } = indexOf(op);
  const fields = fieldsByKey(input.fields);
  let known = verdicts.get(input.fields);
  if (!known) verdicts.set(input.fields, (known = new Map()));
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
    // Everything a verdict depends on is in its key (the catalogue by identity), so it is computed once.
    const key = `${prop.name}\u0000${field.key}\u0000${field.type}\u0000${field.label}\u0000${field.options?.join('\u0001') ?? ''}`;
    let verdict = known.get(key);
    if (!verdict) {
      const problems = typeProblems(field, prop);
      const suggestion = problems.length > 0 ? suggestionFor(prop, input.fields, field.key, 2) : null;
      known.set(key, (verdict = { problems, suggestion }));
    }
    for (const problem of verdict.problems) out.push({ ...base, problem, suggestion: verdict.suggestion });
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
