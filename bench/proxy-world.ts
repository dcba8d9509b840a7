import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createProxy } from 'proxy';
import { TestCa } from '../test/services/support/test-ca';

/**
 * The far side of the proxy benchmark, in its own process so the client being measured has its core to
 * itself: an https target with a throw-away CA, and a real forward proxy counting the tunnels it opens.
 */
const ca = new TestCa('Bench Root CA');
const target = createHttpsServer(ca.issue(['127.0.0.1']), (req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end('{"workerId":"HR-1"}');
  });
});
const proxy = createProxy(createHttpServer());
let tunnels = 0;
proxy.prependListener('connect', () => tunnels++);
await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
process.on('message', (message) => {
  if (message === 'tunnels') process.send?.({ tunnels });
  if (message === 'reset') tunnels = 0;
  if (message === 'stop') process.exit(0);
});
process.send?.({
  ca: ca.cert,
  targetPort: (target.address() as AddressInfo).port,
  proxyPort: (proxy.address() as AddressInfo).port,
});
