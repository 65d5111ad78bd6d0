import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, type JaegerApi } from './api/client.ts';
import { AppRoutes } from './App.tsx';
import { DEFAULT_CONFIG, mergeConfig, type UiConfig } from './config/ui-config.ts';
import { AppProvider } from './context.tsx';
import { rawTrace } from './model/test-helpers.ts';

const NOW = Date.now() * 1000;
const traceA = rawTrace(
  [
    ['a1', null, 'web', 'GET /cart', NOW - 60e6, 5000],
    [
      'a2',
      'a1',
      'db',
      'SELECT',
      NOW - 60e6 + 100,
      2000,
      [{ key: 'db.system', type: 'string', value: 'postgres' }],
    ],
    ['a3', 'a1', 'cache', 'GET', NOW - 60e6 + 2500, 100, [{ key: 'error', type: 'bool', value: true }]],
  ],
  'aaaa000000000001',
);
const traceB = rawTrace(
  [
    ['b1', null, 'web', 'GET /cart', NOW - 30e6, 9000],
    ['b2', 'b1', 'db', 'SELECT', NOW - 30e6 + 100, 8000],
  ],
  'bbbb000000000002',
);

/** A fake API: the unit under test is the UI, the real query service is exercised by the browser tests. */
function fakeApi(overrides: Partial<JaegerApi> = {}): JaegerApi {
  const traces = new Map([traceA, traceB].map((t) => [t.traceID, t] as const));
  return {
    services: vi.fn(() => Promise.resolve(['db', 'web'])),
    operations: vi.fn(() => Promise.resolve([{ name: 'GET /cart', spanKind: 'server' }])),
    searchTraces: vi.fn(() => Promise.resolve({ traces: [traceA, traceB], errors: [] })),
    trace: vi.fn((id: string) => {
      const t = traces.get(id);
      return t ? Promise.resolve(t) : Promise.reject(new ApiRequestError('trace not found', 404));
    }),
    traceJson: vi.fn((id: string) => Promise.resolve(JSON.stringify({ data: [traces.get(id)] }))),
    dependencies: vi.fn(() => Promise.resolve([{ parent: 'web', child: 'db', callCount: 7 }])),
    archive: vi.fn(() => Promise.resolve()),
    metrics: vi.fn(() => Promise.reject(new ApiRequestError('metrics querying is currently disabled', 501))),
    liveStreamUrl: (params: URLSearchParams) => `/api/stream/spans?${params.toString()}`,
    ...overrides,
  };
}

function renderAt(path: string, api: JaegerApi, config: UiConfig = DEFAULT_CONFIG): void {
  render(
    <AppProvider prefix="" config={config} capabilities={{ archiveStorage: true }} api={api}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProvider>,
  );
}

// jsdom has no layout: give every element a viewport-sized box so the virtualized lists render rows.
// (react-virtual reads clientWidth/clientHeight of the scroll element.)
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  // No canvas in jsdom: the overview draws nothing (the browser tests cover it).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('search page', () => {
  it('runs the query from the URL and lists traces with span and error counts', async () => {
    const searchTraces = vi.fn((_params: URLSearchParams) =>
      Promise.resolve({ traces: [traceA, traceB], errors: [] }),
    );
    renderAt('/search?service=web&lookback=1h&tags=error%3Dtrue', fakeApi({ searchTraces }));
    await screen.findByText('2 Traces');
    const params = searchTraces.mock.calls[0]![0];
    expect(params.get('service')).toBe('web');
    expect(JSON.parse(params.get('tags')!)).toEqual({ error: 'true' });
    expect(Number(params.get('end')) - Number(params.get('start'))).toBe(3600e6);
    expect(screen.getByText('3 Spans')).toBeTruthy();
    expect(screen.getByText('1 Errors')).toBeTruthy();
  });

  it('enables Compare once two traces are selected', async () => {
    renderAt('/search?service=web', fakeApi());
    await screen.findByText('2 Traces');
    const compare = screen.getByRole('button', { name: /Compare/ });
    expect((compare as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Select aaaa000000000001 for comparison'));
    fireEvent.click(screen.getByLabelText('Select bbbb000000000002 for comparison'));
    expect((compare as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(compare);
    await screen.findByText('Compare traces');
    await screen.findByLabelText('Trace diff');
  });

  it('looks up several trace IDs and shows the ones not found', async () => {
    const searchTraces = vi.fn((_params: URLSearchParams) =>
      Promise.resolve({ traces: [traceA], errors: ['ffff: trace not found'] }),
    );
    renderAt('/search?traceID=aaaa000000000001&traceID=ffff', fakeApi({ searchTraces }));
    await screen.findByText('1 Trace');
    expect(screen.getByText('ffff: trace not found')).toBeTruthy();
    expect(searchTraces.mock.calls[0]![0].toString()).toBe('traceID=aaaa000000000001&traceID=ffff');
  });

  it('searches again when the same query is submitted', async () => {
    const searchTraces = vi.fn((_params: URLSearchParams) =>
      Promise.resolve({ traces: [traceA], errors: [] }),
    );
    renderAt('/search?service=web&lookback=1h&limit=20', fakeApi({ searchTraces }));
    await screen.findByText('1 Trace');
    const find = screen.getByRole('button', { name: 'Find Traces' });
    await waitFor(() => expect((find as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(find);
    await waitFor(() => expect(searchTraces).toHaveBeenCalledTimes(2));
  });

  it('searches a custom time range', async () => {
    const searchTraces = vi.fn((_params: URLSearchParams) => Promise.resolve({ traces: [], errors: [] }));
    renderAt('/search', fakeApi({ searchTraces }));
    const service = await screen.findByRole('combobox', { name: 'Service' });
    await screen.findByRole('option', { name: 'web' });
    fireEvent.change(service, { target: { value: 'web' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Lookback' }), { target: { value: 'custom' } });
    fireEvent.change(screen.getByLabelText('Start'), { target: { value: '2024-01-02T03:04' } });
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '2024-01-02T05:04' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find Traces' }));
    await screen.findByText('No trace results. Try another query.');
    const params = searchTraces.mock.calls[0]![0];
    expect(Number(params.get('start'))).toBe(new Date('2024-01-02T03:04').getTime() * 1000);
    expect(Number(params.get('end')) - Number(params.get('start'))).toBe(2 * 3600e6);
  });

  it('shows the API error text', async () => {
    const api = fakeApi({ searchTraces: () => Promise.reject(new ApiRequestError('malformed tags', 400)) });
    renderAt('/search?service=web', api);
    await screen.findByText('malformed tags');
  });
});

describe('trace page', () => {
  it('shows the header, collapses the tree and opens a span detail', async () => {
    renderAt('/trace/aaaa000000000001', fakeApi());
    await screen.findByText('Total Spans');
    const facts = screen.getByText('Total Spans').parentElement!;
    expect(within(facts).getByText('3')).toBeTruthy();
    const rows = (): number => document.querySelectorAll('.span-row').length;
    await waitFor(() => expect(rows()).toBe(3));
    fireEvent.click(screen.getByLabelText('Collapse children'));
    expect(rows()).toBe(1);
    fireEvent.click(screen.getByLabelText('Expand children'));
    expect(rows()).toBe(3);
    fireEvent.click(screen.getByTitle('db: SELECT'));
    const detail = document.querySelector('.span-detail')!;
    expect(within(detail as HTMLElement).getByText('postgres')).toBeTruthy();
  });

  it('opens the span named by ?uiFind= (deep link)', async () => {
    renderAt('/trace/aaaa000000000001?uiFind=a2', fakeApi());
    const detail = await waitFor(() => {
      const el = document.querySelector('.span-detail[data-span-id="a2"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(within(detail).getByText('postgres')).toBeTruthy();
  });

  it('switches to the statistics view', async () => {
    renderAt('/trace/aaaa000000000001?view=statistics', fakeApi());
    const table = await screen.findByLabelText('Trace statistics');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3);
  });

  it('reports a missing trace', async () => {
    renderAt('/trace/ffff', fakeApi());
    await screen.findByText(/trace not found/);
  });

  it('archives when the backend can and the config allows it', async () => {
    const archive = vi.fn((_id: string) => Promise.resolve());
    renderAt('/trace/aaaa000000000001', fakeApi({ archive }));
    fireEvent.click(await screen.findByText('Archive Trace'));
    await screen.findByText('Archived');
    expect(archive).toHaveBeenCalledWith('aaaa000000000001');
  });
});

describe('upload', () => {
  it('opens an uploaded Jaeger JSON trace without asking the API, and rejects a bad file with a message', async () => {
    const trace = vi.fn((_id: string) => Promise.reject(new ApiRequestError('not on the server', 404)));
    renderAt('/search', fakeApi({ trace }));
    fireEvent.click(screen.getByRole('button', { name: 'Upload' }));
    const input = screen.getByLabelText('Upload trace JSON');
    const bad = new File(['{"nope": true}'], 'bad.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [bad] } });
    await screen.findByText(/bad.json: expected Jaeger UI JSON/);
    const good = new File([JSON.stringify({ data: [{ ...traceB, traceID: 'cccc000000000003' }] })], 't.json');
    fireEvent.change(input, { target: { files: [good] } });
    // Listed as search results (defect 7 of issue 19: it used to be a bare link list beside "Choose a service").
    await screen.findByText('Uploaded traces');
    expect(screen.getByText('1 Trace')).toBeTruthy();
    expect(screen.queryByText(/Choose a service/)).toBeNull();
    fireEvent.click(await screen.findByText('cccc000'));
    await screen.findByText('Total Spans');
    expect(trace).not.toHaveBeenCalled();
  });
});

describe('UI config', () => {
  it('hides the dependencies menu, shows a custom menu and turns tags into links', async () => {
    const config = mergeConfig({
      dependencies: { menuEnabled: false },
      archiveEnabled: false,
      menu: [{ label: 'Runbook', url: 'https://example.com/rb' }],
      linkPatterns: [{ type: 'tags', key: 'db.system', url: 'https://db/#{db.system}', text: 'DB docs' }],
    });
    renderAt('/trace/aaaa000000000001', fakeApi(), config);
    await screen.findByText('Total Spans');
    expect(screen.queryByText('System Architecture')).toBeNull();
    expect(screen.queryByText('Archive Trace')).toBeNull();
    expect(screen.getByText('Runbook').getAttribute('href')).toBe('https://example.com/rb');
    await waitFor(() => expect(document.querySelectorAll('.span-row')).toHaveLength(3));
    fireEvent.click(screen.getByTitle('db: SELECT'));
    expect(screen.getByTitle('DB docs').getAttribute('href')).toBe('https://db/postgres');
  });

  it('renders the dependencies page from the API', async () => {
    renderAt('/dependencies', fakeApi());
    const table = await screen.findByLabelText('Dependencies');
    expect(within(table).getByText('7')).toBeTruthy();
  });
});
