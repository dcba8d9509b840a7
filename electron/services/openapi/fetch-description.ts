import got from 'got';
import { AppError } from '../../../shared/bridge/envelope';
import { sharedPool } from '../net/net-pool';
import { assertSecureUrl, describeNetworkError } from '../net/network-error';
import { MAX_DESCRIPTION_BYTES } from './source-text';

/** How long fetching a description may take. */
export const FETCH_TIMEOUT_MS = 30_000;

/**
 * Downloads a description (or a document its `$ref`s name; `what` says which in messages) over https (http only to this machine), with a timeout, retrying twice (a GET
 * is safe to repeat), and stopping at the size limit rather than buffering an endless answer.
 */
export async function fetchDescription(raw: string, what = 'The description URL'): Promise<string> {
  const url = assertSecureUrl(raw, what);
  const timeoutMs = FETCH_TIMEOUT_MS;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    // Through the proxy and with the CAs the network settings name, like every other outgoing call.
    const agent = await sharedPool().gotAgent(url);
    const stream = got.stream(url, {
      agent,
      timeout: { request: timeoutMs },
      retry: { limit: 2, methods: ['GET'] },
      headers: { accept: 'application/json, application/yaml, text/yaml, */*;q=0.5' },
    });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_DESCRIPTION_BYTES) {
        stream.destroy();
        throw new AppError(
          'invalid_input',
          `The description at ${url.href} is larger than ${MAX_DESCRIPTION_BYTES / 1048576} MB.`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const status = (error as { response?: { statusCode?: number } }).response?.statusCode;
    if (status !== undefined)
      throw new AppError('network', `${url.href} answered HTTP ${status}; no description was imported.`);
    throw describeNetworkError(error, url.href);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a document a description's `$ref` names, with the same rules as the description itself. */
export const fetchReferenced = (url: string): Promise<string> =>
  fetchDescription(url, `The referenced document "${url}"`);
