/**
 * Jaeger's production strategy as real processes: `npm run collector` writing straight into
 * Elasticsearch, OpenSearch or Cassandra, and `npm run query` reading the same storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueName } from '@spanstream/testkit';
import {
  collectorReceiverFlags,
  flagsAsEnv,
  queryListenerFlags,
  startService,
  stopService,
  type ServiceProcess,
} from './src/processes.ts';
import { storageUnderTest, type Backend, type StorageUnderTest } from './src/storage.ts';
import { sendTrace, services, storedSpans } from './src/traces.ts';

const POLL = { timeout: 60_000, interval: 500 };

describe.each<Backend>(['elasticsearch', 'opensearch', 'cassandra'])(
  'production strategy: collector → %s ← query',
  (backend) => {
    let storage: StorageUnderTest | undefined;
    let collector: ServiceProcess | undefined;
    let query: ServiceProcess | undefined;
    let otlpHttpPort = 0;
    let queryPort = 0;

    beforeAll(async () => {
      storage = await storageUnderTest(backend);
      const receivers = await collectorReceiverFlags();
      otlpHttpPort = receivers.otlpHttpPort;
      // The collector creates the schema (keyspace/templates) before it reports ready; the query
      // starts after it so that it finds them.
      // The collector configured through the environment (SPAN_STORAGE_TYPE, ES_SERVER_URLS,
      // CASSANDRA_KEYSPACE, ...), the query through flags: both forms reach the same storage.
      collector = await startService('collector', receivers.args, flagsAsEnv(storage.args));
      const listeners = await queryListenerFlags();
      queryPort = listeners.httpPort;
      query = await startService('query', [...listeners.args, ...storage.args]);
    });

    afterAll(async () => {
      const codes = { collector: await stopService(collector), query: await stopService(query) };
      await storage?.cleanup();
      // Graceful shutdown is a requirement: SIGTERM drains and exits 0.
      expect(codes, `${collector?.output() ?? ''}\n${query?.output() ?? ''}`).toEqual({
        collector: 0,
        query: 0,
      });
    });

    it('an OTLP/HTTP protobuf trace from the OpenTelemetry SDK is queryable with tags, references and process', async () => {
      const sent = await sendTrace(otlpHttpPort, uniqueName('checkout'), 5);
      await expect.poll(() => storedSpans(queryPort, sent.traceId), POLL).toEqual(sent.spans);
      await expect.poll(() => services(queryPort), POLL).toContain(sent.service);
    });

    it('a collector stopped right after accepting a trace writes it before it exits', async () => {
      const receivers = await collectorReceiverFlags();
      const second = await startService('collector', [...receivers.args, ...storage!.args]);
      const sent = await sendTrace(receivers.otlpHttpPort, uniqueName('shutdown'), 3);
      // Accepted (2xx) means not lost: SIGTERM drains the queue and flushes the storage writer.
      expect(await stopService(second), second.output()).toBe(0);
      await expect.poll(() => storedSpans(queryPort, sent.traceId), POLL).toEqual(sent.spans);
    });

    it('traces of several requests are each stored once', async () => {
      const service = uniqueName('cart');
      const sent = [];
      for (let i = 0; i < 3; i++) sent.push(await sendTrace(otlpHttpPort, service, 3));
      for (const trace of sent) {
        await expect.poll(() => storedSpans(queryPort, trace.traceId), POLL).toEqual(trace.spans);
      }
    });
  },
);
