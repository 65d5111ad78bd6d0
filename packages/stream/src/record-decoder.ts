import {
  decodeMessage,
  unframeConfluent,
  type FramedEncoding,
  type IncomingMessage,
  type SchemaLookup,
  type SpanEncoding,
} from '@spanstream/kafka';
import type { SpanRecord } from './span-batch.ts';
import { SpanDecodeError } from './span-decode-error.ts';

export interface RecordFailure {
  readonly message: IncomingMessage;
  readonly error: SpanDecodeError;
}

export interface DecodedRecords {
  readonly records: SpanRecord[];
  readonly failures: RecordFailure[];
}

export type RecordDecoder = (messages: readonly IncomingMessage[]) => Promise<DecodedRecords>;

/**
 * The framed type per the registry: the encoding to decode as, a reason to refuse the record, or
 * undefined (not framed, no registry, or the registry cannot answer now: the bytes decide).
 */
async function framedType(
  value: Buffer | null,
  lookup: SchemaLookup | undefined,
): Promise<{ readonly as: FramedEncoding } | { readonly refused: string } | undefined> {
  if (!lookup || !value || value[0] !== 0) return undefined;
  const frame = unframeConfluent(value);
  if (!frame) return undefined;
  const identity = await lookup(frame.schemaId);
  if (!identity) return undefined;
  if (identity.kind === 'span') return { as: identity.encoding };
  return { refused: `schema ${frame.schemaId} frames ${identity.type}, not spans` };
}

/** Decodes the records of a batch with @spanstream/kafka's decoder (the ingester's); total, never throws for bad bytes. */
export function createRecordDecoder(hint: SpanEncoding, lookup?: SchemaLookup): RecordDecoder {
  return async (messages) => {
    const out: DecodedRecords = { records: [], failures: [] };
    for (const message of messages) {
      const framed = await framedType(message.value, lookup);
      if (framed && 'refused' in framed) {
        out.failures.push({ message, error: new SpanDecodeError('decode', framed.refused) });
        continue;
      }
      const outcome = decodeMessage(message, hint, framed?.as);
      if (!outcome.ok) {
        out.failures.push({ message, error: new SpanDecodeError('decode', outcome.reason) });
        continue;
      }
      out.records.push({
        offset: message.offset,
        key: message.key?.toString('utf8') ?? null,
        timestamp: message.timestamp,
        spans: outcome.spans,
      });
      if (outcome.rejected.length > 0) {
        const reason = outcome.rejected.map((r) => `span ${r.index}: ${r.reason}`).join('; ');
        out.failures.push({ message, error: new SpanDecodeError('rejected-spans', reason) });
      }
    }
    return out;
  };
}
