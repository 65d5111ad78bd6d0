import { describe, expect, it } from 'vitest';
import { defineSchema, loadConfig, opt, serverTlsFromConfig, tlsServerConfig } from '../src/index.ts';

const schema = defineSchema({
  'query.http-server.host-port': opt.hostPort({ help: 'x', default: '127.0.0.1:16686' }),
  ...tlsServerConfig('query.http', 'query HTTP server'),
});

function load(argv: string[], env: Record<string, string> = {}) {
  const outcome = loadConfig(schema, { argv, env });
  if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
  return serverTlsFromConfig(outcome.values, 'query.http');
}

describe("Jaeger's TLS server flags", () => {
  it('declares .enabled .cert .key .client-ca .min-version .max-version .cipher-suites .reload-interval', () => {
    expect(Object.keys(schema).filter((key) => key.startsWith('query.http.tls.'))).toEqual(
      [
        'enabled',
        'cert',
        'key',
        'client-ca',
        'min-version',
        'max-version',
        'cipher-suites',
        'reload-interval',
      ].map((name) => `query.http.tls.${name}`),
    );
  });

  it('is off by default, and reads flags and env (QUERY_HTTP_TLS_*) when on', () => {
    expect(load([])).toBeUndefined();
    expect(
      load(
        [
          '--query.http.tls.enabled',
          '--query.http.tls.max-version=1.3',
          '--query.http.tls.reload-interval=5m',
        ],
        {
          QUERY_HTTP_TLS_CERT: '/etc/tls/tls.crt',
          QUERY_HTTP_TLS_KEY: '/etc/tls/tls.key',
          QUERY_HTTP_TLS_CIPHER_SUITES: 'ECDHE-RSA-AES128-GCM-SHA256,ECDHE-ECDSA-AES128-GCM-SHA256',
        },
      ),
    ).toEqual({
      prefix: 'query.http.tls',
      certFile: '/etc/tls/tls.crt',
      keyFile: '/etc/tls/tls.key',
      clientCaFile: undefined,
      minVersion: '1.2',
      maxVersion: '1.3',
      cipherSuites: ['ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256'],
      reloadIntervalMs: 300_000,
    });
  });

  it('names the flag of a missing certificate or an unknown version', () => {
    expect(() => load(['--query.http.tls.enabled=true', '--query.http.tls.key=/k'])).toThrow(
      '--query.http.tls.cert is required with --query.http.tls.enabled',
    );
    expect(() =>
      load([
        '--query.http.tls.enabled=true',
        '--query.http.tls.cert=/c',
        '--query.http.tls.key=/k',
        '--query.http.tls.max-version=1.4',
      ]),
    ).toThrow('--query.http.tls.max-version');
  });
});
