import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeploymentUnderTest, Options } from '@spanstream/e2e';
import { parse, stringify } from 'yaml';
import { REPO_ROOT } from '../src/topology/programs.ts';

export const EXAMPLES = join(REPO_ROOT, 'examples', 'operator');

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Sets option `key` (`es.index-prefix`) in a CR options map in the nesting the map already uses, so
 * that `es: {index-prefix: x}` becomes `es: {index-prefix: y}` rather than gaining a second spelling of
 * the same flag.
 */
export function setOption(options: Obj, key: string, value: string): void {
  const parts = key.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    const child = options[parts.slice(0, i).join('.')];
    if (isObj(child)) {
      setOption(child, parts.slice(i).join('.'), value);
      return;
    }
  }
  options[key] = value;
}

/** ES settings that only make a one-node test index quick (no replica on a one-node cluster, fast bulk flushes). */
const ES_TEST_TUNING: Options = {
  'es.num-shards': '1',
  'es.num-replicas': '0',
  'es.bulk.flush-interval': '20ms',
};

/**
 * An example of examples/operator as `spanstream up` runs it in a test: the file's own document with
 * only what a shared machine needs changed: every listener on `deployment`'s free ports (or port 0 /
 * off), and the storage servers, index prefix, keyspace, Kafka topics and group those of `deployment`.
 * Strategy, storage type, replicas, jobs, UI and sampling options stay the file's.
 */
export async function exampleUnderTest(file: string, deployment: DeploymentUnderTest): Promise<string> {
  const cr = parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Obj;
  const spec = (cr['spec'] ??= {}) as Obj;
  const optionsOf = (section: string): Obj => {
    const component = (spec[section] ??= {}) as Obj;
    return (component['options'] ??= {}) as Obj;
  };
  const set = (section: string, values: Options): void => {
    const options = optionsOf(section);
    for (const [key, value] of Object.entries(values)) setOption(options, key, value);
  };
  const { listeners, storage, topic } = deployment;
  const strategy = (spec['strategy'] as string | undefined) ?? 'allInOne';
  if (strategy === 'allInOne') {
    set('allInOne', {
      ...listeners.collector,
      ...listeners.query,
      ...listeners.udp,
      ...(await listeners.admin()),
    });
  } else {
    set('collector', { ...listeners.collector, ...(await listeners.admin()) });
    set('query', { ...listeners.query, ...(await listeners.admin()) });
  }
  if (strategy === 'streaming') {
    if (topic === undefined) throw new Error(`${file}: strategy streaming needs a Kafka topic`);
    set('collector', { 'kafka.producer.brokers': topic.brokers, 'kafka.producer.topic': topic.topic });
    set('ingester', {
      'admin.http.host-port': '127.0.0.1:0',
      'kafka.consumer.brokers': topic.brokers,
      'kafka.consumer.topic': topic.topic,
      'kafka.consumer.group-id': topic.groupId,
      'kafka.consumer.dlq-topic': topic.dlqTopic,
    });
  }
  if (storage !== undefined) {
    const storageSpec = (spec['storage'] ??= {}) as Obj;
    const options = (storageSpec['options'] ??= {}) as Obj;
    // A keyspace prepared beforehand (cassandraCreateSchema off) is not one the services create.
    const prepared = isObj(storageSpec['cassandraCreateSchema'])
      ? storageSpec['cassandraCreateSchema']['enabled'] === false
      : false;
    const values = Object.entries(storage.options).filter(
      ([key]) => !(prepared && key === 'cassandra.create-schema'),
    );
    const tuning = 'es.server-urls' in storage.options ? Object.entries(ES_TEST_TUNING) : [];
    for (const [key, value] of [...values, ...tuning]) setOption(options, key, value);
  }
  return stringify(cr);
}
