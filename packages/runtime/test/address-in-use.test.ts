import { createServer } from 'node:net';
import { defineSchema, opt, portOffsetConfig } from '@spanstream/config';
import { describe, expect, it } from 'vitest';
import { addressInUseMessage } from '../src/address-in-use.ts';

const schema = defineSchema({
  'query.http-server.host-port': opt.hostPort({ help: 'UI and HTTP API', default: ':16686' }),
  'query.grpc-server.host-port': opt.hostPort({ help: 'gRPC API', default: ':16685' }),
  'log-level': opt.string({ help: 'level', default: 'info' }),
});

/** The error Node gives a second listener on a taken port. */
async function bindError(port: number): Promise<unknown> {
  const second = createServer();
  return new Promise((resolve) => {
    second.once('error', resolve);
    second.listen(port, '127.0.0.1');
  });
}

describe('addressInUseMessage', () => {
  it('names the flag and the env var of the listener whose port is taken', async () => {
    const first = createServer();
    await new Promise<void>((resolve) => first.listen(0, '127.0.0.1', resolve));
    const port = (first.address() as { port: number }).port;
    try {
      const values = {
        'query.http-server.host-port': { host: '', port },
        'query.grpc-server.host-port': { host: '', port: 16685 },
      };
      expect(addressInUseMessage(await bindError(port), schema, values)).toBe(
        `port ${port} is already in use (another Spanstream or Jaeger running?): stop it, or move this listener ` +
          'with --query.http-server.host-port (env QUERY_HTTP_SERVER_HOST_PORT); 127.0.0.1:0 picks a free port',
      );
    } finally {
      first.close();
    }
  });

  it('offers --port-offset where the program has it (the all-in-one)', () => {
    const withOffset = { ...schema, ...portOffsetConfig };
    const taken = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE', port: 16686 });
    const values = { 'query.http-server.host-port': { host: '', port: 16686 } };
    expect(addressInUseMessage(taken, withOffset, values)).toMatch(
      /--query\.http-server\.host-port .*; --port-offset=1000 \(env PORT_OFFSET\) moves every default port$/,
    );
  });

  it('leaves other errors, and ports no option holds, to the caller', () => {
    const values = { 'query.http-server.host-port': { host: '', port: 16686 } };
    expect(addressInUseMessage(new Error('boom'), schema, values)).toBeUndefined();
    const taken = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE', port: 4000 });
    expect(addressInUseMessage(taken, schema, values)).toBeUndefined();
  });
});
