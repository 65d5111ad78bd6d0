import { Queue, QueueEvents, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { redisUrl, uniqueName } from '../src/index.ts';

describe('Redis (BullMQ)', () => {
  const closers: (() => Promise<unknown>)[] = [];

  afterAll(async () => {
    for (const close of closers.reverse()) await close();
  });

  it('adds a job and a worker completes it', async () => {
    const url = await redisUrl();
    // BullMQ needs maxRetriesPerRequest: null on the connections its workers block on.
    const connection = (): Redis => new Redis(url, { maxRetriesPerRequest: null });
    const name = uniqueName('smoke');
    const queue = new Queue(name, { connection: connection() });
    closers.push(() => queue.obliterate({ force: true }).then(() => queue.close()));
    const events = new QueueEvents(name, { connection: connection() });
    closers.push(() => events.close());
    const worker = new Worker<{ n: number }, number>(name, (job) => Promise.resolve(job.data.n * 2), {
      connection: connection(),
    });
    closers.push(() => worker.close());
    await events.waitUntilReady();

    const job = await queue.add('double', { n: 21 });
    expect(await job.waitUntilFinished(events, 30_000)).toBe(42);
  });
});
