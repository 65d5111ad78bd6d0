import type { Span } from '@spanstream/model';
import { opentelemetry } from '@spanstream/proto';
import type { DecodeResult, Rejection } from '../result.ts';
import { CodecError, describeError } from '../result.ts';
import { resourceToProcess, scopeToTags, spanToModel } from './to-model.ts';

type IResource = opentelemetry.proto.resource.v1.IResource;
type IScope = opentelemetry.proto.common.v1.IInstrumentationScope;
type ISpan = opentelemetry.proto.trace.v1.ISpan;

/** ResourceSpans whose spans may already be rejected (a reason string) by a format-specific reader. */
export interface ResourceSpansInput {
  readonly resource?: IResource | null;
  readonly schemaUrl?: string | null;
  readonly scopeSpans?: readonly ScopeSpansInput[] | null;
}

export interface ScopeSpansInput {
  readonly scope?: IScope | null;
  readonly schemaUrl?: string | null;
  readonly spans?: readonly (ISpan | string)[] | null;
}

export function resourceSpansToModel(resourceSpans: readonly ResourceSpansInput[]): DecodeResult {
  const spans: Span[] = [];
  const rejected: Rejection[] = [];
  let index = 0;
  for (const rs of resourceSpans) {
    const process = resourceToProcess(rs.resource, rs.schemaUrl ?? '');
    for (const ss of rs.scopeSpans ?? []) {
      const scope = scopeToTags(ss.scope, ss.schemaUrl ?? '');
      for (const input of ss.spans ?? []) {
        const span = typeof input === 'string' ? input : spanToModel(input, process, scope);
        if (typeof span === 'string') rejected.push({ index, reason: span });
        else spans.push(span);
        index++;
      }
    }
  }
  return { spans, rejected };
}

/**
 * OTLP protobuf `ExportTraceServiceRequest` (the same bytes as `TracesData`) to the model.
 * Throws CodecError when the bytes are not a valid message.
 */
export function decodeOtlpTraces(bytes: Uint8Array): DecodeResult {
  let request: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
  try {
    request = opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.decode(bytes);
  } catch (error) {
    throw new CodecError(`malformed OTLP protobuf: ${describeError(error)}`, { cause: error });
  }
  return resourceSpansToModel(request.resourceSpans);
}
