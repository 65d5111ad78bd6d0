/**
 * jaeger.api_v2 `Span` (jaeger-idl proto/api_v2/model.proto) as registered with a schema registry,
 * with the gogoproto options removed (registries cannot resolve gogo.proto) — the wire format is
 * unchanged by that. `Span` comes first, so its Confluent message-index path is [0].
 */
export const JAEGER_SPAN_PROTO = `syntax = "proto3";

package jaeger.api_v2;

import "google/protobuf/timestamp.proto";
import "google/protobuf/duration.proto";

message Span {
  bytes trace_id = 1;
  bytes span_id = 2;
  string operation_name = 3;
  repeated SpanRef references = 4;
  uint32 flags = 5;
  google.protobuf.Timestamp start_time = 6;
  google.protobuf.Duration duration = 7;
  repeated KeyValue tags = 8;
  repeated Log logs = 9;
  Process process = 10;
  string process_id = 11;
  repeated string warnings = 12;
}

enum ValueType {
  STRING = 0;
  BOOL = 1;
  INT64 = 2;
  FLOAT64 = 3;
  BINARY = 4;
}

message KeyValue {
  string key = 1;
  ValueType v_type = 2;
  string v_str = 3;
  bool v_bool = 4;
  int64 v_int64 = 5;
  double v_float64 = 6;
  bytes v_binary = 7;
}

message Log {
  google.protobuf.Timestamp timestamp = 1;
  repeated KeyValue fields = 2;
}

enum SpanRefType {
  CHILD_OF = 0;
  FOLLOWS_FROM = 1;
}

message SpanRef {
  bytes trace_id = 1;
  bytes span_id = 2;
  SpanRefType ref_type = 3;
}

message Process {
  string service_name = 1;
  repeated KeyValue tags = 2;
}
`;
