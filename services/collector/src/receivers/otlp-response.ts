import protobuf from 'protobufjs';

/**
 * OTLP's two response messages, written with protobufjs' Writer (the messages are
 * two fields each; loading the whole collector proto for them would be waste):
 * ExportTraceServiceResponse{1: ExportTracePartialSuccess{1: int64 rejected_spans, 2: string error_message}}
 * and google.rpc.Status{1: int32 code, 2: string message}.
 */
export function encodeExportResponse(rejectedSpans: number, errorMessage: string): Uint8Array {
  const writer = protobuf.Writer.create();
  if (rejectedSpans === 0 && errorMessage === '') return writer.finish();
  writer.uint32((1 << 3) | 2).fork();
  if (rejectedSpans > 0) writer.uint32(1 << 3).int64(rejectedSpans);
  if (errorMessage !== '') writer.uint32((2 << 3) | 2).string(errorMessage);
  writer.ldelim();
  return writer.finish();
}

export function exportResponseJson(rejectedSpans: number, errorMessage: string): object {
  if (rejectedSpans === 0 && errorMessage === '') return {};
  // int64 is a string in OTLP/JSON.
  return { partialSuccess: { rejectedSpans: String(rejectedSpans), errorMessage } };
}

/** gRPC status codes used in google.rpc.Status bodies of OTLP/HTTP errors. */
export const RPC_INVALID_ARGUMENT = 3;
export const RPC_RESOURCE_EXHAUSTED = 8;
export const RPC_UNAVAILABLE = 14;

export function encodeRpcStatus(code: number, message: string): Uint8Array {
  const writer = protobuf.Writer.create();
  writer.uint32(1 << 3).int32(code);
  writer.uint32((2 << 3) | 2).string(message);
  return writer.finish();
}
