import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { fingerprintOf } from '../../electron/services/openapi/load-description';
import { hrOpenapi30 } from '../unit/openapi-fixture';
import { memoryCliIo } from './support/cli-io';

function io(files: Record<string, string>) {
  return memoryCliIo(files, {}, {});
}

const spec = JSON.stringify(hrOpenapi30, null, 2);
const specPath = path.resolve('hr.json');
const draft = (extra: object = {}) =>
  JSON.stringify({
    format_version: 1,
    name: 'acme',
    profile: {
      outgoing: {
        triggers: ['create_user'],
        post_url: 'https://hr.example.com/api/v2/employees',
        request_parameters: [
          { api_field: 'workemail', mangoapps_field: 'email' },
          { api_field: 'givenName', mangoapps_field: 'first_name' },
        ],
        response_parameters: [{ api_field: 'data.idd', mangoapps_field: 'employee_id' }],
      },
    },
    ...extra,
  });

describe('webhook-studio validate --openapi', () => {
  it('prints each finding with its row, API field and suggestion; warnings exit 0, --strict exits 1', async () => {
    const run = io({ 'd.json': draft(), [specPath]: spec });
    expect(await runCli(['validate', 'd.json', '--openapi', 'hr.json'], run.io)).toBe(0);
    expect(run.out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^warning {2}profile\.outgoing\.request_parameters row 1 {2}"workemail" is not a property.*additionalProperties: false.* — did you mean "workEmail"\?$/,
        ),
        expect.stringMatching(
          /^warning {2}profile\.outgoing\.request_parameters {2}"familyName" is required .* — map it from last_name \(Last Name\)$/,
        ),
        expect.stringMatching(
          /^warning {2}profile\.outgoing\.response_parameters row 1 {2}"data\.idd" is not in .* — did you mean "data\.id"\?$/,
        ),
      ]),
    );
    const strict = io({ 'd.json': draft(), [specPath]: spec });
    expect(await runCli(['validate', 'd.json', '--openapi', 'hr.json', '--strict'], strict.io)).toBe(1);
  });

  it('--json lists {row, api_field, problem, suggestion} and the operation bound', async () => {
    const run = io({ 'd.json': draft(), [specPath]: spec });
    await runCli(['validate', 'd.json', '--openapi', 'hr.json', '--json'], run.io);
    const report = JSON.parse(run.out.join('\n'));
    expect(report.api_description).toMatchObject({
      spec: 'openapi-3.0',
      operations: { profile: 'POST /employees', location: null },
    });
    expect(report.api_findings[0]).toEqual({
      kind: 'profile',
      table: 'request_parameters',
      row: 1,
      api_field: 'workemail',
      problem: expect.stringContaining('is not a property of POST /employees'),
      suggestion: 'did you mean "workEmail"?',
    });
  });

  it("uses the file's own reference: relative to the file, embedded, and says when the fingerprint moved", async () => {
    const ref = { source: 'hr.json', fingerprint: fingerprintOf(spec) };
    const file = path.resolve('specs/d.json');
    const byPath = io({ [file]: draft({ api_description: ref }), [path.resolve('specs/hr.json')]: spec });
    expect(await runCli(['validate', file, '--json'], byPath.io)).toBe(0);
    expect(JSON.parse(byPath.out.join('\n')).api_findings).toHaveLength(4);
    const embedded = io({
      'd.json': draft({
        api_description: { source: 'gone.json', embedded: spec, fingerprint: fingerprintOf('older') },
      }),
    });
    expect(await runCli(['validate', 'd.json'], embedded.io)).toBe(0);
    expect(embedded.out[0]).toMatch(/gone\.json changed since the draft was checked against it/);
  });

  it('a real-world Swagger 2.0 description (petstore) binds by host + basePath', async () => {
    const petstore = readFileSync('node_modules/@readme/oas-examples/2.0/json/petstore.json', 'utf8');
    const pets = JSON.stringify({
      format_version: 1,
      name: 'pets',
      profile: {
        outgoing: {
          triggers: ['create_user'],
          post_url: 'https://petstore.swagger.io/v2/pet',
          request_parameters: [{ api_field: 'Name', mangoapps_field: 'name' }],
          response_parameters: [],
        },
      },
    });
    const run = io({ 'p.json': pets, [path.resolve('petstore.json')]: petstore });
    await runCli(['validate', 'p.json', '--openapi', 'petstore.json', '--json'], run.io);
    const report = JSON.parse(run.out.join('\n'));
    expect(report.api_description.operations.profile).toBe('POST /pet');
    expect(
      report.api_findings.map((f: { api_field: string; suggestion: string }) => [f.api_field, f.suggestion]),
    ).toEqual([
      ['Name', 'did you mean "name"?'],
      ['name', 'map it from name (Full Name)'],
      ['photoUrls', null],
    ]);
  });

  it('an invalid description fails with where it is wrong, and the draft is still validated first', async () => {
    const run = io({ 'd.json': draft(), [specPath]: '{"openapi":"3.0.3","info":{"title":"x"},"paths":{}}' });
    expect(await runCli(['validate', 'd.json', '--openapi', 'hr.json'], run.io)).toBe(4);
    expect(run.err.join('\n')).toMatch(/\/info \(line 1\): missing required property "version"/);
  });
});
