import { bodyProperties, isObj, responsePaths, snapshot, type Obj } from './schema-walk';
import type { ApiIndex, ApiOperation, JsonValue, RequestShape, ResponseShape, SpecKind } from './types';

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
function pickMedia(content: Obj): [string, Obj] | null {
  const entries = Object.entries(content).filter((e): e is [string, Obj] => isObj(e[1]));
  return (
    entries.find(([t]) => /^application\/json/i.test(t)) ??
    entries.find(([t]) => JSON_LIKE.test(t)) ??
    entries.find(([t]) => FORM_LIKE.test(t)) ??
    entries[0] ??
    null
  );
}

function requestShape(media: string, schema: Obj): RequestShape {
  const { properties, closed } = bodyProperties(schema);
  return { media_type: media, properties, additional_properties: !closed, schema: snapshot(schema) };
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

function swaggerRequest(op: Obj, pathParams: unknown, consumes: unknown): RequestShape | null {
  const params = [
    ...(Array.isArray(pathParams) ? pathParams : []),
    ...(Array.isArray(op.parameters) ? op.parameters : []),
  ].filter(isObj);
  const types = Array.isArray(op.consumes) ? op.consumes : Array.isArray(consumes) ? consumes : [];
  const media = (types.find((t) => typeof t === 'string') as string | undefined) ?? 'application/json';
  const body = params.find((p) => p.in === 'body');
  if (body && isObj(body.schema)) return requestShape(media, body.schema);
  const form = params.filter((p) => p.in === 'formData');
  if (form.length > 0) {
    const formMedia = types.find((t) => typeof t === 'string' && FORM_LIKE.test(t)) as string | undefined;
    return requestShape(formMedia ?? 'application/x-www-form-urlencoded', formDataSchema(form));
  }
  return null;
}

function openapiRequest(op: Obj): RequestShape | null {
  if (!isObj(op.requestBody) || !isObj(op.requestBody.content)) return null;
  const picked = pickMedia(op.requestBody.content);
  if (!picked || !isObj(picked[1].schema)) return null;
  return requestShape(picked[0], picked[1].schema);
}

/** The success answer: the lowest 2xx status, else `default`. */
function successStatus(responses: Obj): string | undefined {
  const codes = Object.keys(responses)
    .filter((c) => /^2(\d\d|XX)$/i.test(c))
    .sort();
  return codes[0] ?? (isObj(responses.default) ? 'default' : undefined);
}

function exampleOf(media: Obj, schema: Obj | undefined): JsonValue | undefined {
  if (media.example !== undefined) return snapshot(media.example);
  if (isObj(media.examples)) {
    const first = Object.values(media.examples).find(isObj);
    if (first && first.value !== undefined) return snapshot(first.value);
  }
  if (schema && schema.example !== undefined) return snapshot(schema.example);
  return undefined;
}

function responseShape(op: Obj, swagger: boolean): ResponseShape | null {
  if (!isObj(op.responses)) return null;
  const status = successStatus(op.responses);
  const res = status === undefined ? undefined : op.responses[status];
  if (status === undefined || !isObj(res)) return null;
  let schema: Obj | undefined;
  let example: JsonValue | undefined;
  if (swagger) {
    schema = isObj(res.schema) ? res.schema : undefined;
    const examples = isObj(res.examples)
      ? Object.entries(res.examples).find(([t]) => JSON_LIKE.test(t))
      : undefined;
    example = examples
      ? snapshot(examples[1])
      : schema?.example !== undefined
        ? snapshot(schema.example)
        : undefined;
  } else if (isObj(res.content)) {
    const picked = pickMedia(res.content);
    schema = picked && isObj(picked[1].schema) ? picked[1].schema : undefined;
    example = picked ? exampleOf(picked[1], schema) : undefined;
  }
  const shape: ResponseShape = { status, paths: schema ? responsePaths(schema) : [] };
  if (schema) shape.schema = snapshot(schema);
  if (example !== undefined) shape.example = example;
  return shape;
}

/**
 * The index of a dereferenced description: its POST operations with their request body properties,
 * success response paths and servers. Circular schemas are cut, never followed forever.
 */
export function indexDescription(doc: Obj, spec: SpecKind): ApiIndex {
  const swagger = spec === 'swagger-2.0';
  const info = isObj(doc.info) ? doc.info : {};
  const rootServers = swagger ? swaggerServers(doc) : (serverUrls(doc.servers) ?? ['/']);
  const operations: ApiOperation[] = [];
  const paths = isObj(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObj(item) || !isObj(item.post)) continue;
    const op = item.post;
    const servers = swagger
      ? rootServers
      : (serverUrls(op.servers) ?? serverUrls(item.servers) ?? rootServers);
    const entry: ApiOperation = {
      key: `POST ${path}`,
      method: 'POST',
      path,
      servers,
      request: swagger ? swaggerRequest(op, item.parameters, doc.consumes) : openapiRequest(op),
      response: responseShape(op, swagger),
    };
    if (typeof op.operationId === 'string') entry.operation_id = op.operationId;
    const summary = typeof op.summary === 'string' ? op.summary : undefined;
    if (summary !== undefined) entry.summary = summary.slice(0, 300);
    operations.push(entry);
  }
  return {
    spec,
    title: typeof info.title === 'string' ? info.title : '',
    version: typeof info.version === 'string' ? info.version : '',
    operations,
  };
}
