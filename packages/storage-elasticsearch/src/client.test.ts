import { describe, expect, it } from 'vitest';
import { elasticClientOptions, openSearchClientOptions } from './client.ts';
import { resolveEsOptions } from './options.ts';

describe('client options', () => {
  it('passes server URLs, basic auth, TLS and timeout to the Elastic client, sniffing off by default', () => {
    const options = resolveEsOptions({
      serverUrls: ['https://a:9200', 'https://b:9200'],
      auth: { username: 'u', password: 'p' },
      tls: { ca: 'CA-PEM', cert: 'CERT', key: 'KEY', serverName: 'es.local', skipHostVerify: true },
      timeoutMs: 5000,
    });
    expect(elasticClientOptions(options)).toMatchObject({
      nodes: ['https://a:9200', 'https://b:9200'],
      auth: { username: 'u', password: 'p' },
      tls: { ca: 'CA-PEM', cert: 'CERT', key: 'KEY', servername: 'es.local', rejectUnauthorized: false },
      requestTimeout: 5000,
      sniffOnStart: false,
    });
  });

  it('times requests out after 30 s by default with both client libraries', () => {
    expect(elasticClientOptions(resolveEsOptions({})).requestTimeout).toBe(30_000);
    expect(openSearchClientOptions(resolveEsOptions({ flavor: 'opensearch' })).requestTimeout).toBe(30_000);
  });

  it('prefers an API key, then a bearer token, over basic auth', () => {
    const both = { username: 'u', password: 'p' };
    expect(elasticClientOptions(resolveEsOptions({ auth: { ...both, apiKey: 'k' } })).auth).toEqual({
      apiKey: 'k',
    });
    expect(elasticClientOptions(resolveEsOptions({ auth: { ...both, bearerToken: 't' } })).auth).toEqual({
      bearer: 't',
    });
    const apiKey = openSearchClientOptions(
      resolveEsOptions({ flavor: 'opensearch', auth: { ...both, apiKey: 'k' } }),
    );
    expect(apiKey.headers).toEqual({ authorization: 'ApiKey k' });
    expect(apiKey.auth).toBeUndefined();
    const basic = openSearchClientOptions(
      resolveEsOptions({ flavor: 'opensearch', auth: both, tls: { ca: 'CA' } }),
    );
    expect(basic).toMatchObject({ auth: both, ssl: { ca: 'CA' }, headers: {} });
  });

  it('refuses options that cannot work, naming the flag', () => {
    expect(() => resolveEsOptions({ bulk: { actions: 0 } })).toThrow(/es\.bulk\.actions/);
    expect(() => resolveEsOptions({ serverUrls: [] })).toThrow(/es\.server-urls/);
  });
});
