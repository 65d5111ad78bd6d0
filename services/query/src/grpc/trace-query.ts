import { status } from '@grpc/grpc-js';
import type { google } from '@spanstream/proto';
import type { TraceQuery } from '@spanstream/storage-api';
import { DEFAULT_SEARCH_LIMIT } from '../http/trace-search-params.ts';
import { GrpcStatusError } from './handler.ts';
import { durationToMicros } from '@spanstream/codec';
import { optionalTimestamp } from './optional-time.ts';

/** The fields api_v2's and api_v3's TraceQueryParameters share (their tags field differs in name). */
export interface GrpcTraceQuery {
  serviceName?: string | null;
  operationName?: string | null;
  startTimeMin?: google.protobuf.ITimestamp | null;
  startTimeMax?: google.protobuf.ITimestamp | null;
  durationMin?: google.protobuf.IDuration | null;
  durationMax?: google.protobuf.IDuration | null;
  searchDepth?: number | null;
}

/** A gRPC trace search as a storage query; INVALID_ARGUMENT when it is missing or has no time range. */
export function toTraceQuery(
  query: GrpcTraceQuery | null | undefined,
  tags: Readonly<Record<string, string>> | null | undefined,
): TraceQuery {
  if (query === null || query === undefined)
    throw new GrpcStatusError(status.INVALID_ARGUMENT, 'missing query');
  const startTimeMin = optionalTimestamp(query.startTimeMin);
  const startTimeMax = optionalTimestamp(query.startTimeMax);
  if (startTimeMin === undefined || startTimeMax === undefined) {
    throw new GrpcStatusError(status.INVALID_ARGUMENT, 'start_time_min and start_time_max are required');
  }
  const durationMin = durationToMicros(query.durationMin);
  const durationMax = durationToMicros(query.durationMax);
  return {
    serviceName: query.serviceName ?? '',
    ...(query.operationName ? { operationName: query.operationName } : {}),
    tags: { ...tags },
    startTimeMin,
    startTimeMax,
    ...(durationMin === 0 ? {} : { durationMin }),
    ...(durationMax === 0 ? {} : { durationMax }),
    numTraces: (query.searchDepth ?? 0) > 0 ? query.searchDepth! : DEFAULT_SEARCH_LIMIT,
  };
}
