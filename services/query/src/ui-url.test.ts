import { describe, expect, it } from 'vitest';
import { uiUrl } from './ui-url.ts';

describe('uiUrl', () => {
  it('names localhost for wildcard and loopback listeners', () => {
    expect(uiUrl({ host: '0.0.0.0', port: 16686 }, 16686, '/', false)).toBe('http://localhost:16686/');
    expect(uiUrl({ host: '127.0.0.1', port: 0 }, 40123, '/', false)).toBe('http://localhost:40123/');
  });

  it('keeps a named host, brackets IPv6, adds the base path and https', () => {
    expect(uiUrl({ host: 'tracing.internal', port: 443 }, 443, '/jaeger', true)).toBe(
      'https://tracing.internal:443/jaeger/',
    );
    expect(uiUrl({ host: 'fd00::1', port: 16686 }, 16686, '/jaeger/', false)).toBe(
      'http://[fd00::1]:16686/jaeger/',
    );
  });
});
