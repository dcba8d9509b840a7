import { sample } from 'openapi-sampler';
import { matchOperations } from '../../../shared/openapi/bind';
import type { ApiIndex, JsonValue, OperationContract } from '../../../shared/openapi/types';
import { validateBody } from '../openapi/body-validator';

/** What the receiver needs to behave like the third party's API: its POST operations' contracts. */
export interface ReceiverApi {
  title: string;
  contracts: OperationContract[];
}

/** The receiver's answer for a request one of the description's operations takes. */
export interface ApiAnswer {
  /** How the inbox names what answered, e.g. `api POST /employees`. */
  route: string;
  status: number;
  body: JsonValue;
}

/** The success body: the description's example, else a sample generated from the response schema. */
function successBody(c: OperationContract): JsonValue {
  if (c.example !== undefined) return c.example;
  if (c.response === null) return {};
  try {
    const made = sample(c.response as never, { skipWriteOnly: true, quiet: true }) as JsonValue | undefined;
    return made ?? {};
  } catch {
    return {};
  }
}

/**
 * The receiver's "behave like the API" mode: a POST to a path of the description (with or without the
 * servers' base path) is checked against the operation's request schema; a body that breaks it gets
 * 422 with every violation, as a real API answers; a conforming one gets the success status with the
 * description's example or a generated sample, so response parameters can be tried without a route.
 */
export function compileReceiverApi(
  api: ReceiverApi,
): (method: string, path: string, body: string, contentType: string) => ApiAnswer | null {
  const index: ApiIndex = {
    spec: api.contracts[0]?.spec ?? 'openapi-3.0',
    title: api.title,
    version: '',
    operations: api.contracts.map((c) => ({
      key: c.key,
      method: 'POST',
      path: c.path,
      servers: [...c.servers, '/'],
      request: null,
      response: null,
    })),
  };
  const byKey = new Map(api.contracts.map((c) => [c.key, c]));
  const answers = new Map<string, JsonValue>();
  return (method, path, body, contentType) => {
    if (method.toUpperCase() !== 'POST') return null;
    const match = matchOperations(path, index)[0];
    const contract = match ? byKey.get(match.operation.key) : undefined;
    if (!contract) return null;
    const route = `api ${contract.key}`;
    if (contract.request !== null) {
      const violations = validateBody(contract.request, contract.spec, body, contentType);
      if (violations.length > 0)
        return {
          route,
          status: 422,
          body: {
            error: 'unprocessable_entity',
            message: `The request body does not match the schema of ${contract.key}.`,
            errors: violations,
          },
        };
    }
    let answer = answers.get(contract.key);
    if (answer === undefined) answers.set(contract.key, (answer = successBody(contract)));
    return { route, status: contract.status, body: answer };
  };
}
