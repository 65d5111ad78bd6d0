import { google, opentelemetry } from '@spanstream/proto';
import { describe, expect, it } from 'vitest';
import { encodeOtlpExportResponse, encodeRpcStatus } from './rpc-status.ts';

describe('OTLP response messages', () => {
  it('google.rpc.Status, with a RetryInfo detail when a delay is given', () => {
    expect(google.rpc.Status.decode(encodeRpcStatus(3, 'bad')).toJSON()).toEqual({ code: 3, message: 'bad' });
    const status = google.rpc.Status.decode(encodeRpcStatus(8, 'queue full', 5));
    expect(status.details[0]!.type_url).toBe('type.googleapis.com/google.rpc.RetryInfo');
    const retry = google.rpc.RetryInfo.decode(status.details[0]!.value!);
    expect(retry.retryDelay?.seconds?.toString()).toBe('5');
  });

  it('ExportTraceServiceResponse: empty on success, else the partial success without defaults', () => {
    const { ExportTraceServiceResponse } = opentelemetry.proto.collector.trace.v1;
    expect(encodeOtlpExportResponse(0, '')).toHaveLength(0);
    expect(ExportTraceServiceResponse.decode(encodeOtlpExportResponse(2, 'why')).toJSON()).toEqual({
      partialSuccess: { rejectedSpans: '2', errorMessage: 'why' },
    });
    expect(ExportTraceServiceResponse.decode(encodeOtlpExportResponse(0, 'warn')).toJSON()).toEqual({
      partialSuccess: { errorMessage: 'warn' },
    });
  });
});
