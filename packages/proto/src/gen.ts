// Regenerates src/generated/ from the .proto files in schemas/third_party/ with protobufjs-cli:
// one static ES module (fast hand-unrolled encode/decode, no reflection at run time)
// plus its TypeScript declarations. Run with `npm run gen -w @spanstream/proto`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemas = join(pkg, '..', '..', 'schemas', 'third_party');
// An optional output directory (the freshness test generates into a temporary one).
const out = process.argv[2] ?? join(pkg, 'src', 'generated');
const bin = (name: string): string => join(pkg, '..', '..', 'node_modules', '.bin', name);

const files = [
  'opentelemetry/proto/common/v1/common.proto',
  'opentelemetry/proto/resource/v1/resource.proto',
  'opentelemetry/proto/trace/v1/trace.proto',
  'opentelemetry/proto/collector/trace/v1/trace_service.proto',
  'jaeger/api_v2/model.proto',
  'jaeger/api_v2/collector.proto',
  'jaeger/api_v2/query.proto',
  'jaeger/api_v2/sampling.proto',
  'jaeger/api_v3/query_service.proto',
  'google/rpc/status.proto',
  'google/rpc/error_details.proto',
];

mkdirSync(out, { recursive: true });
const js = join(out, 'protos.js');
execFileSync(
  bin('pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'es6',
    '--force-long',
    '-p',
    schemas,
    '-p',
    join(schemas, 'jaeger', 'api_v2'),
    '-o',
    js,
  ].concat(files.map((file) => join(schemas, file))),
  { stdio: 'inherit' },
);
// protobufjs/minimal is CommonJS without an exports map: Node's ESM loader needs the
// file extension and the default import (module.exports), not a namespace import.
const source = readFileSync(js, 'utf8').replace(
  'import * as $protobuf from "protobufjs/minimal";',
  'import $protobuf from "protobufjs/minimal.js";',
);
writeFileSync(js, source);
execFileSync(bin('pbts'), ['-o', join(out, 'protos.d.ts'), js], { stdio: 'inherit' });
const dts = readFileSync(join(out, 'protos.d.ts'), 'utf8').replace(
  'import * as $protobuf from "protobufjs";',
  'import type * as $protobuf from "protobufjs";',
);
writeFileSync(join(out, 'protos.d.ts'), dts);
