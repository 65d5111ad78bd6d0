import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createHealthState, createLogger, runServices } from '../src/index.ts';
import type { Service } from '../src/index.ts';

function harness() {
  const calls: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const events = new EventEmitter();
  const exit = vi.fn<(code: number) => void>();
  const service = (
    name: string,
    behaviour: { start?: () => Promise<void>; stop?: () => Promise<void> } = {},
  ) =>
    ({
      name,
      start: async () => {
        calls.push(`start ${name}`);
        await behaviour.start?.();
      },
      stop: async () => {
        calls.push(`stop ${name}`);
        await behaviour.stop?.();
      },
    }) satisfies Service;
  return { calls, lines, logger, events, exit, service };
}

describe('runServices', () => {
  it('starts in order, marks ready, stops in reverse on SIGTERM and exits 0', async () => {
    const { calls, logger, events, exit, service } = harness();
    const health = createHealthState();
    const running = await runServices([service('a'), service('b'), service('c')], {
      logger,
      events,
      exit,
      health,
    });
    expect(health.snapshot().ready).toBe(true);
    expect(running.started).toBe(true);
    events.emit('SIGTERM', 'SIGTERM');
    expect(health.snapshot().ready).toBe(false);
    expect(await running.stopped).toBe(0);
    expect(calls).toEqual(['start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a']);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('stops each service once however many times stop is asked for', async () => {
    const { calls, logger, events, exit, service } = harness();
    const running = await runServices([service('a')], { logger, events, exit });
    const codes = await Promise.all([running.stop('x'), running.stop('y')]);
    expect(codes).toEqual([0, 0]);
    expect(calls.filter((c) => c.startsWith('stop'))).toEqual(['stop a']);
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it('on a start failure stops what started, skips the rest, and exits 1', async () => {
    const { calls, lines, logger, events, exit, service } = harness();
    const health = createHealthState();
    const failing = service('b', { start: () => Promise.reject(new Error('port busy')) });
    const running = await runServices([service('a'), failing, service('c')], {
      logger,
      events,
      exit,
      health,
    });
    expect(running.started).toBe(false);
    expect(await running.stopped).toBe(1);
    expect(calls).toEqual(['start a', 'start b', 'stop a']);
    expect(health.snapshot().ready).toBe(false);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'error', service: 'b', msg: 'service failed to start' }),
    );
  });

  it('a service that fails or hangs on stop makes the exit code 1 but the others still stop', async () => {
    vi.useFakeTimers();
    try {
      const { calls, logger, events, exit, service } = harness();
      const hanging = service('hangs', { stop: () => new Promise(() => undefined) });
      const broken = service('broken', { stop: () => Promise.reject(new Error('flush failed')) });
      const running = await runServices([service('a'), hanging, broken], {
        logger,
        events,
        exit,
        stopTimeoutMs: 1000,
      });
      const code = running.stop('test');
      await vi.advanceTimersByTimeAsync(1000);
      expect(await code).toBe(1);
      expect(calls.slice(3)).toEqual(['stop broken', 'stop hangs', 'stop a']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('exits at once on a second signal', async () => {
    const { logger, events, exit, service } = harness();
    const slow = service('slow', { stop: () => new Promise(() => undefined) });
    await runServices([slow], { logger, events, exit });
    events.emit('SIGINT', 'SIGINT');
    events.emit('SIGINT', 'SIGINT');
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('an unhandled error stops cleanly with exit code 1', async () => {
    const { calls, logger, events, exit, service } = harness();
    const running = await runServices([service('a')], { logger, events, exit });
    events.emit('uncaughtException', new Error('boom'));
    expect(await running.stopped).toBe(1);
    expect(calls).toEqual(['start a', 'stop a']);
  });

  it('a signal during startup starts nothing more and stops what started', async () => {
    const { calls, logger, events, exit, service } = harness();
    const a = service('a', {
      start: () => {
        events.emit('SIGTERM', 'SIGTERM');
        return Promise.resolve();
      },
    });
    const running = await runServices([a, service('b')], { logger, events, exit });
    expect(running.started).toBe(false);
    expect(await running.stopped).toBe(0);
    expect(calls).toEqual(['start a', 'stop a']);
  });

  it('a start that waits forever does not hold a stop: the starting service is stopped, which aborts it', async () => {
    const { calls, logger, events, exit, service } = harness();
    let abort!: (error: Error) => void;
    const waiting: Service = {
      name: 'waits-for-topic',
      start: () => {
        calls.push('start waits-for-topic');
        return new Promise((_, reject) => (abort = reject));
      },
      stop: () => {
        calls.push('stop waits-for-topic');
        abort(new Error('aborted'));
        return Promise.resolve();
      },
    };
    const runningPromise = runServices([service('a'), waiting, service('c')], { logger, events, exit });
    await vi.waitFor(() => {
      expect(calls).toContain('start waits-for-topic');
    });
    events.emit('SIGTERM', 'SIGTERM');
    const running = await runningPromise;
    expect(await running.stopped).toBe(0);
    expect(running.started).toBe(false);
    expect(calls).toEqual(['start a', 'start waits-for-topic', 'stop waits-for-topic', 'stop a']);
  });

  it('removes its listeners once stopped', async () => {
    const { logger, events, exit, service } = harness();
    const running = await runServices([service('a')], { logger, events, exit });
    await running.stop('done');
    expect(events.listenerCount('SIGTERM') + events.listenerCount('uncaughtException')).toBe(0);
  });
});
