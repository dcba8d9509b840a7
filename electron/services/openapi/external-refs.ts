import { ResolverError } from '@readme/openapi-parser';
import { MAX_DESCRIPTION_BYTES } from './source-text';

/** Reads one referenced document over the network: the host's `fetchDescription`, or a worker's request for it. */
export type FetchText = (url: string) => Promise<string>;

/** At most this many documents are read over the network for one description's `$ref`s. */
export const MAX_EXTERNAL_DOCUMENTS = 100;
/** At most this many of them at once, as a browser reads from one host. */
const AT_ONCE = 6;

const stripHash = (url: string) => url.replace(/#.*$/, '');

/**
 * The parser's resolver for `$ref`s to URLs, reading through `fetchText` (the app's proxy, CA file,
 * https rule, timeout and size limit — the parser's own downloader knows none of them), at most
 * MAX_EXTERNAL_DOCUMENTS documents and MAX_DESCRIPTION_BYTES in all, AT_ONCE at a time; reads still
 * waiting when the load ends (`close`) are not started. `root` is the description itself
 * when it was fetched from a URL: relative references resolve against that URL and its text is not
 * fetched a second time.
 */
export function urlResolver(fetchText: FetchText | undefined, root?: { url: string; text: string }) {
  let documents = 0;
  let bytes = 0;
  let running = 0;
  let closed = false;
  const waiting: (() => void)[] = [];
  const turn = async () => {
    while (running >= AT_ONCE && !closed) await new Promise<void>((resolve) => waiting.push(resolve));
    if (closed) throw new Error('The description stopped loading.');
    running += 1;
  };
  const done = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return {
    close: () => {
      closed = true;
      for (const next of waiting.splice(0)) next();
    },
    canRead: (file: { url: string }) => /^https?:\/\//i.test(file.url),
    read: (file: { url: string }): Promise<string> | string => {
      const url = stripHash(file.url);
      if (root !== undefined && url === stripHash(root.url)) return root.text;
      // The parser keeps a message only from its own error type; any other becomes "Error reading file".
      return read(url).catch((error: unknown) => {
        throw new ResolverError(error instanceof Error ? error : new Error(String(error)), url);
      });
    },
  };
  async function read(url: string): Promise<string> {
    if (fetchText === undefined)
      throw new Error(`"${url}" is on the network, and references can be followed here only from files.`);
    documents += 1;
    if (documents > MAX_EXTERNAL_DOCUMENTS)
      throw new Error(
        `More than ${MAX_EXTERNAL_DOCUMENTS} referenced documents; bundle the description into one file.`,
      );
    await turn();
    let text: string;
    try {
      text = await fetchText(url);
    } finally {
      done();
    }
    bytes += Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_DESCRIPTION_BYTES)
      throw new Error(
        `The referenced documents are larger than ${MAX_DESCRIPTION_BYTES / 1048576} MB in all; bundle the description into one file.`,
      );
    return text;
  }
}
