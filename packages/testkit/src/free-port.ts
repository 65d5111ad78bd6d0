import { createServer } from 'node:net';

/**
 * A free TCP port on 127.0.0.1: the OS picks it, then it is released for a child process to bind.
 * Tests and benches start real processes on these so they never collide with a running instance.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port assigned');
  return address.port;
}
