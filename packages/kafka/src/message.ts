import type { Span } from '@spanstream/model';

/** A Kafka record as the ingest pipeline sees it (transport-neutral, so tests need no broker). */
export interface IncomingMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, Buffer | string | undefined>>;
  /** Broker/producer timestamp, ms since epoch. */
  readonly timestamp: number;
}

export interface RejectedSpan {
  readonly index: number;
  readonly reason: string;
}

/** Decoding is total: bad bytes are a value (`ok: false`), never an exception. */
export type DecodeOutcome =
  | { readonly ok: true; readonly spans: readonly Span[]; readonly rejected: readonly RejectedSpan[] }
  | { readonly ok: false; readonly reason: string };
