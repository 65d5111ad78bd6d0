import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UiTrace } from '@spanstream/codec';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isolatedPorts, startAllInOne, type RunningProcess } from './process.ts';

const TRACE_ID = '7a3c0e8d1f2b4c5d6e7f8091a2b3c4d5';

/** Two spans starting now (the store keeps spans for the TTL after they were written). */
function otlpTrace(): string {
  const start = BigInt(Date.now()) * 1_000_000n;
  const span = (spanId: string, name: string, parentSpanId?: string) => ({
    traceId: TRACE_ID,
    spanId,
    ...(parentSpanId === undefined ? {} : { parentSpanId }),
    name,
    kind: 2,
    startTimeUnixNano: String(start),
    endTimeUnixNano: String(start + 5_000_000n),
    attributes: [{ key: 'big', value: { intValue: '9007199254740993' } }],
  });
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'restart-check' } }] },
        scopeSpans: [
          {
            spans: [span('00000000000000a1', 'root'), span('00000000000000a2', 'child', '00000000000000a1')],
          },
        ],
      },
    ],
  });
}

// The embedded store in the real process: no backing server needed, so it runs in the unit project.
describe('all-in-one with --span-storage.type=sqlite', { timeout: 90_000 }, () => {
  let running: RunningProcess | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    if (running !== undefined && running.child.exitCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    running = undefined;
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  async function start(args: readonly string[], env: Record<string, string> = {}) {
    const ports = await isolatedPorts();
    running = startAllInOne([...ports.args, ...args], env);
    const process = running;
    await vi.waitFor(
      async () => {
        if (process.child.exitCode !== null) throw new Error(`exited early: ${process.stderr()}`);
        expect((await fetch(`http://127.0.0.1:${ports.admin}/`)).status).toBe(200);
      },
      { timeout: 30_000, interval: 100 },
    );
    return { process, otlp: `http://127.0.0.1:${ports.otlpHttp}`, query: `http://127.0.0.1:${ports.query}` };
  }

  async function spansOf(query: string): Promise<string[]> {
    const response = await fetch(`${query}/api/traces/${TRACE_ID}`);
    if (response.status !== 200) return [];
    const body = (await response.json()) as { data: UiTrace[] };
    return (body.data[0]?.spans ?? []).map((span) => `${span.spanID}:${span.operationName}`).sort();
  }

  it('keeps a posted trace across a restart; badger (Jaeger configs) opens the same store', async () => {
    dir = mkdtempSync(join(tmpdir(), 'spanstream-aio-restart-'));
    const path = join(dir, 'nested', 'spanstream.db');
    const first = await start(['--span-storage.type=sqlite', `--sqlite.path=${path}`]);
    const posted = await fetch(`${first.otlp}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: otlpTrace(),
    });
    expect(posted.status).toBe(200);
    const expected = ['00000000000000a1:root', '00000000000000a2:child'];
    await expect.poll(() => spansOf(first.query), { timeout: 10_000 }).toEqual(expected);
    first.process.child.kill('SIGTERM');
    expect(await first.process.exited).toBe(0);

    const second = await start([], { SPAN_STORAGE_TYPE: 'badger', SQLITE_PATH: path });
    expect(await spansOf(second.query)).toEqual(expected);
    const big = (await (await fetch(`${second.query}/api/traces/${TRACE_ID}`)).json()) as { data: UiTrace[] };
    expect(big.data[0]?.spans[0]?.tags.find((tag) => tag.key === 'big')?.value).toBe(
      9007199254740993n.toString(),
    );
    expect(second.process.logs).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: expect.stringContaining('span-storage.type badger') as unknown,
      }),
    );
  });
});
