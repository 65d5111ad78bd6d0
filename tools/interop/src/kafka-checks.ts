import {
  collectorReceiverFlags,
  kafkaAdmin,
  queryListenerFlags,
  startService,
  stopService,
  type KafkaAdmin,
  type ServiceProcess,
} from '@spanstream/e2e';
import { uniqueName } from '@spanstream/testkit';
import { createNamespace, type Namespace } from './backends.ts';
import { JAEGER_KAFKA_ENCODING, type OurKafkaEncoding } from './jaeger-config.ts';
import { startJaeger, type JaegerProcess } from './jaeger-process.ts';
import { compareSearches, expectedSearches } from './read-checks.ts';
import { sendOtlpJson, waitForCount } from './send.ts';
import type { SuiteContext } from './storage-checks.ts';
import { fail, failed, pass, type CheckResult } from './table.ts';

interface Running {
  readonly processes: ServiceProcess[];
  readonly jaegers: JaegerProcess[];
  readonly namespaces: Namespace[];
}

/**
 * One encoding, both ways, on Elasticsearch, against an all-Jaeger reference of the same encoding:
 *
 *   fixtures → Jaeger's OTLP → kafka exporter → topic B ─┬→ Jaeger's kafka receiver → store R (reference)
 *                                                         └→ our ingester → store O
 *   fixtures → our collector → topic A ─┬→ Jaeger's kafka receiver → store J
 *                                       └→ our ingester → store S (streaming)
 *
 * The two mixed legs pass when every span arrived and their storage answers every fixture search as R
 * does; our own streaming leg when it answers every search as the fixtures expect (as writing
 * directly, the production strategy, does on every backend), or, in Jaeger's own encodings that cannot
 * carry link attributes, as R does.
 */
export async function kafkaChecks(encoding: OurKafkaEncoding, ctx: SuiteContext): Promise<CheckResult[]> {
  const name = `kafka ${encoding}/${JAEGER_KAFKA_ENCODING[encoding]}`;
  const running: Running = { processes: [], jaegers: [], namespaces: [] };
  let admin: KafkaAdmin | undefined;
  const total = ctx.fixtures.traces.reduce((n, t) => n + t.spans.length, 0);
  try {
    admin = await kafkaAdmin();
    const ours = await admin.createTopic(1);
    const theirs = await admin.createTopic(1);
    const brokers = ours.brokers.split(',');
    const [storeJ, storeR, storeO, storeS] = await Promise.all(
      ['kafka-j', 'kafka-ref', 'kafka-o', 'kafka-s'].map((role) => createNamespace('elasticsearch', role)),
    );
    running.namespaces.push(storeJ!, storeR!, storeO!, storeS!);
    const jaeger = await startJaeger(ctx.jaegerBinary, {
      storage: storeJ!.jaeger,
      kafkaReceiver: { brokers, topic: ours.topic, encoding, groupId: ours.groupId },
      kafkaExporter: { brokers, topic: theirs.topic, encoding },
    });
    running.jaegers.push(jaeger);
    const reference = await startJaeger(ctx.jaegerBinary, {
      storage: storeR!.jaeger,
      kafkaReceiver: { brokers, topic: theirs.topic, encoding, groupId: uniqueName('interop-ref') },
    });
    running.jaegers.push(reference);
    const refQuery = { name: 'Jaeger→Jaeger', url: reference.queryUrl };
    ctx.log(`${name}: our collector → ${ours.topic} → Jaeger; Jaeger → ${theirs.topic} → ours and Jaeger`);

    // Our ingester first (it may refuse the encoding); the topic is read from the start either way.
    const ingester = await start(running, 'ingester', [
      ...theirs.consumerArgs,
      `--kafka.consumer.encoding=${encoding}`,
      ...storeO!.ourArgs,
    ]);
    await sendOtlpJson(jaeger.otlpUrl, ctx.fixtures.traces);
    const refCount = await waitForCount(() => storeR!.countSpans(), total, 60_000);
    if (refCount !== total) throw new Error(`the Jaeger→Jaeger reference stored ${refCount}/${total} spans`);

    const streaming = await start(running, 'ingester', [
      ...ours.consumerArgs.filter((arg) => !arg.startsWith('--kafka.consumer.group-id=')),
      `--kafka.consumer.group-id=${uniqueName('interop-streaming')}`,
      `--kafka.consumer.encoding=${encoding}`,
      ...storeS!.ourArgs,
    ]);
    const toJaeger = await leg(`${name}: our collector → Jaeger's kafka receiver`, async () => {
      const receivers = await collectorReceiverFlags();
      const collector = await start(
        running,
        'collector',
        [...receivers.args, ...ours.producerArgs, `--kafka.producer.encoding=${encoding}`],
        { SPAN_STORAGE_TYPE: 'kafka' },
      );
      if (collector instanceof Error) throw collector;
      await sendOtlpJson(`http://127.0.0.1:${receivers.otlpHttpPort}/v1/traces`, ctx.fixtures.traces);
      return compared('Jaeger', storeJ!, { name: 'Jaeger', url: jaeger.queryUrl }, refQuery, total, ctx);
    });
    const toOurs = await leg(`${name}: Jaeger's kafka exporter → our ingester`, async () => {
      if (ingester instanceof Error) throw ingester;
      const listeners = await queryListenerFlags();
      const query = await start(running, 'query', [...listeners.args, ...storeO!.ourArgs]);
      if (query instanceof Error) throw query;
      const ourQuery = { name: 'ours', url: `http://127.0.0.1:${listeners.httpPort}` };
      const result = await compared('our ingester', storeO!, ourQuery, refQuery, total, ctx);
      if (result.ok) return result;
      const dlq = await admin!.endOffsetSum(theirs.dlqTopic).catch(() => Number.NaN);
      return fail('', `${result.detail}; ${dlq} records dead-lettered`);
    });
    const oursOnly = await leg(`${name}: our collector → our ingester`, async () => {
      if (streaming instanceof Error) throw streaming;
      const listeners = await queryListenerFlags();
      const query = await start(running, 'query', [...listeners.args, ...storeS!.ourArgs]);
      if (query instanceof Error) throw query;
      const count = await waitForCount(() => storeS!.countSpans(), total, 60_000);
      const ourQuery = { name: 'ours', url: `http://127.0.0.1:${listeners.httpPort}` };
      const searches = await expectedSearches(ourQuery, ctx.fixtures);
      // Jaeger's span model has no link attributes: in its own encodings (protobuf, json) a pipeline
      // loses them, Jaeger's as well as ours. Answering as the all-Jaeger pipeline of this encoding does
      // is then what interoperating means; the fixture shortfall stays in the detail.
      const parity = searches.ok ? searches : await compareSearches(ourQuery, refQuery, ctx.fixtures);
      const detail =
        `our ingester stored ${count}/${total} spans; ${searches.detail}` +
        (searches.ok ? '' : `; ${parity.detail}`);
      return count === total && parity.ok ? pass('', detail) : fail('', detail);
    });
    return [toJaeger, toOurs, oursOnly];
  } catch (error) {
    ctx.log(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    return [failed(`${name}: setup`, error)];
  } finally {
    for (const process of running.processes.reverse()) await stopService(process);
    for (const jaeger of running.jaegers) await jaeger.stop();
    await admin?.close();
    if (!ctx.keep) for (const ns of running.namespaces) await ns.cleanup().catch(() => undefined);
  }
}

/** Starts one of our services; a service that refuses to start (e.g. an unknown encoding) is a value. */
async function start(
  running: Running,
  service: 'collector' | 'ingester' | 'query',
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<ServiceProcess | Error> {
  try {
    const process = await startService(service, args, env);
    running.processes.push(process);
    return process;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

async function leg(check: string, run: () => Promise<CheckResult>): Promise<CheckResult> {
  return run().then(
    (result) => ({ ...result, check }),
    (error: unknown) => failed(check, error),
  );
}

async function compared(
  who: string,
  store: Namespace,
  reader: { name: string; url: string },
  reference: { name: string; url: string },
  total: number,
  ctx: SuiteContext,
): Promise<CheckResult> {
  const count = await waitForCount(() => store.countSpans(), total, 60_000);
  const searches = await compareSearches(reader, reference, ctx.fixtures);
  const detail = `${who} stored ${count}/${total} spans; ${searches.detail}`;
  return count === total && searches.ok ? pass('', detail) : fail('', detail);
}
