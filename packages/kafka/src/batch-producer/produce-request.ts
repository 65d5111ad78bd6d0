import {
  createAPI,
  produceV3,
  produceV4,
  produceV5,
  produceV6,
  produceV7,
  produceV8,
  produceV9,
  produceV10,
  produceV11,
  ProduceAcks,
  Writer,
  type API,
} from '@platformatic/kafka';

/** The fields of a Produce response this producer reads (the same in every version). */
export type ProduceResponse = produceV11.ProduceResponse;

/** One partition's encoded record batch. */
export interface PartitionBatch {
  readonly partition: number;
  readonly batch: Buffer;
}

export type ProduceArguments = [
  acks: number,
  timeout: number,
  topic: string,
  batches: readonly PartitionBatch[],
];
/** A Produce call: the broker's answer, or `true`/`false` (written to the socket or not) with acks=0. */
export type ProduceApi = API<ProduceArguments, ProduceResponse | boolean>;

const PARSERS: Record<number, (typeof produceV3)['parseResponse']> = {
  3: produceV3.parseResponse,
  4: produceV4.parseResponse,
  5: produceV5.parseResponse,
  6: produceV6.parseResponse,
  7: produceV7.parseResponse,
  8: produceV8.parseResponse,
  9: produceV9.parseResponse,
  10: produceV10.parseResponse,
  11: produceV11.parseResponse,
};

/** The first flexible version (compact strings and arrays, tagged fields: KIP-482). */
const FLEXIBLE = 9;

/**
 * A Produce request of already-encoded record batches, one per partition of one topic: the batches are
 * appended as they are (no copy until the connection writes the request).
 */
function requestCreator(version: number) {
  const flexible = version >= FLEXIBLE;
  const length = (writer: Writer, count: number): Writer =>
    flexible ? writer.appendUnsignedVarInt(count + 1) : writer.appendInt32(count);
  return (acks: number, timeout: number, topic: string, batches: readonly PartitionBatch[]): Writer => {
    const writer = Writer.create().appendString(null, flexible).appendInt16(acks).appendInt32(timeout);
    length(writer, 1).appendString(topic, flexible);
    length(writer, batches.length);
    for (const { partition, batch } of batches) {
      length(writer.appendInt32(partition), batch.length).append(batch);
      if (flexible) writer.appendTaggedFields();
    }
    if (flexible) writer.appendTaggedFields().appendTaggedFields();
    if (acks === ProduceAcks.NO_RESPONSE) writer.context.noResponse = true;
    return writer;
  };
}

const apis = new Map<number, ProduceApi>();

/** The Produce API of `version` (one the broker and @platformatic/kafka's response parsers both know). */
export function produceApi(version: number): ProduceApi {
  let api = apis.get(version);
  if (api === undefined) {
    const parse = PARSERS[version];
    if (parse === undefined) throw new Error(`Produce v${version} is not supported`);
    const flexible = version >= FLEXIBLE;
    api = createAPI<ProduceArguments, ProduceResponse | boolean>(
      0,
      version,
      requestCreator(version),
      parse,
      flexible,
      flexible,
    );
    apis.set(version, api);
  }
  return api;
}
