import { loadDescription } from '../../electron/services/openapi/load-description';
import type { OperationContract } from '../../shared/openapi/types';

/** The contracts of a description text, as the harness gets them from the description worker. */
export async function contractsOf(text: string): Promise<OperationContract[]> {
  const loaded = await loadDescription({ text, contracts: true });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return loaded.contracts!;
}

/** The third party's description: the profile rows' fields, a stricter firstName and one more required. */
export function hrDescription(strict: boolean): string {
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'HR', version: '1' },
    servers: [{ url: 'https://hr.example.com/hooks' }],
    paths: {
      '/mangoapps': {
        post: {
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: strict ? ['employeeNumber', 'costCenter'] : ['employeeNumber'],
                  properties: {
                    employeeNumber: { type: 'string' },
                    workEmail: { type: 'string', format: 'email' },
                    firstName: { type: 'string', maxLength: strict ? 3 : 50 },
                    costCenter: { type: 'string' },
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
                  schema: { type: 'object', properties: { workerId: { type: 'string' } } },
                  example: { workerId: 'W-77' },
                },
              },
            },
          },
        },
      },
    },
  });
}
