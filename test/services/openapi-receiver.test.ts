import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../../electron/services/harness';
import { contractsOf, onePostDescription } from './openapi-contracts-fixture';

const examples = path.join(process.cwd(), 'node_modules/@readme/oas-examples');
let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.stop();
  receiver = undefined;
});

async function post(url: string, body: unknown, method = 'POST') {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(method === 'GET' ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const HR = JSON.stringify(
  onePostDescription(
    '3.0.3',
    '/employees',
    {
      type: 'object',
      required: ['email'],
      properties: { email: { type: 'string', format: 'email' }, age: { type: 'integer' } },
    },
    {
      servers: [{ url: 'https://hr.example.com/v1' }],
      responses: {
        '201': {
          description: 'created',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  data: { type: 'object', properties: { id: { type: 'string', example: 'emp-1' } } },
                  active: { type: 'boolean' },
                },
              },
            },
          },
        },
      },
    },
  ),
);

describe('the receiver behaving like the API of a description', () => {
  it('answers 422 with every violation, as a real API would, and captures it in the inbox', async () => {
    receiver = await startReceiver();
    await receiver.setApi({ title: 'HR', contracts: await contractsOf(HR) });
    const out = await post(`${receiver.url}/v1/employees`, { email: 'nope', age: 'ten' });
    expect(out).toEqual({
      status: 422,
      body: {
        error: 'unprocessable_entity',
        message: 'The request body does not match the schema of POST /employees.',
        errors: [
          { field: 'email', pointer: '/email', message: 'must match format "email"' },
          { field: 'age', pointer: '/age', message: 'must be integer' },
        ],
      },
    });
    expect(receiver.inbox.list()[0]).toMatchObject({
      route: 'api POST /employees',
      response: { status: 422 },
    });
  });

  it('answers a valid body with the success status and a sample made from the response schema', async () => {
    receiver = await startReceiver();
    await receiver.setApi({ title: 'HR', contracts: await contractsOf(HR) });
    // The path with or without the server's base path: the Post to URL's path is kept as it is.
    for (const p of ['/v1/employees', '/employees'])
      expect(await post(`${receiver.url}${p}`, { email: 'ann@acme.com' })).toEqual({
        status: 201,
        body: { data: { id: 'emp-1' }, active: true },
      });
  });

  it("answers with the description's own example when it has one (OpenAPI 3.1 train-travel)", async () => {
    const text = readFileSync(path.join(examples, '3.1/json/train-travel.json'), 'utf8');
    receiver = await startReceiver();
    await receiver.setApi({ title: 'Train Travel', contracts: await contractsOf(text) });
    const out = await post(`${receiver.url}/bookings`, { trip_id: 'efdbb9d1-02c2-4bc3-afb7-6788d8782b1e' });
    expect(out.status).toBe(201);
    expect(out.body).toMatchObject({
      id: 'efdbb9d1-02c2-4bc3-afb7-6788d8782b1e',
      passenger_name: 'John Doe',
    });
  });

  it('leaves scripted routes, other methods and unknown paths as they were, and can be turned off', async () => {
    receiver = await startReceiver();
    await receiver.setApi({ title: 'HR', contracts: await contractsOf(HR) });
    expect(receiver.api()).toEqual({ title: 'HR', operations: 1 });
    receiver.setRoute({ method: 'POST', path: '/v1/employees', status: 200, body: { by: 'route' } });
    expect(await post(`${receiver.url}/v1/employees`, { email: 'x' })).toEqual({
      status: 200,
      body: { by: 'route' },
    });
    // Paths and methods the description does not describe keep the receiver's own "no route" answer.
    expect((await post(`${receiver.url}/elsewhere`, { a: 1 })).body).toMatchObject({
      no_route: 'POST /elsewhere',
    });
    expect((await post(`${receiver.url}/employees`, null, 'GET')).body).toMatchObject({
      no_route: 'GET /employees',
    });
    receiver.clearRoutes();
    await receiver.setApi(null);
    expect(receiver.api()).toBeNull();
    expect((await post(`${receiver.url}/employees`, { email: 'x' })).status).toBe(200);
  });
});
