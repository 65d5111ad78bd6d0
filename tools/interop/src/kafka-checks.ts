import {
  collectorReceiverFlags,
  kafkaAdmin,
  startService,
  stopService,
  type KafkaAdmin,
  type ServiceProcess,
  type TopicUnderTest,
} from '@spanstream/e2e';
import { createNamespace, type Namespace } from './backends.ts';
import { JAEGER_KAFKA_ENCODING, type OurKafkaEncoding } from './jaeger-config.ts';
import { startJaeger, type JaegerProcess } from './jaeger-process.ts';
import { sendOtlpJson, waitForCount } from './send.ts';
import type { SuiteContext } from './storage-checks.ts';
import { fail, failed, pass, type CheckResult } from './table.ts';

interface Running {
  jaeger?: JaegerProcess;
  collector?: ServiceProcess;
  ingester?: ServiceProcess;
  readonly namespaces: Namespace[];
}

/**
 * One encoding, both ways, on Elasticsearch: our collector → topic → Jaeger's kafka receiver → storage,
 * and Jaeger's kafka exporter → topic → our ingester → storage; every fixture span must arrive.
 */
export async function kafkaChecks(encoding: OurKafkaEncoding, ctx: SuiteContext): Promise<CheckResult[]> {
  const jaegerName = JAEGER_KAFKA_ENCODING[encoding];
  const toJaeger = `kafka ${encoding}/${jaegerName}: our collector → Jaeger's kafka receiver`;
  const toOurs = `kafka ${encoding}/${jaegerName}: Jaeger's kafka exporter → our ingester`;
  const running: Running = { namespaces: [] };
  let admin: KafkaAdmin | undefined;
  try {
    admin = await kafkaAdmin();
    const ours = await admin.createTopic(1);
    const theirs = await admin.createTopic(1);
    const jaegerStore = await namespace(running, 'kafka-jaeger');
    const ourStore = await namespace(running, 'kafka-ours');
    const brokers = ours.brokers.split(',');
    running.jaeger = await startJaeger(ctx.jaegerBinary, {
      storage: jaegerStore.jaeger,
      kafkaReceiver: { brokers, topic: ours.topic, encoding, groupId: ours.groupId },
      kafkaExporter: { brokers, topic: theirs.topic, encoding },
    });
    ctx.log(`kafka ${encoding}: Jaeger on ${ours.topic} → ${jaegerStore.name}, OTLP → ${theirs.topic}`);
    return [
      await ourCollectorToJaeger(toJaeger, { ctx, running, topic: ours, encoding, store: jaegerStore }),
      await jaegerToOurIngester(toOurs, { ctx, running, topic: theirs, encoding, store: ourStore, admin }),
    ];
  } catch (error) {
    ctx.log(`kafka ${encoding}: ${error instanceof Error ? error.message : String(error)}`);
    return [failed(`kafka ${encoding}/${jaegerName}: setup`, error)];
  } finally {
    await stopService(running.collector);
    await stopService(running.ingester);
    await running.jaeger?.stop();
    await admin?.close();
    if (!ctx.keep) for (const ns of running.namespaces) await ns.cleanup().catch(() => undefined);
  }
}

async function namespace(running: Running, role: string): Promise<Namespace> {
  const ns = await createNamespace('elasticsearch', role);
  running.namespaces.push(ns);
  return ns;
}

interface Leg {
  readonly ctx: SuiteContext;
  readonly running: Running;
  readonly topic: TopicUnderTest;
  readonly encoding: OurKafkaEncoding;
  readonly store: Namespace;
}

const totalSpans = (ctx: SuiteContext) => ctx.fixtures.traces.reduce((n, t) => n + t.spans.length, 0);

async function ourCollectorToJaeger(check: string, leg: Leg): Promise<CheckResult> {
  try {
    const receivers = await collectorReceiverFlags();
    leg.running.collector = await startService(
      'collector',
      [...receivers.args, ...leg.topic.producerArgs, `--kafka.producer.encoding=${leg.encoding}`],
      { SPAN_STORAGE_TYPE: 'kafka' },
    );
    await sendOtlpJson(`http://127.0.0.1:${receivers.otlpHttpPort}/v1/traces`, leg.ctx.fixtures.traces);
    return await counted(check, leg, 'Jaeger stored');
  } catch (error) {
    return failed(check, error);
  }
}

async function jaegerToOurIngester(
  check: string,
  leg: Leg & { readonly admin: KafkaAdmin },
): Promise<CheckResult> {
  try {
    leg.running.ingester = await startService('ingester', [
      ...leg.topic.consumerArgs,
      `--kafka.consumer.encoding=${leg.encoding}`,
      ...leg.store.ourArgs,
    ]);
    await sendOtlpJson(leg.running.jaeger!.otlpUrl, leg.ctx.fixtures.traces);
    const result = await counted(check, leg, 'our ingester stored');
    if (result.ok) return result;
    const dlq = await leg.admin.endOffsetSum(leg.topic.dlqTopic).catch(() => NaN);
    return fail(check, `${result.detail}; ${dlq} records dead-lettered`);
  } catch (error) {
    return failed(check, error);
  }
}

async function counted(check: string, leg: Leg, who: string): Promise<CheckResult> {
  const total = totalSpans(leg.ctx);
  const stored = await waitForCount(() => leg.store.countSpans(), total, 60_000);
  const detail = `${who} ${stored}/${total} spans`;
  return stored === total ? pass(check, detail) : fail(check, detail);
}
