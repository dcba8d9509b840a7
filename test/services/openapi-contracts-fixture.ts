import { loadDescription } from '../../electron/services/openapi/load-description';
import type { OperationContract } from '../../shared/openapi/types';

/** The contracts of a description text, as the harness gets them from the description worker. */
export async function contractsOf(text: string): Promise<OperationContract[]> {
  const loaded = await loadDescription({ text, contracts: true });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return loaded.contracts!;
}

/** What a one-operation description may add: its title, its servers, its responses (else a bare 201). */
export interface OnePostOptions {
  title?: string;
  servers?: { url: string }[];
  responses?: object;
}

/**
 * An OpenAPI document (version `openapi`) with one operation, POST `path`, whose JSON request body follows
 * `schema`. Its keys stand in the order a hand-written document has them, so line numbers in its text hold.
 */
export function onePostDescription(
  openapi: string,
  path: string,
  schema: object,
  options: OnePostOptions = {},
) {
  return {
    openapi,
    info: { title: options.title ?? 'HR', version: '1' },
    ...(options.servers ? { servers: options.servers } : {}),
    paths: {
      [path]: {
        post: {
          requestBody: { content: { 'application/json': { schema } } },
          responses: options.responses ?? { '201': { description: 'ok' } },
        },
      },
    },
  };
}

/** The third party's description: the profile rows' fields, a stricter firstName and one more required. */
export function hrDescription(strict: boolean): string {
  return JSON.stringify(
    onePostDescription(
      '3.0.3',
      '/mangoapps',
      {
        type: 'object',
        required: strict ? ['employeeNumber', 'costCenter'] : ['employeeNumber'],
        properties: {
          employeeNumber: { type: 'string' },
          workEmail: { type: 'string', format: 'email' },
          firstName: { type: 'string', maxLength: strict ? 3 : 50 },
          costCenter: { type: 'string' },
        },
      },
      {
        servers: [{ url: 'https://hr.example.com/hooks' }],
        responses: {
          '201': {
            description: 'created',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { workerId: { type: 'string' } } },
                example: { workerId: 'W-77' },
              },
            },
          },
        },
      },
    ),
  );
}
