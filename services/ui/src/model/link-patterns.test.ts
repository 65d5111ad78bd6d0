import { describe, expect, it } from 'vitest';
import { linksFor } from './link-patterns.ts';

describe('linksFor', () => {
  const patterns = [
    {
      type: 'tags' as const,
      key: 'user.id',
      url: 'https://users/#{user.id}?env=#{env}',
      text: 'User #{user.id}',
    },
    { type: 'process' as const, key: 'hostname', url: 'https://hosts/#{hostname}', text: 'Host' },
    {
      type: 'traces' as const,
      url: 'https://logs/?trace=#{trace.traceID}&t=#{trace.startTime}',
      text: 'Logs',
    },
  ];

  it('fills the item, its siblings and trace fields, URL-encoding values in the url', () => {
    const links = linksFor(
      patterns,
      'tags',
      { key: 'user.id', value: 'a b' },
      { siblings: [{ key: 'env', value: 'prod' }] },
    );
    expect(links).toEqual([{ url: 'https://users/a%20b?env=prod', text: 'User a b' }]);
    const trace = { traceID: 'abc', startTime: 5, endTime: 9, duration: 4 };
    expect(linksFor(patterns, 'traces', { key: 'traceID', value: 'abc' }, { siblings: [], trace })).toEqual([
      { url: 'https://logs/?trace=abc&t=5', text: 'Logs' },
    ]);
  });

  it('gives no link when the type or key differs or a placeholder has no value', () => {
    expect(linksFor(patterns, 'logs', { key: 'user.id', value: 1 }, { siblings: [] })).toEqual([]);
    expect(linksFor(patterns, 'tags', { key: 'other', value: 1 }, { siblings: [] })).toEqual([]);
    expect(linksFor(patterns, 'tags', { key: 'user.id', value: 1 }, { siblings: [] })).toEqual([]);
  });
});
