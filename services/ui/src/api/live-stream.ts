import type { Process, RawSpan } from './types.ts';

/** A span of the live tail: Jaeger's JSON span with its process inline. */
export interface LiveSpan extends RawSpan {
  process?: Process;
}

export interface LiveStreamHandlers {
  /** The server reads from the end of the topic: spans accepted from now on follow. */
  onReady(): void;
  onSpan(span: LiveSpan): void;
  /** Total of events the server dropped for this client because it read too slowly. */
  onDropped(total: number): void;
  /** The stream could not start or ended: the message to show. */
  onError(message: string): void;
}

export interface SseEvent {
  readonly event: string;
  readonly data: string;
}

/**
 * Splits Server-Sent Events text into complete events; returns them and the unfinished rest.
 * Comment lines (`: ping`) are skipped.
 */
export function parseSseChunk(text: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  const blocks = text.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length > 0) events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

function dispatch(event: SseEvent, handlers: LiveStreamHandlers): void {
  const data = JSON.parse(event.data) as unknown;
  if (event.event === 'span') handlers.onSpan(data as LiveSpan);
  else if (event.event === 'ready') handlers.onReady();
  else if (event.event === 'dropped') handlers.onDropped((data as { dropped: number }).dropped);
  else if (event.event === 'tail-error') handlers.onError((data as { msg: string }).msg);
}

async function errorText(res: Response): Promise<string> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { errors?: { msg: string }[] };
    if (body.errors?.[0]) return body.errors.map((e) => e.msg).join('; ');
  } catch {
    // not JSON: show the text
  }
  return text.trim() || `${res.status} ${res.statusText}`;
}

/**
 * Reads `GET /api/stream/spans` with fetch rather than EventSource, so that a refusal (503 when the
 * live tail is disabled, 400 for a bad filter) shows the server's message. Resolves when the
 * stream ends; abort `signal` to close it.
 */
export async function readLiveStream(
  url: string,
  handlers: LiveStreamHandlers,
  signal: AbortSignal,
): Promise<void> {
  try {
    const res = await fetch(url, { signal, headers: { accept: 'text/event-stream' } });
    if (!res.ok || res.body === null) {
      handlers.onError(await errorText(res));
      return;
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let pending = '';
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const parsed = parseSseChunk(pending + decoder.decode(read.value, { stream: true }));
      pending = parsed.rest;
      for (const event of parsed.events) dispatch(event, handlers);
    }
    if (!signal.aborted) handlers.onError('the live tail stream ended');
  } catch (error) {
    if (!signal.aborted) handlers.onError(error instanceof Error ? error.message : String(error));
  }
}
