export const testServiceNames = [
  'kafka',
  'elasticsearch',
  'opensearch',
  'cassandra',
  'schema-registry',
  'redis',
] as const;
export type TestService = (typeof testServiceNames)[number];

/** The environment variable that points the tests at an existing server, per service. */
export const envNames: Readonly<Record<TestService, string>> = {
  kafka: 'SPANSTREAM_TEST_KAFKA_BROKERS',
  elasticsearch: 'SPANSTREAM_TEST_ES_URL',
  opensearch: 'SPANSTREAM_TEST_OPENSEARCH_URL',
  cassandra: 'SPANSTREAM_TEST_CASSANDRA_CONTACT_POINTS',
  'schema-registry': 'SPANSTREAM_TEST_SCHEMA_REGISTRY_URL',
  redis: 'SPANSTREAM_TEST_REDIS_URL',
};

export const cassandraDataCenterEnv = 'SPANSTREAM_TEST_CASSANDRA_DATACENTER';

export function parseTestServices(list: string): TestService[] {
  const words = list.split(/[\s,]+/).filter((w) => w !== '');
  if (words.length === 0 || words.includes('all')) return [...testServiceNames];
  return words.map((word) => {
    if (!(testServiceNames as readonly string[]).includes(word)) {
      throw new Error(`unknown backing service "${word}"; known: ${testServiceNames.join(', ')}`);
    }
    return word as TestService;
  });
}
