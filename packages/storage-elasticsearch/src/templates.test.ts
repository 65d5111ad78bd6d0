import { describe, expect, it } from 'vitest';
import type { EsRequest, EsResponse, EsTransport } from './client.ts';
import { IndexNames } from './index-names.ts';
import { DEFAULT_ES_OPTIONS, resolveEsOptions } from './options.ts';
import { ensureAliases, renderTemplate } from './templates.ts';

function fake(answer: (request: EsRequest) => EsResponse<unknown>): {
  transport: EsTransport;
  seen: string[];
} {
  const seen: string[] = [];
  return {
    seen,
    transport: {
      request: <T>(request: EsRequest) => {
        seen.push(`${request.method} ${request.path}`);
        return Promise.resolve(answer(request) as EsResponse<T>);
      },
      close: () => Promise.resolve(),
    },
  };
}

describe('index templates and aliases', () => {
  it('renders a composable template with the pattern, priority, shards and replicas', () => {
    const options = resolveEsOptions({
      indexPrefix: 'p',
      numShards: 3,
      numReplicas: 2,
      priorities: { span: 7 },
    });
    const template = renderTemplate('span', new IndexNames(options), options);
    expect(template).toMatchObject({
      priority: 8,
      index_patterns: ['p-jaeger-span-*'],
      template: {
        settings: {
          'index.number_of_shards': 3,
          'index.number_of_replicas': 2,
          'index.mapping.nested_fields.limit': 50,
        },
      },
    });
  });

  it('creates the first index with both aliases only where the write alias is missing', async () => {
    const names = new IndexNames({ ...DEFAULT_ES_OPTIONS, useAliases: true });
    const { transport, seen } = fake((r) =>
      r.method === 'HEAD'
        ? { statusCode: r.path.includes('span') ? 200 : 404, body: {} }
        : { statusCode: 200, body: {} },
    );
    await ensureAliases(transport, names);
    expect(seen.filter((s) => s.startsWith('PUT'))).toEqual([
      'PUT /jaeger-service-000001',
      'PUT /jaeger-dependencies-000001',
    ]);
  });

  it('accepts losing the creation race but reports any other refusal', async () => {
    const names = new IndexNames({ ...DEFAULT_ES_OPTIONS, useAliases: true });
    const refusal = (type: string) =>
      fake((r) =>
        r.method === 'HEAD'
          ? { statusCode: 404, body: {} }
          : { statusCode: 400, body: { error: { type, reason: 'no' } } },
      );
    await expect(
      ensureAliases(refusal('resource_already_exists_exception').transport, names),
    ).resolves.toBeUndefined();
    await expect(
      ensureAliases(refusal('invalid_index_name_exception').transport, names),
    ).rejects.toMatchObject({
      code: 'invalid',
    });
  });
});
