import { describe, expect, it } from 'vitest';
import {
  clientTlsFromConfig,
  loadConfig,
  passwordAuthConfig,
  passwordAuthFromConfig,
  prefixSchema,
  tlsClientConfig,
} from '../src/index.ts';

const help = { enabled: 'e', ca: 'c', cert: 'ce', key: 'k', skipHostVerify: 's' };
const db = prefixSchema('db', { ...passwordAuthConfig('basic authentication'), ...tlsClientConfig(help) });
const broker = prefixSchema('kafka.producer', tlsClientConfig({ ...help, fileDefault: '' }));

function load<S extends typeof db | typeof broker>(
  schema: S,
  argv: string[],
  env: Record<string, string> = {},
) {
  const outcome = loadConfig(schema, { argv, env });
  if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
  return outcome.values;
}

describe('client TLS and password flags', () => {
  it('declares the flags under the backend prefix, with env names derived from them', () => {
    expect(Object.keys(db)).toEqual([
      'db.username',
      'db.password',
      'db.tls.enabled',
      'db.tls.ca',
      'db.tls.cert',
      'db.tls.key',
      'db.tls.server-name',
      'db.tls.skip-host-verify',
    ]);
    expect(db['db.username'].help).toBe('username for basic authentication');
    expect(db['db.tls.ca'].default).toBeUndefined();
    expect(broker['kafka.producer.tls.ca'].default).toBe('');
  });

  it('maps nothing set to TLS off and no credentials', () => {
    const values = load(db, []);
    expect(clientTlsFromConfig(values, 'db')).toEqual({ enabled: false, skipHostVerify: false });
    expect(passwordAuthFromConfig(values, 'db')).toEqual({});
    expect(clientTlsFromConfig(load(broker, []), 'kafka.producer')).toEqual({
      enabled: false,
      skipHostVerify: false,
    });
  });

  it('reads flags and env, and takes an empty path for no file', () => {
    const values = load(db, ['--db.tls.enabled', '--db.tls.ca=/ca.pem', '--db.tls.cert='], {
      DB_TLS_SERVER_NAME: 'db.local',
      DB_USERNAME: 'jaeger',
      DB_PASSWORD: 'secret',
    });
    expect(clientTlsFromConfig(values, 'db')).toEqual({
      enabled: true,
      skipHostVerify: false,
      ca: '/ca.pem',
      serverName: 'db.local',
    });
    expect(passwordAuthFromConfig(values, 'db')).toEqual({ username: 'jaeger', password: 'secret' });
  });
});
