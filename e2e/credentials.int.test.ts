import { describe, expect, it } from 'vitest';
import { type ServiceName, freePort, startService } from './src/index.ts';

// Issue 12, bug 4: credentials in a URL option were logged in clear in the startup configuration
// line, and a failed start printed the Elasticsearch client's error with its request headers.
const USER = 'spanuser';
const SECRET = 's3cr3t-Pa55word';
const FORBIDDEN = [
  SECRET,
  Buffer.from(SECRET).toString('base64'),
  Buffer.from(`${USER}:${SECRET}`).toString('base64'),
  // Base64 of the secret at the other two alignments inside `user:secret`.
  Buffer.from(`:${SECRET}`).toString('base64').slice(2, -2),
  Buffer.from(`${USER}:${SECRET}`).toString('base64').slice(12, -2),
];

const extraArgs: Record<Exclude<ServiceName, 'all-in-one'>, (closed: number) => string[]> = {
  query: () => [],
  collector: () =>
    ['grpc-server', 'http-server', 'otlp.grpc', 'otlp.http', 'sampling.http', 'zipkin'].map(
      (r) => `--collector.${r}.host-port=127.0.0.1:0`,
    ),
  ingester: (closed) => [
    `--kafka.consumer.brokers=127.0.0.1:${closed}`,
    '--kafka.consumer.topic=h2-credentials-never-created',
  ],
  aggregator: (closed) => [
    `--kafka.consumer.brokers=127.0.0.1:${closed}`,
    '--kafka.consumer.topic=h2-credentials-never-created',
  ],
};

describe('credentials in URL options never reach stdout/stderr', () => {
  it.each(Object.keys(extraArgs) as (keyof typeof extraArgs)[])(
    '%s with --es.server-urls=http://user:secret@<closed port> fails to start without printing the secret',
    async (name) => {
      const closed = await freePort();
      const service = await startService(
        name,
        [
          '--span-storage.type=elasticsearch',
          `--es.server-urls=http://${USER}:${SECRET}@127.0.0.1:${closed}`,
          `--es-archive.server-urls=http://${USER}:${SECRET}@127.0.0.1:${closed}`,
          ...extraArgs[name](closed),
        ],
        {},
        { ready: false },
      );
      let output = '';
      service.child.stdout.on('data', (chunk: string) => (output += chunk));
      service.child.stderr.on('data', (chunk: string) => (output += chunk));
      expect(await service.exited).toBe(1);
      expect(output).toMatch(/"msg":"configuration"/);
      for (const forbidden of FORBIDDEN) expect(output).not.toContain(forbidden);
      expect(output.toLowerCase()).not.toMatch(/authorization["']?\s*:\s*["']?basic/);
      // The failure is reported (so the test is not passing on an empty output), through the logger.
      expect(output).toMatch(/failed to start/);
      expect(output).toContain(`http://***@127.0.0.1:${closed}`);
    },
  );
});
