import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive, tailText } from './proc.ts';
import type { ServiceContext, StackService } from './service.ts';

export class StackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StackError';
  }
}

export function logTail(log: string, lines = 60): string {
  if (!existsSync(log)) return `(no log at ${log})`;
  return tailText(readFileSync(log, 'utf8'), lines);
}

/**
 * Polls `service.ready` until it answers, the process dies, or the timeout passes.
 * Dying or timing out is a StackError carrying the tail of the server's log.
 */
export async function waitReady(
  service: StackService,
  ctx: ServiceContext,
  pid: number | undefined,
): Promise<void> {
  const deadline = Date.now() + service.startTimeoutMs;
  for (;;) {
    const ready = await service.ready(ctx);
    // Ready but our process is gone: something else answers on the port; that is a failure, not a start.
    if (ready && (pid === undefined || isAlive(pid))) return;
    if (pid !== undefined && !isAlive(pid)) {
      throw new StackError(
        `${service.name} (pid ${pid}) exited before it was ready. Log ${ctx.paths.log}:\n${logTail(ctx.paths.log)}`,
      );
    }
    if (Date.now() > deadline) {
      throw new StackError(
        `${service.name} was not ready after ${service.startTimeoutMs / 1000} s. Log ${ctx.paths.log}:\n${logTail(ctx.paths.log)}`,
      );
    }
    await sleep(500);
  }
}
