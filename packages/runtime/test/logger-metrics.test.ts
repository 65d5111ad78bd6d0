import { Writable } from 'node:stream';
import { Counter, register as globalRegistry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createLogger, createMetricsRegistry } from '../src/index.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  it('writes one JSON object per line with a level label, ISO time, name and child bindings', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'debug', name: 'collector', destination });
    logger.child({ component: 'queue' }).debug({ length: 3 }, 'queue grew');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'debug',
        name: 'collector',
        component: 'queue',
        length: 3,
        msg: 'queue grew',
      }),
    ]);
    expect(new Date(lines[0]!['time'] as string).toISOString()).toBe(lines[0]!['time']);
  });

  it('drops lines below its level and falls back to info for an unknown level', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'verbose', destination });
    logger.debug('hidden');
    logger.info('shown');
    expect(lines.map((l) => l['msg'])).toEqual(['shown']);
  });
});

describe('createMetricsRegistry', () => {
  it('gives each process (and test) its own registry, never the global one', async () => {
    const a = createMetricsRegistry({ defaultMetrics: false });
    const b = createMetricsRegistry({ defaultMetrics: false });
    new Counter({ name: 'spanstream_same_name_total', help: 'x', registers: [a] }).inc();
    // The same name in another registry is no conflict: two all-in-one instances in one test process work.
    new Counter({ name: 'spanstream_same_name_total', help: 'x', registers: [b] }).inc(2);
    expect(await a.metrics()).toContain('spanstream_same_name_total 1');
    expect(await b.metrics()).toContain('spanstream_same_name_total 2');
    expect(await globalRegistry.metrics()).not.toContain('spanstream_same_name_total');
  });

  it('registers the default process metrics', async () => {
    expect(await createMetricsRegistry().metrics()).toContain('nodejs_eventloop_lag_seconds');
  });
});

describe('createLogger never writes credentials (issue 12, bug 4)', () => {
  it('strips request headers and credential fields from errors, and URL user-info from every line', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ destination });
    const basic = `Basic ${Buffer.from('elastic:hunter2').toString('base64')}`;
    // The shape of an @elastic/elasticsearch ConnectionError / ResponseError.
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
      name: 'ConnectionError',
      meta: {
        statusCode: 0,
        meta: {
          request: { params: { method: 'PUT', path: '/x', headers: { authorization: basic } } },
          connection: { url: 'http://elastic:hunter2@127.0.0.1:9/', headers: { authorization: basic } },
        },
      },
      options: { auth: { username: 'elastic', password: 'hunter2' }, apiKey: 'k3y' },
    });
    logger.error({ err: new Error('start failed', { cause: error }) }, 'start failed');
    logger.error(error);
    logger.info({ url: 'https://u:hunter2@registry:8081' }, 'connecting to http://u:hunter2@host');
    const text = JSON.stringify(lines);
    expect(lines).toHaveLength(3);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain(Buffer.from('elastic:hunter2').toString('base64'));
    expect(text).not.toContain('k3y');
    expect(text).toContain('connect ECONNREFUSED');
    expect(lines[2]).toMatchObject({
      url: 'https://***@registry:8081',
      msg: 'connecting to http://***@host',
    });
  });
});
