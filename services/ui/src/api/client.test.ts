import { describe, expect, it, vi } from 'vitest';
import { ApiRequestError, basePath, createApi } from './client.ts';

function respond(status: number, body: unknown): typeof fetch {
  return vi.fn(() =>
    Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })),
  );
}

const trace = { traceID: 't', spans: [], processes: {} };

describe('createApi', () => {
  it('prefixes the base path and unwraps the envelope', async () => {
    const fetchFn = respond(200, { data: ['b', 'a'], total: 2, limit: 0, offset: 0, errors: null });
    await expect(createApi('/jaeger', fetchFn).services()).resolves.toEqual(['a', 'b']);
    expect(fetchFn).toHaveBeenCalledWith('/jaeger/api/services', undefined);
  });

  it("shows Jaeger's errors[].msg, else the body text", async () => {
    const api = createApi(
      '',
      respond(400, { data: null, errors: [{ code: 400, msg: "parameter 'service' is required" }] }),
    );
    await expect(api.operations('')).rejects.toThrow("parameter 'service' is required");
    const plain = createApi('', respond(500, 'storage down\n'));
    await expect(plain.services()).rejects.toMatchObject({ message: 'storage down', status: 500 });
  });

  it('reports a missing trace as 404 and a malformed one as an error', async () => {
    await expect(
      createApi('', respond(404, { data: null, errors: [{ code: 404, msg: 'trace not found' }] })).trace('x'),
    ).rejects.toBeInstanceOf(ApiRequestError);
    await expect(createApi('', respond(200, { data: [{ spans: 'nope' }] })).trace('x')).rejects.toThrow(
      'malformed',
    );
    await expect(createApi('', respond(200, { data: [trace] })).trace('t')).resolves.toEqual(trace);
  });

  it('keeps well-formed search results and reports per-trace errors', async () => {
    const api = createApi(
      '',
      respond(200, { data: [trace, 42], errors: [{ msg: 'trace not found', traceID: 'ff' }] }),
    );
    await expect(api.searchTraces(new URLSearchParams('traceID=t&traceID=ff'))).resolves.toEqual({
      traces: [trace],
      errors: ['ff: trace not found', '1 malformed trace(s) in the response were skipped'],
    });
  });

  it('posts archive requests', async () => {
    const fetchFn = respond(200, { data: [], errors: [] });
    await createApi('', fetchFn).archive('abc');
    expect(fetchFn).toHaveBeenCalledWith('/api/archive/abc', { method: 'POST' });
  });
});

describe('basePath', () => {
  it('reads <base href> without the trailing slash', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const base = doc.createElement('base');
    base.setAttribute('href', '/jaeger/');
    doc.head.append(base);
    expect(basePath(doc)).toBe('/jaeger');
    base.setAttribute('href', '/');
    expect(basePath(doc)).toBe('');
  });
});
