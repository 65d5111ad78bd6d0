import { describe, expect, it } from 'vitest';
import { jobModules } from '../registry.ts';
import { workerSchema } from './config.ts';
import { scheduledJobs } from './schedules.ts';
import { defaultValues } from '@spanstream/config';

const values = (overrides: Record<string, unknown>) => ({
  ...defaultValues(workerSchema(jobModules)),
  ...overrides,
});

describe('scheduledJobs', () => {
  it("derives every job's switches, disabled by default at 55 23 * * *", () => {
    const jobs = scheduledJobs(jobModules, values({}), 'UTC');
    expect(jobs.map((job) => [job.module.name, job.enabled, job.schedule])).toEqual(
      jobModules.map((module) => [module.name, false, '55 23 * * *']),
    );
  });

  it('builds the options of enabled jobs from the storage flags', () => {
    const jobs = scheduledJobs(
      jobModules,
      values({
        'es-index-cleaner.enabled': true,
        'es.index-prefix': 'prod',
        'es.server-urls': ['http://es:9200'],
      }),
      'UTC',
    );
    expect(jobs[0]!.configured).toMatchObject({
      numDays: 7,
      indexPrefix: 'prod',
      es: { serverUrls: ['http://es:9200'], flavor: 'elasticsearch' },
    });
  });

  it('refuses a bad cron pattern, time zone or conditions, naming the flag and the value', () => {
    expect(() => scheduledJobs(jobModules, values({ 'es-rollover.schedule': '61 * * * *' }), 'UTC')).toThrow(
      /^--es-rollover.schedule: invalid cron "61 \* \* \* \*"/,
    );
    expect(() => scheduledJobs(jobModules, values({ 'es-index-cleaner.schedule': '* * *' }), 'UTC')).toThrow(
      /--es-index-cleaner.schedule: invalid cron "\* \* \*"/,
    );
    expect(() => scheduledJobs(jobModules, values({}), 'Mars/Olympus')).toThrow(
      '--jobs.timezone: unknown time zone "Mars/Olympus"',
    );
    expect(() =>
      scheduledJobs(
        jobModules,
        values({ 'es-rollover.enabled': true, 'es-rollover.conditions': '{"max_age":' }),
        'UTC',
      ),
    ).toThrow(/^--es-rollover.conditions: invalid JSON "\{\\"max_age\\":"/);
    expect(() =>
      scheduledJobs(
        jobModules,
        values({ 'es-index-cleaner.enabled': true, 'span-storage.type': 'cassandra' }),
        'UTC',
      ),
    ).toThrow(
      '--es-index-cleaner.enabled needs --span-storage.type=elasticsearch or opensearch, got cassandra',
    );
  });
});
