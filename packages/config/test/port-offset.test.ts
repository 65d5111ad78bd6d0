import { describe, expect, it } from 'vitest';
import { defineSchema, loadConfig, mergeSchemas, opt, portOffsetConfig } from '../src/index.ts';

const schema = mergeSchemas(
  portOffsetConfig,
  defineSchema({
    'query.http-server.host-port': opt.hostPort({ help: 'UI', default: '127.0.0.1:16686' }),
    'collector.otlp.http.host-port': opt.hostPortOrOff({ help: 'OTLP', default: ':4318' }),
    'collector.zipkin.host-port': opt.hostPortOrOff({ help: 'Zipkin', default: '' }),
    'processor.jaeger-compact.server-host-port': opt.hostPortOrOff({
      help: 'UDP',
      default: '127.0.0.1:6831',
    }),
    'admin.http.host-port': opt.hostPort({ help: 'admin', default: '127.0.0.1:14269' }),
    'collector.queue-size': opt.int({ help: 'not a port', default: 2000 }),
  }),
);

const ports = (argv: string[], env: Record<string, string> = {}) => {
  const outcome = loadConfig(schema, { argv, env });
  if (outcome.kind !== 'ok') throw new Error(outcome.kind === 'error' ? outcome.error.message : 'help');
  return outcome.values;
};

describe('--port-offset', () => {
  it('moves every listener left at its default, keeps those set by flag, env or file, and off stays off', () => {
    const values = ports(['--port-offset=1000', '--admin.http.host-port=127.0.0.1:0'], {
      COLLECTOR_OTLP_HTTP_HOST_PORT: ':4320',
    });
    expect(values['query.http-server.host-port']).toEqual({ host: '127.0.0.1', port: 17686 });
    expect(values['processor.jaeger-compact.server-host-port']).toEqual({ host: '127.0.0.1', port: 7831 });
    expect(values['collector.otlp.http.host-port']).toEqual({ host: '0.0.0.0', port: 4320 });
    expect(values['admin.http.host-port']).toEqual({ host: '127.0.0.1', port: 0 });
    expect(values['collector.zipkin.host-port']).toBeUndefined();
    expect(values['collector.queue-size']).toBe(2000);
  });

  it('is read from PORT_OFFSET, and 0 (the default) moves nothing', () => {
    expect(ports([], { PORT_OFFSET: '5' })['admin.http.host-port']).toEqual({
      host: '127.0.0.1',
      port: 14274,
    });
    expect(ports([])['query.http-server.host-port']).toEqual({ host: '127.0.0.1', port: 16686 });
  });

  it('refuses an offset that moves a port past 65535, naming the listener', () => {
    const outcome = loadConfig(schema, { argv: ['--port-offset=50000'], env: {} });
    expect(outcome.kind).toBe('error');
    if (outcome.kind !== 'error') return;
    expect(outcome.error.message).toContain(
      '--port-offset (flag): 50000 moves --query.http-server.host-port (default port 16686) past 65535',
    );
  });
});
