import { describe, expect, it } from 'vitest';
import { groupStats, isStatsDimension, tagKeys } from './grouped-stats.ts';
import { traceOf } from './test-helpers.ts';

const status = (code: number) => [{ key: 'http.status_code', type: 'int64', value: code }];

const trace = traceOf([
  ['1', null, 'web', 'GET', 0, 100, status(200)],
  ['2', '1', 'api', 'list', 10, 30, status(200)],
  ['3', '1', 'api', 'list', 50, 10, status(500)],
  ['4', '1', 'db', 'query', 70, 20, [{ key: 'db.system', type: 'string', value: 'postgres' }]],
]);

describe('groupStats', () => {
  it('groups by service + operation with count, durations and self time', () => {
    const rows = groupStats(trace, 'operation');
    const list = rows.find((r) => r.label === 'api: list')!;
    expect(list).toMatchObject({ count: 2, total: 40, avg: 20, min: 10, max: 30, selfTotal: 40 });
    const root = rows.find((r) => r.label === 'web: GET')!;
    expect(root).toMatchObject({ count: 1, total: 100, selfTotal: 40, selfPercent: 40 });
    expect(rows.every((r) => r.children.length === 0)).toBe(true);
  });

  it('groups by a tag value, spans without the tag in a group of their own', () => {
    const rows = groupStats(trace, 'tag:http.status_code');
    expect(rows.map((r) => [r.label, r.count])).toEqual([
      ['200', 2],
      ['500', 1],
      ['Without http.status_code', 1],
    ]);
    expect(rows[0]).toMatchObject({ total: 130, min: 30, max: 100 });
  });

  it('splits each service + operation by a tag', () => {
    const rows = groupStats(trace, 'operation', 'tag:http.status_code');
    const list = rows.find((r) => r.label === 'api: list')!;
    expect(list.children.map((c) => [c.label, c.count, c.total])).toEqual([
      ['200', 1, 30],
      ['500', 1, 10],
    ]);
    const db = rows.find((r) => r.label === 'db: query')!;
    expect(db.children.map((c) => c.label)).toEqual(['Without http.status_code']);
  });
});

describe('tagKeys and dimensions', () => {
  it('lists every span tag key once, sorted', () => {
    expect(tagKeys(trace)).toEqual(['db.system', 'http.status_code']);
  });

  it('accepts service, operation and tag:<key> only', () => {
    expect(['service', 'operation', 'tag:http.method', 'tag:', 'span'].map(isStatsDimension)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
