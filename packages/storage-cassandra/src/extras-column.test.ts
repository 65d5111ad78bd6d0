import type { Client } from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { ensureExtrasColumn } from './extras-column.ts';

/** A client whose schema lookup answers `present` and whose ALTER fails with `alterError`. */
function fakeClient(present: boolean[], alterError?: Error): { client: Client; statements: string[] } {
  const statements: string[] = [];
  const execute = (query: string): Promise<{ rowLength: number }> => {
    statements.push(query);
    if (query.startsWith('ALTER'))
      return alterError ? Promise.reject(alterError) : Promise.resolve({ rowLength: 0 });
    return Promise.resolve({ rowLength: present.shift() ? 1 : 0 });
  };
  return { client: { execute } as unknown as Client, statements };
}

describe('ensureExtrasColumn', () => {
  it('does nothing when the column exists', async () => {
    const { client, statements } = fakeClient([true]);
    expect(await ensureExtrasColumn(client, 'ks', () => {})).toBe(true);
    expect(statements.some((query) => query.startsWith('ALTER'))).toBe(false);
  });

  it('adds a missing column', async () => {
    const { client, statements } = fakeClient([false]);
    expect(await ensureExtrasColumn(client, 'ks', () => {})).toBe(true);
    expect(statements).toContain('ALTER TABLE ks.traces ADD spanstream_tags list<frozen<keyvalue>>');
  });

  it('accepts a column another instance added meanwhile', async () => {
    const warnings: string[] = [];
    const { client } = fakeClient([false, true], new Error('conflicts with an existing column'));
    expect(await ensureExtrasColumn(client, 'ks', (message) => warnings.push(message))).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('warns once and falls back to the tags when the ALTER is refused', async () => {
    const warnings: string[] = [];
    const { client } = fakeClient([false, false], new Error('User x has no ALTER permission'));
    expect(await ensureExtrasColumn(client, 'ks', (message) => warnings.push(message))).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/spanstream_tags.*no ALTER permission.*among the span tags/);
  });
});
