import type { Jaeger } from '../cr/schema.ts';
import { FILES_DIR, planTopology } from '../topology/plan.ts';
import { PROGRAMS } from '../topology/programs.ts';
import { DEFAULT_IMAGE, FILES_MOUNT } from './kubernetes.ts';

type Obj = Record<string, unknown>;

/**
 * A compose file running the very processes `up` runs (same flags, replicas on the same shifted
 * ports), on the host's network so that the CR's addresses (127.0.0.1:9200…) mean what they mean to
 * `up`. Files become compose `configs`; `storage.secretName` becomes an optional env file of that name.
 */
export function renderCompose(cr: Jaeger): Obj {
  const services: Obj = {};
  const configs: Obj = {};
  const secret = cr.spec?.storage?.secretName;
  for (const process of planTopology(cr).processes) {
    const args = process.args.map((a) => a.replaceAll(FILES_DIR, FILES_MOUNT));
    const fileConfigs = Object.entries(process.files).map(([file, content]) => {
      const source = `${cr.metadata.name}-${file.replace(/\.json$/, '')}`;
      configs[source] = { content: `${JSON.stringify(content, null, 2)}\n` };
      return { source, target: `${FILES_MOUNT}/${file}` };
    });
    const byPath = process.program === 'jobs' || process.program === 'aggregator';
    services[`${cr.metadata.name}-${process.name}`] = {
      image: DEFAULT_IMAGE,
      build: { context: '.', dockerfile: 'Dockerfile' },
      network_mode: 'host',
      restart: 'unless-stopped',
      ...(byPath ? { entrypoint: ['node', PROGRAMS[process.program].entry] } : {}),
      command: byPath ? args : [process.program, ...args],
      ...(secret === undefined ? {} : { env_file: [{ path: `${secret}.env`, required: false }] }),
      ...(fileConfigs.length === 0 ? {} : { configs: fileConfigs }),
      labels: {
        'io.jaegertracing.instance': cr.metadata.name,
        'io.jaegertracing.component': process.program,
      },
    };
  }
  return { name: cr.metadata.name, services, ...(Object.keys(configs).length === 0 ? {} : { configs }) };
}
