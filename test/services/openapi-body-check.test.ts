import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBody } from '../../electron/services/openapi/body-validator';
import type { OperationContract } from '../../shared/openapi/types';
import { contractsOf, onePostDescription } from './openapi-contracts-fixture';

const examples = path.join(process.cwd(), 'node_modules/@readme/oas-examples');

const contract = (list: OperationContract[], key: string) => list.find((c) => c.key === key)!;
const check = (c: OperationContract, body: unknown, type = 'application/json') =>
  validateBody(c.request!, c.spec, typeof body === 'string' ? body : JSON.stringify(body), type);

describe('request bodies checked against real-world descriptions (@readme/oas-examples)', () => {
  it('Swagger 2.0 petstore: POST /pet needs name and photoUrls, and status is an enum', async () => {
    const pet = contract(
      await contractsOf(readFileSync(path.join(examples, '2.0/json/petstore.json'), 'utf8')),
      'POST /pet',
    );
    expect(check(pet, { name: 'Rex', photoUrls: ['https://x/y.png'], status: 'sold' })).toEqual([]);
    expect(check(pet, { status: 'lost', id: 'seven' })).toEqual(
      expect.arrayContaining([
        { field: 'name', pointer: '', message: '"name" is required' },
        { field: 'photoUrls', pointer: '', message: '"photoUrls" is required' },
        { field: 'status', pointer: '/status', message: 'must be one of "available", "pending", "sold"' },
        { field: 'id', pointer: '/id', message: 'must be integer' },
      ]),
    );
  });

  it('OpenAPI 3.0 petstore (YAML) checks the same body the same way', async () => {
    const pet = contract(
      await contractsOf(readFileSync(path.join(examples, '3.0/yaml/petstore.yaml'), 'utf8')),
      'POST /pet',
    );
    expect(check(pet, { name: 'Rex', photoUrls: [] })).toEqual([]);
    expect(check(pet, { photoUrls: 'one' }).map((v) => v.field)).toEqual(['name', 'photoUrls']);
  });

  it('OpenAPI 3.1 train-travel: formats (uuid) and types are checked', async () => {
    const booking = contract(
      await contractsOf(readFileSync(path.join(examples, '3.1/json/train-travel.json'), 'utf8')),
      'POST /bookings',
    );
    expect(check(booking, { trip_id: 'efdbb9d1-02c2-4bc3-afb7-6788d8782b1e', has_dog: true })).toEqual([]);
    expect(check(booking, { trip_id: 'not-a-uuid', has_dog: 'yes' })).toEqual([
      { field: 'trip_id', pointer: '/trip_id', message: 'must match format "uuid"' },
      { field: 'has_dog', pointer: '/has_dog', message: 'must be boolean' },
    ]);
  });
});

const HAND_MADE_30 = JSON.stringify(
  onePostDescription('3.0.3', '/people', {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'email'],
    properties: {
      id: { type: 'string', readOnly: true },
      email: { type: 'string', format: 'email' },
      hired: { type: 'string', format: 'date', nullable: true },
      level: { type: 'integer', maximum: 10, exclusiveMaximum: true },
    },
  }),
);

describe('OpenAPI 3.0 and Swagger 2.0 dialects as a validator reads them (hand-made)', () => {
  it('3.0: nullable, boolean exclusiveMaximum, readOnly required, email and date formats, closed bodies', async () => {
    const people = contract(await contractsOf(HAND_MADE_30), 'POST /people');
    expect(check(people, { email: 'a@b.co', hired: null, level: 9 })).toEqual([]);
    expect(check(people, { email: 'nope', hired: '2026-13-40', level: 10, extra: 1 })).toEqual([
      { field: 'extra', pointer: '', message: '"extra" is not allowed (additionalProperties: false)' },
      { field: 'email', pointer: '/email', message: 'must match format "email"' },
      { field: 'hired', pointer: '/hired', message: 'must match format "date"' },
      { field: 'level', pointer: '/level', message: 'must be < 10' },
    ]);
  });

  it('3.1: readOnly properties are not required in a request either, and 3.1 keywords stay as they are', async () => {
    const text = JSON.stringify(
      onePostDescription('3.1.0', '/people', {
        type: 'object',
        required: ['id', 'email'],
        properties: {
          id: { type: 'string', readOnly: true },
          email: { type: 'string', format: 'email' },
          level: { type: ['integer', 'null'], exclusiveMaximum: 10 },
        },
      }),
    );
    const people = contract(await contractsOf(text), 'POST /people');
    expect(check(people, { email: 'a@b.co', level: null })).toEqual([]);
    expect(check(people, { level: 10 })).toEqual([
      { field: 'email', pointer: '', message: '"email" is required' },
      { field: 'level', pointer: '/level', message: 'must be < 10' },
    ]);
  });

  it('Swagger 2.0 formData bodies are read as forms: values coerced to the declared types', async () => {
    const text = JSON.stringify({
      swagger: '2.0',
      info: { title: 'Forms', version: '1' },
      consumes: ['application/x-www-form-urlencoded'],
      paths: {
        '/users': {
          post: {
            parameters: [
              { name: 'age', in: 'formData', type: 'integer', required: true },
              { name: 'name', in: 'formData', type: 'string' },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    });
    const users = contract(await contractsOf(text), 'POST /users');
    const form = 'application/x-www-form-urlencoded';
    expect(check(users, 'age=42&name=Ann', form)).toEqual([]);
    expect(check(users, 'age=old', form)).toEqual([
      { field: 'age', pointer: '/age', message: 'must be integer' },
    ]);
    expect(check(users, 'name=Ann', form)).toEqual([
      { field: 'age', pointer: '', message: '"age" is required' },
    ]);
  });

  it('a body that is not JSON is one violation of the whole body, not a crash', async () => {
    const people = contract(await contractsOf(HAND_MADE_30), 'POST /people');
    expect(check(people, '{"email":')).toEqual([
      { field: '', pointer: '', message: expect.stringMatching(/^The body is not JSON/) },
    ]);
  });
});
