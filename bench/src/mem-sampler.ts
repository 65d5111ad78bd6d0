/**
 * Preloaded with `node --import ./bench/src/mem-sampler.ts`: appends `process.memoryUsage()` (MiB)
 * as a JSON line to `$MEM_SAMPLE_FILE` every 250 ms, and writes one heap snapshot to
 * `$MEM_SNAPSHOT_FILE` the first time heapUsed crosses `$MEM_SNAPSHOT_AT_MIB`. Bench use only.
 */
import { appendFileSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';

const file = process.env['MEM_SAMPLE_FILE'];
const snapshotFile = process.env['MEM_SNAPSHOT_FILE'];
const snapshotAt = Number(process.env['MEM_SNAPSHOT_AT_MIB'] ?? 0);
const mib = (n: number) => Math.round(n / 2 ** 20);
let snapshotTaken = false;
if (file) {
  const started = Date.now();
  setInterval(() => {
    const m = process.memoryUsage();
    appendFileSync(
      file,
      `${JSON.stringify({ t: Date.now() - started, rss: mib(m.rss), heapUsed: mib(m.heapUsed), heapTotal: mib(m.heapTotal), external: mib(m.external), arrayBuffers: mib(m.arrayBuffers) })}\n`,
    );
    if (snapshotFile && !snapshotTaken && snapshotAt > 0 && mib(m.heapUsed) >= snapshotAt) {
      snapshotTaken = true;
      writeHeapSnapshot(snapshotFile);
    }
  }, 250).unref();
}
