import { isDeepStrictEqual } from 'node:util';
import { freeListeners, type Listeners } from './listeners.ts';
import { kafkaAdmin, type KafkaAdmin, type TopicUnderTest } from './kafka.ts';
import { storageUnderTest, type Backend, type StorageUnderTest } from './storage.ts';
import { sendTrace, storedSpans, type SentTrace } from './traces.ts';

/** What a test deployment needs besides its listeners. */
export interface DeploymentNeeds {
  /** A fresh index prefix or keyspace on the stack's server (created by the services). */
  readonly storage?: Backend;
  /** A fresh topic (created, with `partitions`), DLQ topic and consumer group on the stack's Kafka. */
  readonly kafka?: { readonly partitions: number };
}

/** The servers' side of a test deployment: listeners, storage and topic no other run uses. */
export interface DeploymentUnderTest {
  readonly listeners: Listeners;
  readonly storage?: StorageUnderTest;
  readonly topic?: TopicUnderTest;
  readonly kafka?: KafkaAdmin;
  /** Drops what the run created (indices, keyspace, topics). */
  cleanup(): Promise<void>;
}

/**
 * The one start helper of the end-to-end tests (`npm start` with flags, `spanstream up` with a CR):
 * reserves the listeners and the storage/topic names; the caller starts the processes with them.
 */
export async function deploymentUnderTest(needs: DeploymentNeeds = {}): Promise<DeploymentUnderTest> {
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const listeners = await freeListeners();
    const storage = needs.storage === undefined ? undefined : await storageUnderTest(needs.storage);
    if (storage !== undefined) cleanups.push(() => storage.cleanup());
    const kafka = needs.kafka === undefined ? undefined : await kafkaAdmin();
    if (kafka !== undefined) cleanups.push(() => kafka.close());
    const topic = needs.kafka === undefined ? undefined : await kafka?.createTopic(needs.kafka.partitions);
    return {
      listeners,
      ...(storage !== undefined && { storage }),
      ...(kafka !== undefined && { kafka }),
      ...(topic !== undefined && { topic }),
      cleanup: () => runAll(cleanups),
    };
  } catch (error) {
    await runAll(cleanups);
    throw error;
  }
}

async function runAll(cleanups: readonly (() => Promise<void>)[]): Promise<void> {
  const failures: unknown[] = [];
  for (const cleanup of [...cleanups].reverse()) {
    try {
      await cleanup();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'cleanup failed');
}

export interface RoundTripOptions {
  readonly otlpHttpPort: number;
  readonly queryPort: number;
  /** `--query.base-path` (`/jaeger`), when the query API is not at the root. */
  readonly basePath?: string;
  readonly timeoutMs?: number;
  /** Called on every poll: throw to fail at once (say, with the log of a process that exited). */
  readonly alive?: () => void;
}

/**
 * Sends a trace over OTLP/HTTP and waits until the query API returns every span of it as sent; on
 * timeout, throws with what the query returned last.
 */
export async function roundTrip(options: RoundTripOptions, service: string): Promise<SentTrace> {
  const sent = await sendTrace(options.otlpHttpPort, service);
  await waitForSpans(options, sent);
  return sent;
}

/** Polls the query API until the trace `sent` is there, span for span. */
export async function waitForSpans(options: Omit<RoundTripOptions, 'otlpHttpPort'>, sent: SentTrace) {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let last: unknown;
  for (;;) {
    options.alive?.();
    try {
      last = await storedSpans(options.queryPort, sent.traceId, options.basePath);
      if (isDeepStrictEqual(last, sent.spans)) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `trace ${sent.traceId} of ${sent.service} not served as sent by :${String(options.queryPort)}; last: ${JSON.stringify(last instanceof Error ? last.message : last)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
