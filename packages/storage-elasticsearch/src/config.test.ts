import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@spanstream/config';
import { describe, expect, it } from 'vitest';
import { elasticsearchConfig, esOptionsFromConfig } from './config.ts';
import { DEFAULT_ES_OPTIONS } from './options.ts';

function load(argv: string[], env: Record<string, string> = {}) {
  const outcome = loadConfig(elasticsearchConfig('es'), { argv, env });
  if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
  return esOptionsFromConfig(outcome.values, 'es', 'elasticsearch');
}

describe('elasticsearch config', () => {
  it('defaults to the store defaults, without credentials or TLS files', () => {
    const options = load([]);
    expect(options.serverUrls).toEqual(DEFAULT_ES_OPTIONS.serverUrls);
    expect(options.numShards).toBe(DEFAULT_ES_OPTIONS.numShards);
    expect(options.bulk?.actions).toBe(DEFAULT_ES_OPTIONS.bulk.actions);
    expect(options.auth).toEqual({});
    expect(options.tls).toEqual({ skipHostVerify: false });
    expect(options.timeoutMs).toBe(30_000);
  });

  it('reads the files the flags name: secrets always, TLS files only with tls.enabled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-config-'));
    const file = (name: string, content: string) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    const ca = file('ca.pem', 'CA PEM\n');
    const password = file('password', 'from-file\n');
    const tags = file('tags', 'http.method  error\n');
    const off = load([`--es.tls.ca=${ca}`, `--es.password-file=${password}`, '--es.username=jaeger']);
    expect(off.auth).toEqual({ username: 'jaeger', password: 'from-file' });
    expect(off.tls).toEqual({ skipHostVerify: false });
    const on = load(['--es.tls.enabled', `--es.tls.ca=${ca}`, `--es.tags-as-fields.config-file=${tags}`], {
      ES_TLS_SERVER_NAME: 'es.local',
      ES_PASSWORD: 'flag-wins',
      ES_PASSWORD_FILE: password,
    });
    expect(on.tls).toEqual({ ca: 'CA PEM', serverName: 'es.local', skipHostVerify: false });
    expect(on.auth).toEqual({ password: 'flag-wins' });
    expect(on.tagsAsFields?.include).toEqual(['http.method', 'error']);
  });
});
