import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runWithRequestContext } from '@spanstream/storage-api';
import { afterEach, describe, expect, it } from 'vitest';
import { createEsTransport } from './client.ts';
import { resolveEsOptions, type EsFlavor } from './options.ts';

/** A local HTTP endpoint standing in for the server: it records the headers each request carries. */
async function recordingServer(): Promise<{ url: string; seen: IncomingHttpHeaders[]; server: Server }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    request.resume();
    request.on('end', () => {
      // The Elastic client checks this header (its product check) before trusting a response.
      response.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
      response.end('{"hits":{"hits":[]}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

describe.each<EsFlavor>(['elasticsearch', 'opensearch'])('%s transport credentials', (flavor) => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('sends basic auth, and the propagated bearer token instead while serving an API call', async () => {
    const recording = await recordingServer();
    server = recording.server;
    const transport = createEsTransport(
      resolveEsOptions({ flavor, serverUrls: [recording.url], auth: { username: 'u', password: 'p' } }),
    );
    try {
      await transport.request({ method: 'POST', path: '/x/_search', body: {} });
      await runWithRequestContext({ bearerToken: 'caller-token' }, () =>
        transport.request({ method: 'POST', path: '/x/_search', body: {} }),
      );
    } finally {
      await transport.close();
    }
    const auth = recording.seen.map((h) => h.authorization);
    expect(auth).toEqual([`Basic ${Buffer.from('u:p').toString('base64')}`, 'Bearer caller-token']);
  });
});
