import { identity, makeResolver, type Resolve } from './resolve';
import { bodyProperties, isObj, MAX_PATHS, responsePaths, snapshot, type Obj } from './schema-walk';
import type {
  ApiIndex,
  ApiOperation,
  OperationContract,
  RequestShape,
  ResponseShape,
  SpecKind,
} from './types';

/** Which specification a parsed document follows, or null when it is neither OpenAPI 3.0/3.1 nor Swagger 2.0. */
export function specKind(doc: unknown): SpecKind | null {
  if (!isObj(doc)) return null;
  if (doc.swagger === '2.0') return 'swagger-2.0';
  if (typeof doc.openapi === 'string') {
    if (/^3\.0(\.\d+)?$/.test(doc.openapi)) return 'openapi-3.0';
    if (/^3\.1(\.\d+)?$/.test(doc.openapi)) return 'openapi-3.1';
  }
  return null;
}

/** Server URLs with `{variables}` replaced by their defaults (OpenAPI 3). */
function serverUrls(servers: unknown): string[] | undefined {
  if (!Array.isArray(servers) || servers.length === 0) return undefined;
  const out: string[] = [];
  for (const s of servers) {
    if (!isObj(s) || typeof s.url !== 'string') continue;
    const vars = isObj(s.variables) ? s.variables : {};
    out.push(
      s.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
        const v = vars[name];
        return isObj(v) && typeof v.default === 'string' ? v.default : whole;
      }),
    );
  }
  return out;
}

/** Swagger 2.0's one server: scheme(s) + host + basePath; relative when there is no host. */
function swaggerServers(doc: Obj): string[] {
  const base = typeof doc.basePath === 'string' ? doc.basePath : '';
  if (typeof doc.host !== 'string') return [base || '/'];
  const schemes = Array.isArray(doc.schemes) && doc.schemes.length > 0 ? doc.schemes : ['https'];
  return schemes.filter((s): s is string => typeof s === 'string').map((s) => `${s}://${doc.host}${base}`);
}

const JSON_LIKE = /json/i;
const FORM_LIKE = /x-www-form-urlencoded|multipart\/form-data/i;

/** The media type a webhook body would match best: JSON first, then forms, then whatever is there. */
function pickMedia(content: Obj, r: Resolve): [string, Obj] | null {
  const entries: [string, Obj][] = [];
  for (const [t, raw] of Object.entries(content)) {
    const m = r(raw);
    if (isObj(m)) entries.push([t, m]);
  }
  return (
    entries.find(([t]) => /^application\/json/i.test(t)) ??
    entries.find(([t]) => JSON_LIKE.test(t)) ??
    entries.find(([t]) => FORM_LIKE.test(t)) ??
    entries[0] ??
    null
  );
}

/** Swagger 2.0 `formData` parameters become the properties of one object schema. */
function formDataSchema(params: Obj[]): Obj {
  const properties: Obj = {};
  const required: string[] = [];
  for (const p of params) {
    if (typeof p.name !== 'string') continue;
    const { name: _n, in: _in, required: req, ...rest } = p;
    properties[p.name] = rest;
    if (req === true) required.push(p.name);
  }
  return { type: 'object', properties, required };
}

/** The request body schema of an operation and its media type, following `$ref`s. */
function requestSchema(doc: Obj, item: Obj, op: Obj, swagger: boolean, r: Resolve): [string, Obj] | null {
  if (!swagger) {
    const body = r(op.requestBody);
    const content = isObj(body) ? r(body.content) : undefined;
    const picked = isObj(content) ? pickMedia(content, r) : null;
    const schema = picked ? r(picked[1].schema) : undefined;
    return picked && isObj(schema) ? [picked[0], schema] : null;
  }
  const list = (v: unknown) => (Array.isArray(v) ? v.map(r).filter(isObj) : []);
  const params = [...list(item.parameters), ...list(op.parameters)];
  const types = Array.isArray(op.consumes) ? op.consumes : Array.isArray(doc.consumes) ? doc.consumes : [];
  const body = params.find((p) => p.in === 'body');
  const bodySchema = body ? r(body.schema) : undefined;
  if (isObj(bodySchema)) {
    const media = types.find((t): t is string => typeof t === 'string') ?? 'application/json';
    return [media, bodySchema];
  }
  const form = params.filter((p) => p.in === 'formData');
  if (form.length === 0) return null;
  const media = types.find((t): t is string => typeof t === 'string' && FORM_LIKE.test(t));
  return [media ?? 'application/x-www-form-urlencoded', formDataSchema(form)];
}

/** The success answer: the lowest 2xx status, else `default`. */
function successStatus(responses: Obj): string | undefined {
  const codes = Object.keys(responses)
    .filter((c) => /^2(\d\d|XX)$/i.test(c))
    .sort();
  return codes[0] ?? (responses.default !== undefined ? 'default' : undefined);
}

interface ResponseParts {
  status: string;
  schema: Obj | undefined;
  example: unknown;
}

function responseParts(op: Obj, swagger: boolean, r: Resolve): ResponseParts | null {
  const responses = r(op.responses);
  if (!isObj(responses)) return null;
  const status = successStatus(responses);
  const res = status === undefined ? undefined : r(responses[status]);
  if (status === undefined || !isObj(res)) return null;
  if (swagger) {
    const schema = r(res.schema);
    const examples = isObj(res.examples)
      ? Object.entries(res.examples).find(([t]) => JSON_LIKE.test(t))
      : undefined;
    const s = isObj(schema) ? schema : undefined;
    return { status, schema: s, example: examples ? examples[1] : s?.example };
  }
  const content = r(res.content);
  const picked = isObj(content) ? pickMedia(content, r) : null;
  if (!picked) return { status, schema: undefined, example: undefined };
  const schema = r(picked[1].schema);
  const s = isObj(schema) ? schema : undefined;
  let example: unknown = picked[1].example;
  const examples = r(picked[1].examples);
  if (example === undefined && isObj(examples)) {
    const first = Object.values(examples).map(r).find(isObj);
    example = first?.value;
  }
  return { status, schema: s, example: example ?? s?.example };
}

function operationEntry(
  doc: Obj,
  path: string,
  item: Obj,
  op: Obj,
  rootServers: string[],
  swagger: boolean,
  r: Resolve,
): ApiOperation {
  const servers = swagger ? rootServers : (serverUrls(op.servers) ?? serverUrls(item.servers) ?? rootServers);
  const req = requestSchema(doc, item, op, swagger, r);
  let request: RequestShape | null = null;
  if (req) {
    const { properties, closed } = bodyProperties(req[1], r);
    request = { media_type: req[0], properties, additional_properties: !closed };
  }
  const res = responseParts(op, swagger, r);
  let response: ResponseShape | null = null;
  if (res) {
    response = { status: res.status, paths: res.schema ? responsePaths(res.schema, r) : [] };
    if (response.paths.length >= MAX_PATHS) response.truncated = true;
    if (res.example !== undefined) response.example = snapshot(res.example, r);
  }
  const entry: ApiOperation = { key: `POST ${path}`, method: 'POST', path, servers, request, response };
  if (typeof op.operationId === 'string') entry.operation_id = op.operationId;
  if (typeof op.summary === 'string') entry.summary = op.summary.slice(0, 300);
  return entry;
}

function postOperations(doc: Obj, r: Resolve): [string, Obj, Obj][] {
  const out: [string, Obj, Obj][] = [];
  const paths = isObj(doc.paths) ? doc.paths : {};
  for (const [path, raw] of Object.entries(paths)) {
    const item = r(raw);
    const op = isObj(item) ? r(item.post) : undefined;
    if (isObj(item) && isObj(op)) out.push([path, item, op]);
  }
  return out;
}

/**
 * The index of a description: its POST operations with their request body properties, success
 * response paths, example and servers. `$ref`s are followed lazily (only along POST operations), and
 * circular schemas are cut, never followed forever. Pass `dereferenced` for a document without `$ref`s.
 */
export function indexDescription(doc: Obj, spec: SpecKind, dereferenced = false): ApiIndex {
  const r = dereferenced ? identity : makeResolver(doc);
  const swagger = spec === 'swagger-2.0';
  const info = isObj(doc.info) ? doc.info : {};
  const rootServers = swagger ? swaggerServers(doc) : (serverUrls(doc.servers) ?? ['/']);
  return {
    spec,
    title: typeof info.title === 'string' ? info.title : '',
    version: typeof info.version === 'string' ? info.version : '',
    operations: postOperations(doc, r).map(([path, item, op]) =>
      operationEntry(doc, path, item, op, rootServers, swagger, r),
    ),
  };
}

/**
 * What the harness needs to act like the API: each POST operation's request schema and success
 * response (status, schema, example), `$ref`s followed, acyclic and bounded (snapshots).
 */
export function operationContracts(doc: Obj, spec: SpecKind): OperationContract[] {
  const r = makeResolver(doc);
  const swagger = spec === 'swagger-2.0';
  const rootServers = swagger ? swaggerServers(doc) : (serverUrls(doc.servers) ?? ['/']);
  return postOperations(doc, r).map(([path, item, op]) => {
    const req = requestSchema(doc, item, op, swagger, r);
    const res = responseParts(op, swagger, r);
    const servers = swagger
      ? rootServers
      : (serverUrls(op.servers) ?? serverUrls(item.servers) ?? rootServers);
    const status = res && /^\d{3}$/.test(res.status) ? Number(res.status) : 200;
    const contract: OperationContract = {
      key: `POST ${path}`,
      path,
      servers,
      spec,
      request: req ? snapshot(req[1], r) : null,
      media_type: req?.[0] ?? null,
      status,
      response: res?.schema ? snapshot(res.schema, r) : null,
    };
    if (res?.example !== undefined) contract.example = snapshot(res.example, r);
    return contract;
  });
}
