import type { StartedTestContainer } from 'testcontainers';
import { images } from './images.ts';
import { cassandraDataCenterEnv, envNames, type TestService } from './service-names.ts';

/** A started container and the environment that points the tests at it. */
export interface ContainerEndpoint {
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<unknown>;
}

const started = new Map<TestService, Promise<ContainerEndpoint>>();

function endpoint(container: StartedTestContainer, env: Record<string, string>): ContainerEndpoint {
  return { env, stop: () => container.stop() };
}

/** Starts one backing service with testcontainers. Modules load lazily: machines without Docker never import them. */
async function startContainer(service: TestService): Promise<ContainerEndpoint> {
  switch (service) {
    case 'kafka': {
      const { KafkaContainer } = await import('@testcontainers/kafka');
      const c = await new KafkaContainer(images.kafkaTestcontainers).withKraft().start();
      return endpoint(c, { [envNames.kafka]: `${c.getHost()}:${c.getMappedPort(9093)}` });
    }
    case 'elasticsearch': {
      const { ElasticsearchContainer } = await import('@testcontainers/elasticsearch');
      const c = await new ElasticsearchContainer(images.elasticsearch).start();
      const url = new URL(c.getHttpUrl());
      url.username = c.getUsername();
      url.password = c.getPassword();
      return endpoint(c, { [envNames.elasticsearch]: url.toString().replace(/\/$/, '') });
    }
    case 'opensearch': {
      const { OpenSearchContainer } = await import('@testcontainers/opensearch');
      const c = await new OpenSearchContainer(images.opensearch).withSecurityEnabled(false).start();
      return endpoint(c, { [envNames.opensearch]: c.getHttpUrl() });
    }
    case 'cassandra': {
      const { CassandraContainer } = await import('@testcontainers/cassandra');
      const c = await new CassandraContainer(images.cassandra).start();
      return endpoint(c, {
        [envNames.cassandra]: c.getContactPoint(),
        [cassandraDataCenterEnv]: c.getDatacenter(),
      });
    }
    case 'schema-registry': {
      const { GenericContainer, Wait } = await import('testcontainers');
      const c = await new GenericContainer(images.schemaRegistry)
        .withExposedPorts(8080)
        .withWaitStrategy(Wait.forHttp('/apis/ccompat/v7/subjects', 8080))
        .start();
      return endpoint(c, {
        [envNames['schema-registry']]: `http://${c.getHost()}:${c.getMappedPort(8080)}/apis/ccompat/v7`,
      });
    }
    case 'redis': {
      const { RedisContainer } = await import('@testcontainers/redis');
      const c = await new RedisContainer(images.redis).start();
      return endpoint(c, { [envNames.redis]: c.getConnectionUrl() });
    }
  }
}

/** Starts `service` once per process and copies its endpoint into process.env, where test workers inherit it. */
export async function containerFor(service: TestService): Promise<ContainerEndpoint> {
  let pending = started.get(service);
  if (pending === undefined) {
    pending = startContainer(service);
    started.set(service, pending);
  }
  const result = await pending;
  Object.assign(process.env, result.env);
  return result;
}

export async function stopContainers(): Promise<void> {
  const all = [...started.values()];
  started.clear();
  await Promise.all(all.map(async (pending) => (await pending).stop()));
}
