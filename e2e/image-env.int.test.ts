import { readFileSync } from 'node:fs';
import { agentConfig } from '@spanstream/agent';
import { allInOneConfig } from '@spanstream/all-in-one';
import { collectorOptionsConfig } from '@spanstream/collector';
import { adminConfig, loadConfig, mergeSchemas, type HostPort, type Schema } from '@spanstream/config';
import { ingesterConfig } from '@spanstream/ingester';
import { queryConfig } from '@spanstream/query';
import { describe, expect, it } from 'vitest';

// No Docker engine here: this reads the image's ENV and entry point and loads each binary's
// configuration with them, as the container would.
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');

function imageEnv(binary: string): Record<string, string> {
  const block = /^ENV (COLLECTOR_[\s\S]*?)\n(?!\s)/m.exec(dockerfile)?.[1] ?? '';
  const env = Object.fromEntries(
    [...block.matchAll(/([A-Z_]+)=(\S+)/g)].map((match) => [match[1]!, match[2]!.replace(/\\$/, '')]),
  );
  const entrypoint = /^ENTRYPOINT (.*)$/m.exec(dockerfile)?.[1] ?? '';
  // `case "$0" in collector|all-in-one) admin=:14269 ;; query) admin=:16687 ;; …`
  const admin = [...entrypoint.matchAll(/([a-z|-]+)\) admin=(\S+) ;;/g)].find((match) =>
    match[1]!.split('|').includes(binary),
  )?.[2];
  if (admin === undefined) throw new Error(`no admin address for ${binary} in the entry point`);
  return { ...env, ADMIN_HTTP_HOST_PORT: admin };
}

const binaries: [string, Schema, number][] = [
  ['all-in-one', allInOneConfig, 14269],
  ['collector', mergeSchemas(adminConfig('127.0.0.1:14269'), collectorOptionsConfig), 14269],
  ['query', mergeSchemas(adminConfig('127.0.0.1:16687'), queryConfig), 16687],
  ['ingester', ingesterConfig, 14270],
  ['agent', agentConfig, 14271],
];

describe('the container image listens on every interface', () => {
  it.each(binaries)(
    '%s: every listener on 0.0.0.0, admin on its Jaeger port',
    (binary, schema, adminPort) => {
      const outcome = loadConfig(schema, { argv: [], env: imageEnv(binary) });
      expect(outcome.kind, JSON.stringify(outcome)).toBe('ok');
      if (outcome.kind !== 'ok') return;
      const values = outcome.values as Record<string, unknown>;
      const listeners = Object.keys(schema).filter((key) => schema[key]!.type === 'host-port');
      expect(listeners.length).toBeGreaterThan(0);
      for (const key of listeners) expect((values[key] as HostPort).host, key).toBe('0.0.0.0');
      expect(values['admin.http.host-port']).toEqual({ host: '0.0.0.0', port: adminPort });
    },
  );
});
