import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { sendError } from '../http/envelope.ts';
import type { QueryValues } from '../http/query-params.ts';
import type { LiveHub, LiveSubscription } from './live-hub.ts';
import { parseLiveFilter } from './span-filter.ts';
import { sseEvent } from './sse-client.ts';

const LIVE_DISABLED_MESSAGE =
  'live tail is disabled: it reads the Kafka span topic; start the query service (npm run query) with ' +
  '--query.live.enabled=true and --query.live.brokers (all-in-one has no Kafka)';

/**
 * `GET /api/stream/spans`: spans read from the topic, as Server-Sent Events. Events: `ready` (the
 * consumer reads from the end of the topic: every span accepted from now on follows), `span`
 * (Jaeger's JSON span with its process), `dropped` (`{"dropped": n}`, the total of events this
 * client missed because it read too slowly), `tail-error` (the stream could not start; it ends).
 * Without a hub (the live tail is disabled) answers 503 with Jaeger's error envelope.
 */
export function registerLiveTailRoutes(app: FastifyInstance, hub: LiveHub | undefined): void {
  if (hub !== undefined) {
    // Open streams would keep the server from closing: end them (and stop the consumer) first.
    app.addHook('preClose', () => hub.close());
  }
  // Not compressed: a gzip stream holds events back until its buffer fills.
  app.get('/api/stream/spans', { compress: false }, (request, reply) => {
    if (hub === undefined) return sendError(reply, 503, LIVE_DISABLED_MESSAGE);
    const filter = parseLiveFilter(request.query as QueryValues);
    if (!filter.ok) return sendError(reply, 400, filter.error);
    if (hub.full) return sendError(reply, 503, 'too many live tail clients (--query.live.max-clients)');
    const body = new PassThrough();
    let subscription: LiveSubscription | undefined;
    let closed = false;
    body.once('close', () => {
      closed = true;
      subscription?.leave();
    });
    body.write(': spanstream live tail\n\n');
    hub.join(filter.value, body).then(
      (joined) => {
        subscription = joined;
        if (closed) joined.leave();
        else joined.client.offer(sseEvent('ready', '{}'));
      },
      (error: unknown) => {
        const msg = error instanceof Error ? error.message : String(error);
        request.log.warn({ err: error }, 'live tail could not start');
        body.end(sseEvent('tail-error', JSON.stringify({ msg })));
      },
    );
    return reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache, no-transform')
      .header('x-accel-buffering', 'no')
      .send(body);
  });
}
