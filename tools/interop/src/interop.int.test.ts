import { describe, expect, it } from 'vitest';
import { parseInteropOptions } from './options.ts';
import { runInterop } from './run.ts';
import { exitCode, formatTable } from './table.ts';

// The short form of `npm run interop`: Kafka with otlp_proto (Jaeger v2's default encoding) both ways and
// our own streaming leg, against the real Jaeger v2 binary (built through the Go module proxy and cached
// on the first run, which takes minutes). The full suite (every storage, every encoding) is `npm run
// interop`; several of its checks fail until issue 14's fixes land, so it is not asserted here.
describe('interop with real Jaeger v2 (short form)', () => {
  it('carries every span both ways through Kafka in otlp_proto, with the same search answers', async () => {
    const options = parseInteropOptions(['--only', 'kafka', '--encodings', 'otlp_proto']);
    const results = await runInterop(options, (message) => {
      console.log(`[interop] ${message}`);
    });
    console.log(formatTable(results));
    expect(results.map((r) => r.check)).toEqual([
      "kafka otlp_proto/otlp_proto: our collector → Jaeger's kafka receiver",
      "kafka otlp_proto/otlp_proto: Jaeger's kafka exporter → our ingester",
      'kafka otlp_proto/otlp_proto: our collector → our ingester',
    ]);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.every((r) => /stored 39\/39 spans; 27\/27 searches/.test(r.detail))).toBe(true);
    expect(exitCode(results)).toBe(0);
  }, 900_000);
});
