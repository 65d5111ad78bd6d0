import type { Span } from '@spanstream/model';
import type { LiveFilter } from './span-filter.ts';
import { matchesLiveFilter } from './span-filter.ts';
import type { EventSink } from './sse-client.ts';
import { SseClient } from './sse-client.ts';

/** Spans as they arrive; started when the first client joins, stopped when the last leaves. */
export interface SpanSource {
  /** Resolves once every span accepted from now on will reach `onSpans`. */
  start(onSpans: (spans: readonly Span[]) => void): Promise<void>;
  stop(): Promise<void>;
}

export interface LiveHubMetrics {
  clientsChanged(count: number): void;
  eventSent(): void;
  eventDropped(): void;
}

export interface LiveHubOptions {
  readonly bufferSize: number;
  readonly maxClients: number;
  /** How often idle streams get an SSE comment (ms). */
  readonly heartbeatMs: number;
  /** A span as the `data` of one `span` event (called once per span, shared by every client). */
  readonly encode: (span: Span) => string;
  readonly metrics: LiveHubMetrics;
}

export interface LiveSubscription {
  readonly client: SseClient;
  leave(): void;
}

/** Fans spans out to live tail clients, each with its filter and bounded queue. */
export interface LiveHub {
  readonly full: boolean;
  /**
   * Rejects when the source cannot start (e.g. Kafka unreachable); the client is not kept then and
   * `sink` is left open for the caller to report the error.
   */
  join(filter: LiveFilter, sink: EventSink): Promise<LiveSubscription>;
  /** Ends every client's stream and stops the source (a later join starts it again). */
  close(): Promise<void>;
}

export function createLiveHub(source: SpanSource, options: LiveHubOptions): LiveHub {
  const clients = new Map<SseClient, LiveFilter>();
  let running = false;
  let heartbeat: NodeJS.Timeout | undefined;
  // Start and stop run one after another; each step re-reads whether a source is wanted.
  let transition: Promise<void> = Promise.resolve();
  const reconcile = (): Promise<void> => {
    const step = transition.then(async () => {
      if (clients.size > 0 && !running) {
        await source.start(publish);
        running = true;
        heartbeat = setInterval(() => {
          for (const client of clients.keys()) client.heartbeat();
        }, options.heartbeatMs);
        heartbeat.unref();
      } else if (clients.size === 0 && running) {
        running = false;
        clearInterval(heartbeat);
        await source.stop();
      }
    });
    transition = step.catch(() => undefined);
    return step;
  };

  function publish(spans: readonly Span[]): void {
    for (const span of spans) {
      let event: Buffer | undefined;
      for (const [client, filter] of clients) {
        if (!matchesLiveFilter(filter, span)) continue;
        event ??= Buffer.from(`event: span\ndata: ${options.encode(span)}\n\n`);
        client.offer(event);
        options.metrics.eventSent();
      }
    }
  }

  const leave = (client: SseClient): void => {
    if (!clients.delete(client)) return;
    client.close();
    options.metrics.clientsChanged(clients.size);
    void reconcile();
  };

  return {
    get full() {
      return clients.size >= options.maxClients;
    },
    async join(filter, sink) {
      const client = new SseClient(sink, options.bufferSize, () => {
        options.metrics.eventDropped();
      });
      clients.set(client, filter);
      options.metrics.clientsChanged(clients.size);
      try {
        await reconcile();
      } catch (error) {
        // The caller still owns the sink: it tells its client why, then ends the stream.
        clients.delete(client);
        options.metrics.clientsChanged(clients.size);
        throw error;
      }
      return {
        client,
        leave: () => {
          leave(client);
        },
      };
    },
    async close() {
      for (const client of [...clients.keys()]) leave(client);
      await reconcile();
    },
  };
}
