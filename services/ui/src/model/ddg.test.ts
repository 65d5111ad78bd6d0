import { describe, expect, it } from 'vitest';
import { ddgScenarioTraces } from '../../test/ddg-scenario.ts';
import type { DependencyLink } from '../api/types.ts';
import { ddgFromDependencies, ddgFromTraces, deepDependencies, type DdgFocus, type DdgView } from './ddg.ts';
import { ddgFromUrl, ddgToUrl } from './ddg-url.ts';
import { filterLinks, filtersFromUrl, filtersToUrl } from './dependency-filters.ts';

const LINKS: DependencyLink[] = [
  { parent: 'frontend', child: 'api', callCount: 2 },
  { parent: 'api', child: 'auth', callCount: 2 },
  { parent: 'api', child: 'orders', callCount: 2 },
  { parent: 'orders', child: 'db', callCount: 3 },
  { parent: 'db', child: 'storage', callCount: 2 },
  { parent: 'batch', child: 'orders', callCount: 1 },
];

const focus = (f: Partial<DdgFocus> & { service: string }): DdgFocus => ({
  upstream: 5,
  downstream: 5,
  direction: 'both',
  hidden: new Set(),
  ...f,
});

const byDistance = (v: DdgView): Record<string, number> =>
  Object.fromEntries(
    v.nodes.map((n) => [n.operation === undefined ? n.service : `${n.service}:${n.operation}`, n.distance]),
  );

describe('deepDependencies over service links', () => {
  const source = ddgFromDependencies(LINKS);

  it('walks upstream and downstream hops from the focal service', () => {
    const view = deepDependencies(source, focus({ service: 'orders' }));
    expect(byDistance(view)).toEqual({ orders: 0, api: -1, batch: -1, frontend: -2, db: 1, storage: 2 });
    expect(view.maxUpstream).toBe(2);
    expect(view.maxDownstream).toBe(2);
    // api→auth is no path through orders.
    expect(view.edges.map((e) => `${e.from}->${e.to}`).sort()).toEqual([
      'api->orders',
      'batch->orders',
      'db->storage',
      'frontend->api',
      'orders->db',
    ]);
  });

  it('stops at the hop limits and honours the direction', () => {
    expect(
      byDistance(deepDependencies(source, focus({ service: 'orders', upstream: 1, downstream: 1 }))),
    ).toEqual({
      orders: 0,
      api: -1,
      batch: -1,
      db: 1,
    });
    const down = deepDependencies(source, focus({ service: 'orders', direction: 'downstream' }));
    expect(byDistance(down)).toEqual({ orders: 0, db: 1, storage: 2 });
    expect(down.maxUpstream).toBe(2);
  });

  it('does not walk through hidden services', () => {
    const view = deepDependencies(source, focus({ service: 'orders', hidden: new Set(['api', 'db']) }));
    expect(byDistance(view)).toEqual({ orders: 0, batch: -1 });
  });

  it('shows a node reached both ways (a cycle) once, on its nearer side', () => {
    const cyclic = ddgFromDependencies([...LINKS, { parent: 'storage', child: 'frontend', callCount: 1 }]);
    const view = deepDependencies(cyclic, focus({ service: 'orders' }));
    expect(view.nodes.filter((n) => n.service === 'frontend')).toHaveLength(1);
    expect(byDistance(view).frontend).toBe(-2);
  });
});

describe('ddgFromTraces', () => {
  const source = ddgFromTraces(ddgScenarioTraces(1_700_000_000_000_000));

  it('makes operation-level hops from the caller entry operation to the callee operation', () => {
    expect(source.edges.map((e) => `${e.from}->${e.to}:${e.count}`.replaceAll('\u0000', ':')).sort()).toEqual(
      [
        'api:POST /checkout->auth:Verify:2',
        'api:POST /checkout->orders:CreateOrder:2',
        'batch:nightly->orders:ListOrders:1',
        'db:INSERT->storage:write:2',
        'frontend:GET /checkout->api:POST /checkout:2',
        'orders:CreateOrder->db:INSERT:2',
        'orders:ListOrders->db:SELECT:1',
      ],
    );
  });

  it('focuses on every operation of a service, or on one', () => {
    expect(byDistance(deepDependencies(source, focus({ service: 'orders' })))).toEqual({
      'orders:CreateOrder': 0,
      'orders:ListOrders': 0,
      'api:POST /checkout': -1,
      'batch:nightly': -1,
      'frontend:GET /checkout': -2,
      'db:INSERT': 1,
      'db:SELECT': 1,
      'storage:write': 2,
    });
    expect(
      byDistance(deepDependencies(source, focus({ service: 'orders', operation: 'ListOrders' }))),
    ).toEqual({
      'orders:ListOrders': 0,
      'batch:nightly': -1,
      'db:SELECT': 1,
    });
  });
});

describe('URL state', () => {
  it('round-trips the deep dependency state', () => {
    const state = {
      service: 'orders',
      operation: 'CreateOrder',
      upstream: 1,
      downstream: 3,
      direction: 'upstream' as const,
      hidden: ['auth', 'db'],
      lookback: 86_400_000,
      search: undefined,
    };
    expect(ddgFromUrl(ddgToUrl(state))).toEqual(state);
    const fromSearch = { ...state, operation: undefined, search: 'service=orders&lookback=1h&limit=20' };
    expect(ddgFromUrl(ddgToUrl(fromSearch))).toEqual({ ...fromSearch, lookback: 7 * 86_400_000 });
  });

  it('round-trips the dependency filters and keeps other parameters', () => {
    const filters = { query: 'ord', hidden: ['batch'], minCalls: 2, focus: 'db' };
    const p = filtersToUrl(filters, new URLSearchParams('layout=dag&q=old'));
    expect(p.get('layout')).toBe('dag');
    expect(filtersFromUrl(p)).toEqual(filters);
  });
});

describe('filterLinks', () => {
  const none = { query: '', hidden: [], minCalls: 0, focus: '' };
  const pairs = (links: DependencyLink[]): string[] => links.map((l) => `${l.parent}->${l.child}`);

  it('keeps links with an end matching the name filter', () => {
    expect(pairs(filterLinks(LINKS, { ...none, query: 'STOR' }))).toEqual(['db->storage']);
  });

  it('hides services, drops rare links and keeps a neighbourhood', () => {
    expect(pairs(filterLinks(LINKS, { ...none, hidden: ['api'] }))).toEqual([
      'orders->db',
      'db->storage',
      'batch->orders',
    ]);
    expect(pairs(filterLinks(LINKS, { ...none, minCalls: 3 }))).toEqual(['orders->db']);
    expect(pairs(filterLinks(LINKS, { ...none, focus: 'orders' }))).toEqual([
      'api->orders',
      'orders->db',
      'batch->orders',
    ]);
  });
});
