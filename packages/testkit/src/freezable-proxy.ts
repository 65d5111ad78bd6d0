import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real server that a test can "freeze": while frozen it accepts
 * connections and keeps them open but forwards no byte in either direction, which is what a client
 * sees of a server stopped with SIGSTOP or behind a black-holed network. Freezing the shared stack's
 * servers themselves would freeze every other test using them; this freezes only our own path.
 */
export interface FreezableProxy {
  /** `host:port` the proxy listens on. */
  readonly address: string;
  readonly port: number;
  freeze(): void;
  /** Forwards again, including the bytes held back while frozen. */
  thaw(): void;
  close(): Promise<void>;
}

interface Pipe {
  readonly from: Socket;
  readonly to: Socket;
  readonly held: Buffer[];
}

export async function startFreezableProxy(target: { host: string; port: number }): Promise<FreezableProxy> {
  let frozen = false;
  const pipes = new Set<Pipe>();
  const sockets = new Set<Socket>();
  const pipe = (from: Socket, to: Socket): void => {
    const p: Pipe = { from, to, held: [] };
    pipes.add(p);
    from.on('data', (chunk: Buffer) => {
      if (frozen) p.held.push(chunk);
      else to.write(chunk);
    });
    from.on('close', () => {
      pipes.delete(p);
      to.destroy();
    });
    from.on('error', () => to.destroy());
  };
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
    pipe(client, upstream);
    pipe(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    address: `127.0.0.1:${port}`,
    port,
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      for (const p of pipes)
        for (const chunk of p.held.splice(0)) {
          p.to.write(chunk);
        }
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
