import type { Span } from '@spanstream/model';
import type { Logger, Registry } from '@spanstream/runtime';
import { Counter, Gauge } from 'prom-client';
import { toUiTrace } from '../encoding.ts';
import { createKafkaSpanSource } from './kafka-span-source.ts';
import type { LiveTailOptions } from './live-config.ts';
import type { LiveHub, LiveHubMetrics, SpanSource } from './live-hub.ts';
import { createLiveHub } from './live-hub.ts';

export interface LiveTailDeps {
  readonly logger: Logger;
  readonly registry: Registry;
  /** Where spans come from; the topic named in the options by default. */
  readonly source?: SpanSource;
}

/** The live tail of `options.topic`: a hub the `/api/stream/spans` route hands its clients to. */
export function createLiveTail(options: LiveTailOptions, deps: LiveTailDeps): LiveHub {
  const logger = deps.logger.child({ component: 'live-tail' });
  const undecodable = new Counter({
    name: 'spanstream_query_live_undecodable_records_total',
    help: 'Records of the span topic the live tail could not decode (skipped)',
    registers: [deps.registry],
  });
  const source =
    deps.source ??
    createKafkaSpanSource(options, {
      logger,
      onUndecodable: () => {
        undecodable.inc();
      },
    });
  return createLiveHub(source, {
    bufferSize: options.bufferSize,
    maxClients: options.maxClients,
    heartbeatMs: options.heartbeatMs,
    encode: toLiveSpanJson,
    metrics: liveMetrics(deps.registry),
  });
}

/** A span as Jaeger's JSON span (`/api/traces`' shape) with its process inline, as Jaeger's model allows. */
function toLiveSpanJson(span: Span): string {
  const trace = toUiTrace({ spans: [span], warnings: [] });
  const ui = trace.spans[0]!;
  return JSON.stringify({ ...ui, process: trace.processes[ui.processID] });
}

function liveMetrics(registry: Registry): LiveHubMetrics {
  const clients = new Gauge({
    name: 'spanstream_query_live_clients',
    help: 'Open live tail streams',
    registers: [registry],
  });
  const sent = new Counter({
    name: 'spanstream_query_live_events_total',
    help: 'Span events offered to live tail clients (written, queued or dropped)',
    registers: [registry],
  });
  const dropped = new Counter({
    name: 'spanstream_query_live_dropped_events_total',
    help: 'Span events dropped because a live tail client read too slowly (its queue was full)',
    registers: [registry],
  });
  return {
    clientsChanged: (count) => {
      clients.set(count);
    },
    eventSent: () => {
      sent.inc();
    },
    eventDropped: () => {
      dropped.inc();
    },
  };
}
