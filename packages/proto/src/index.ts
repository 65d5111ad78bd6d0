// Static protobufjs code generated from schemas/ (see scripts/gen.ts). int64/fixed64
// fields decode as Long (`--force-long`); codecs convert them to bigint at their boundary.
export { opentelemetry, jaeger, google } from './generated/protos.js';
export { default as Long } from 'long';
