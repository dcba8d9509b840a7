/** Generated API descriptions and drafts for the OpenAPI benchmarks. */
import { newDraft, type DomainDraft } from '../shared/model/draft';
import type { MappingRow } from '../shared/model/webhook';

/**
 * An OpenAPI 3.0 document of about `targetBytes`: many POST operations whose bodies `$ref` shared
 * component schemas (each circular through `parent`), one of them `POST /employees` with `props` properties.
 */
export function bigDescription(targetBytes: number, props = 2_000): string {
  const properties: Record<string, object> = {};
  for (let i = 0; i < props; i++)
    properties[`field_${i}`] = {
      type: i % 7 === 0 ? 'integer' : 'string',
      description: `Field number ${i} of the employee record`,
      maxLength: 200,
    };
  const person: Record<string, object> = {};
  for (const k of [
    'id',
    'name',
    'email',
    'phone',
    'title',
    'department',
    'manager',
    'location',
    'hired',
    'active',
  ])
    person[k] = { type: 'string' };
  const schemas: Record<string, object> = {
    Employee: { type: 'object', required: ['field_0', 'field_1'], properties },
    Person: { type: 'object', properties: person },
  };
  const paths: Record<string, object> = {
    '/employees': {
      post: {
        operationId: 'createEmployee',
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Employee' } } },
        },
        responses: {
          '201': {
            description: 'created',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Employee' } } },
          },
        },
      },
    },
  };
  const doc = {
    openapi: '3.0.3',
    info: { title: 'Big HR', version: '1' },
    servers: [{ url: 'https://hr.example.com/v1' }],
    paths,
    components: { schemas },
  };
  let size = JSON.stringify(doc).length;
  for (let n = 0; size < targetBytes; n++) {
    const fields: Record<string, object> = {};
    for (let j = 0; j < 40; j++)
      fields[`attr_${j}`] = {
        type: 'string',
        description: `Attribute ${j} of resource ${n}`,
        example: `value ${j}`,
      };
    schemas[`Resource${n}`] = {
      type: 'object',
      properties: {
        ...fields,
        parent: { $ref: `#/components/schemas/Resource${n}` },
        owner: { $ref: '#/components/schemas/Person' },
      },
    };
    paths[`/resources${n}/{id}`] = {
      post: {
        operationId: `createResource${n}`,
        parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
        requestBody: {
          content: { 'application/json': { schema: { $ref: `#/components/schemas/Resource${n}` } } },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: `#/components/schemas/Resource${n}` } } },
          },
        },
      },
    };
    size += 4_100;
  }
  return JSON.stringify(doc);
}

/** A draft whose profile webhook posts to `POST /employees` with `rows` request rows, one in ten misspelt. */
export function draftWithRows(rows: number): DomainDraft {
  const draft = newDraft('bench', 'bench', 'https://acme.mangoapps.com', '2026-01-01T00:00:00Z');
  const request: MappingRow[] = [];
  for (let i = 0; i < rows; i++)
    request.push({
      id: `r${i}`,
      api_field: i % 10 === 0 ? `feild_${i}` : `field_${i}`,
      mangoapps_field: i % 3 === 0 ? 'email' : 'first_name',
    });
  draft.config.profile.outgoing = {
    triggers: ['create_user'],
    post_url: 'https://hr.example.com/v1/employees',
    request_parameters: request,
    response_parameters: [],
  };
  return draft;
}
