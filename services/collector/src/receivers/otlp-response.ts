// The protobuf responses (ExportTraceServiceResponse, google.rpc.Status) are the codec's.

export function exportResponseJson(rejectedSpans: number, errorMessage: string): object {
  if (rejectedSpans === 0 && errorMessage === '') return {};
  // int64 is a string in OTLP/JSON.
  return { partialSuccess: { rejectedSpans: String(rejectedSpans), errorMessage } };
}

/** gRPC status codes used in google.rpc.Status bodies of OTLP/HTTP errors. */
export const RPC_INVALID_ARGUMENT = 3;
export const RPC_RESOURCE_EXHAUSTED = 8;
export const RPC_UNAVAILABLE = 14;
