import type { ReceiverDecoders } from './decoders.ts';

/** The decoder families, each its own module so a collector loads only the codecs its receivers use. */
export type DecoderFamily = 'otlp' | 'jaegerProto' | 'jaegerThrift' | 'zipkin';

type Decoder = ReceiverDecoders[keyof ReceiverDecoders];

const loaders: Record<DecoderFamily, () => Promise<Partial<ReceiverDecoders>>> = {
  otlp: async () => (await import('./codec-decoders-otlp.ts')).otlpDecoders,
  jaegerProto: async () => (await import('./codec-decoders-jaeger-proto.ts')).jaegerProtoDecoders,
  jaegerThrift: async () => (await import('./codec-decoders-jaeger-thrift.ts')).jaegerThriftDecoders,
  zipkin: async () => (await import('./codec-decoders-zipkin.ts')).zipkinDecoders,
};

const notLoaded =
  (name: string): Decoder =>
  () => {
    throw new Error(`the ${name} decoder was not loaded (no enabled receiver needs it)`);
  };

/**
 * The real decoders, from @spanstream/codec, of the given families only: the Jaeger Thrift and
 * Zipkin codecs (and the `thrift` library) stay unloaded in a collector without those receivers,
 * which is RSS (ADR 0110). Each payload is decoded once, straight into model spans.
 */
export async function loadCodecDecoders(families: Iterable<DecoderFamily>): Promise<ReceiverDecoders> {
  const loaded = await Promise.all([...new Set(families)].map((family) => loaders[family]()));
  const decoders: ReceiverDecoders = {
    otlpProto: notLoaded('otlpProto'),
    otlpJson: notLoaded('otlpJson'),
    jaegerProto: notLoaded('jaegerProto'),
    jaegerThrift: notLoaded('jaegerThrift'),
    zipkinJsonV2: notLoaded('zipkinJsonV2'),
    zipkinProto: notLoaded('zipkinProto'),
    zipkinJsonV1: notLoaded('zipkinJsonV1'),
  };
  return Object.assign(decoders, ...loaded) as ReceiverDecoders;
}
