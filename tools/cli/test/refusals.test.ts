import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.ts';
import { InvalidCrError } from '../src/cr/issue.ts';
import { loadCrText } from '../src/cr/load.ts';

const header = (spec: string): string =>
  `apiVersion: jaegertracing.io/v1\nkind: Jaeger\nmetadata:\n  name: bad\nspec:\n${spec}`;

function refusal(text: string): string[] {
  try {
    loadCrText(text);
  } catch (error) {
    if (error instanceof InvalidCrError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error('accepted');
}

const STREAMING_KAFKA = `  collector:
    options:
      kafka.producer.brokers: 127.0.0.1:9092
  ingester:
    options:
      kafka.consumer.brokers: 127.0.0.1:9092
`;

describe('refused with the path and the reason', () => {
  it.each([
    ['an unknown field', '  foo: 1\n', 'spec.foo: unknown field'],
    ['a misspelt component field', '  collector:\n    replica: 2\n', 'spec.collector.replica: unknown field'],
    ['a wrong type', '  collector:\n    replicas: two\n', 'spec.collector.replicas: expected number'],
    [
      'an unknown storage type',
      '  storage:\n    type: mongo\n',
      'spec.storage.type: expected one of memory|elasticsearch|opensearch|cassandra|kafka|badger|sqlite|grpc-plugin',
    ],
    [
      'an operator storage type Spanstream does not run',
      '  storage:\n    type: grpc-plugin\n',
      'spec.storage.type: grpc-plugin is not a storage Spanstream runs: expected one of ',
    ],
    [
      'the embedded store with a strategy of several processes',
      '  strategy: production\n  storage:\n    type: badger\n',
      'spec.storage.type: badger conflicts with spec.strategy production',
    ],
    [
      'an unknown strategy',
      '  strategy: distributed\n',
      'spec.strategy: expected one of allInOne|production|streaming',
    ],
    [
      'production with memory storage',
      '  strategy: production\n  storage:\n    type: memory\n',
      'spec.storage.type: memory conflicts with spec.strategy production: memory storage lives inside one process',
    ],
    [
      'production with the default (memory) storage',
      '  strategy: production\n',
      'spec.storage.type: memory conflicts with spec.strategy production',
    ],
    [
      'production with kafka storage',
      '  strategy: production\n  storage:\n    type: kafka\n',
      'spec.storage.type: kafka conflicts with spec.strategy production: production writes straight to a database',
    ],
    [
      'streaming without Kafka options',
      '  strategy: streaming\n  storage:\n    type: elasticsearch\n',
      'spec.collector.options.kafka.producer.brokers: required by spec.strategy streaming',
    ],
    [
      'streaming with memory storage',
      `  strategy: streaming\n${STREAMING_KAFKA}`,
      'spec.storage.type: memory conflicts with spec.strategy streaming',
    ],
    [
      'an unknown component option',
      '  allInOne:\n    options:\n      collector:\n        queue-sizes: 10\n',
      "spec.allInOne.options.collector.queue-sizes: unknown option --collector.queue-sizes (checked against the all-in-one's flags)",
    ],
    [
      "another component's option",
      `  strategy: streaming\n  storage:\n    type: elasticsearch\n${STREAMING_KAFKA}  query:\n    options:\n      ingester.parallelism: 4\n`,
      "spec.query.options.ingester.parallelism: unknown option --ingester.parallelism (checked against the query's flags)",
    ],
    [
      'an invalid option value',
      `  strategy: streaming\n  storage:\n    type: elasticsearch\n  collector:\n    options:\n      kafka.producer.brokers: 127.0.0.1:9092\n  ingester:\n    options:\n      kafka.consumer.brokers: 127.0.0.1:9092\n      ingester:\n        deadlockInterval: soon\n`,
      'spec.ingester.options.ingester.deadlockInterval: invalid value "soon" for --ingester.deadlockInterval: expected',
    ],
    [
      'an unknown storage option',
      '  storage:\n    type: elasticsearch\n    options:\n      es:\n        server-url: http://127.0.0.1:9200\n',
      'spec.storage.options.es.server-url: unknown option --es.server-url (checked against the storage flags)',
    ],
    [
      'the storage type as an option',
      '  storage:\n    options:\n      span-storage.type: cassandra\n',
      'spec.storage.options.span-storage.type: set the storage type with spec.storage.type',
    ],
    [
      'an option that is not a scalar',
      '  allInOne:\n    options:\n      collector.tags:\n        - a: 1\n',
      'spec.allInOne.options.collector.tags: expected a string, number, boolean or a list of them',
    ],
    [
      'an invalid toleration',
      '  tolerations:\n    - key: a\n      operator: Bogus\n',
      'spec.tolerations[0].operator: expected one of Equal|Exists|Gt|Lt',
    ],
    [
      'an invalid resource quantity type',
      '  query:\n    resources:\n      limits: 12\n',
      'spec.query.resources.limits: must be object',
    ],
    [
      'rollover without aliases',
      '  strategy: production\n  storage:\n    type: elasticsearch\n    esRollover:\n      schedule: "* * * * *"\n',
      'spec.storage.esRollover: rollover runs only with spec.storage.options.es.use-aliases: true',
    ],
    [
      'the index cleaner on Cassandra',
      '  strategy: production\n  storage:\n    type: cassandra\n    esIndexCleaner:\n      enabled: true\n',
      'spec.storage.esIndexCleaner.enabled: needs elasticsearch or opensearch storage, not cassandra',
    ],
    [
      'dependencies on memory',
      '  storage:\n    dependencies:\n      enabled: true\n',
      'spec.storage.dependencies.enabled: needs cassandra, elasticsearch or opensearch storage, not memory',
    ],
    [
      'cassandraCreateSchema on Elasticsearch',
      '  storage:\n    type: elasticsearch\n    cassandraCreateSchema:\n      enabled: false\n',
      'spec.storage.cassandraCreateSchema: applies to cassandra storage, not elasticsearch',
    ],
    [
      'an unknown agent strategy',
      '  agent:\n    strategy: Deployment\n',
      'spec.agent.strategy: expected one of |Sidecar|DaemonSet',
    ],
  ])('%s', (_what, spec, expected) => {
    expect(refusal(header(spec)).join('\n')).toContain(expected);
  });

  it('refuses another kind, API version or an invalid name', () => {
    const issues = refusal('apiVersion: jaegertracing.io/v2\nkind: Jaegr\nmetadata:\n  name: Not_A_Name\n');
    expect(issues).toEqual(
      expect.arrayContaining([
        'apiVersion: expected one of jaegertracing.io/v1',
        'kind: expected one of Jaeger',
        'metadata.name: expected a DNS-1123 name: lowercase letters, digits and -',
      ]),
    );
  });

  it('refuses YAML it cannot parse, naming the line', () => {
    expect(refusal(header('  strategy: [production\n')).join('\n')).toMatch(/^line \d+: YAML: /);
  });
});

describe('validate, up and render refuse the same CR the same way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spanstream-cli-'));
  const file = join(dir, 'conflict.yaml');
  writeFileSync(file, header('  strategy: production\n  storage:\n    type: memory\n'));

  it.each(['validate', 'up', 'render'])(
    '%s exits 1 naming spec.storage.type and starts nothing',
    async (command) => {
      let out = '';
      let err = '';
      const code = await runCli({
        command,
        file,
        format: undefined,
        help: false,
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
      });
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toContain(`spanstream ${command}: ${file} is refused:`);
      expect(err).toContain('spec.storage.type: memory conflicts with spec.strategy production');
    },
  );

  it('exits 2 on a usage error', async () => {
    let err = '';
    const code = await runCli({
      command: 'render',
      file,
      format: 'helm',
      help: false,
      stdout: () => undefined,
      stderr: (t) => (err += t),
    });
    expect(code).toBe(2);
    expect(err).toContain('--format must be k8s or compose');
  });
});
