import type { MappingRow } from '../../shared/model/webhook';
import { indexDescription, specKind } from '../../shared/openapi/extract';
import type { ApiIndex } from '../../shared/openapi/types';

/** Rows from `[api_field, mangoapps_field]` pairs, with ids r1, r2, … */
export const rows = (...pairs: [string, string][]): MappingRow[] =>
  pairs.map(([api_field, mangoapps_field], i) => ({ id: `r${i + 1}`, api_field, mangoapps_field }));

/** A small OpenAPI 3.0 description of an HR API's "create employee" call, one property per check. */
export const hrOpenapi30 = {
  openapi: '3.0.3',
  info: { title: 'HR', version: '2' },
  servers: [{ url: 'https://hr.example.com/{base}', variables: { base: { default: 'api/v2' } } }],
  paths: {
    '/employees': {
      post: {
        operationId: 'createEmployee',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['workEmail', 'givenName', 'familyName'],
                properties: {
                  workEmail: { type: 'string', format: 'email', description: 'Login' },
                  givenName: { type: 'string' },
                  nickname: { type: 'string', maxLength: 40 },
                  familyName: { type: 'string' },
                  birthDate: { type: 'string', format: 'date-time' },
                  active: { type: 'boolean' },
                  gender: { type: 'string', enum: ['Male', 'Female'] },
                  homepage: { type: 'string', format: 'uri' },
                  level: { type: 'integer' },
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'created',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      type: 'object',
                      properties: {
                        id: { type: 'string' },
                        links: {
                          type: 'array',
                          items: { type: 'object', properties: { href: { type: 'string' } } },
                        },
                      },
                    },
                  },
                },
                example: { data: { id: 'E-1' } },
              },
            },
          },
        },
      },
    },
    '/employees/{id}/photo': {
      post: {
        parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
        responses: { '204': { description: 'ok' } },
      },
    },
    '/oauth/token': { post: { responses: { '200': { description: 'token' } } } },
  },
};

/** The same call as Swagger 2.0, with a formData body instead of JSON. */
export const hrSwagger20 = {
  swagger: '2.0',
  info: { title: 'HR legacy', version: '1' },
  host: 'legacy.example.com',
  basePath: '/v1',
  schemes: ['https'],
  paths: {
    '/people': {
      post: {
        consumes: ['application/x-www-form-urlencoded'],
        parameters: [
          { in: 'formData', name: 'email', type: 'string', format: 'email', required: true },
          { in: 'formData', name: 'first_name', type: 'string', required: true },
          { in: 'formData', name: 'is_manager', type: 'boolean' },
        ],
        responses: {
          '200': {
            description: 'ok',
            schema: { type: 'object', properties: { person_id: { type: 'integer' } } },
          },
        },
      },
    },
  },
};

/** Index a hand-made description (already free of `$ref`s). */
export function indexOf(doc: object): ApiIndex {
  const spec = specKind(doc);
  if (spec === null) throw new Error('not a description');
  return indexDescription(doc as Record<string, unknown>, spec);
}
