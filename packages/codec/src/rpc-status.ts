import { google, Long, opentelemetry } from '@spanstream/proto';

const { Status, RetryInfo } = google.rpc;
const { ExportTraceServiceResponse } = opentelemetry.proto.collector.trace.v1;

/**
 * A google.rpc.Status (the body of an OTLP/HTTP error, gRPC's `grpc-status-details-bin`), with a
 * google.rpc.RetryInfo detail when `retryAfterSeconds` is given (OTLP clients retry
 * RESOURCE_EXHAUSTED only when it is present).
 */
export function encodeRpcStatus(code: number, message: string, retryAfterSeconds?: number): Uint8Array {
  const status: google.rpc.IStatus = { code, message };
  if (retryAfterSeconds !== undefined) {
    const retryInfo = RetryInfo.encode({
      retryDelay: { seconds: Long.fromNumber(retryAfterSeconds) },
    }).finish();
    status.details = [{ type_url: 'type.googleapis.com/google.rpc.RetryInfo', value: retryInfo }];
  }
  return Status.encode(status).finish();
}

/**
 * OTLP's ExportTraceServiceResponse: empty on full success, else a partial success with the
 * rejected span count and the reason (proto3 defaults left out).
 */
export function encodeOtlpExportResponse(rejectedSpans: number, errorMessage: string): Uint8Array {
  if (rejectedSpans === 0 && errorMessage === '') return ExportTraceServiceResponse.encode({}).finish();
  const partialSuccess: opentelemetry.proto.collector.trace.v1.IExportTracePartialSuccess = {};
  if (rejectedSpans > 0) partialSuccess.rejectedSpans = Long.fromNumber(rejectedSpans);
  if (errorMessage !== '') partialSuccess.errorMessage = errorMessage;
  return ExportTraceServiceResponse.encode({ partialSuccess }).finish();
}
