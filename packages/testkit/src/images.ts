/**
 * Container images for Docker users (testcontainers and compose.yaml), at the versions the stack script runs.
 * The compose test checks compose.yaml against this list.
 */
export const images = {
  /** The official Apache image, KRaft; used by compose.yaml. */
  kafka: 'apache/kafka:3.9.2',
  /** @testcontainers/kafka drives Confluent's image (CP 7.9 = Apache Kafka 3.9). */
  kafkaTestcontainers: 'confluentinc/cp-kafka:7.9.0',
  elasticsearch: 'docker.elastic.co/elasticsearch/elasticsearch:8.19.21',
  opensearch: 'opensearchproject/opensearch:2.19.1',
  cassandra: 'cassandra:5.0',
  /** Apicurio 2.x publishes its in-memory registry as `-mem` (3.x: one `apicurio-registry` image). */
  schemaRegistry: 'apicurio/apicurio-registry-mem:2.6.13.Final',
  redis: 'redis:7.0',
} as const;
