import type { RawTrace } from '../src/api/types.ts';
import { rawTrace } from '../src/model/test-helpers.ts';

const MINUTE_US = 60_000_000;

/**
 * Traces with a known multi-hop service graph, recent enough for a 1h lookback:
 *
 *   frontend → api → orders → db → storage      (twice: checkout-1, checkout-2)
 *                 ↘ auth
 *   batch → orders → db                          (once: nightly)
 *
 * The frontend's in-process "HTTP POST" span makes the call to api, so the operation-level hop is
 * from frontend's entry operation "GET /checkout". Dependency call counts: frontend→api 2, api→auth 2,
 * api→orders 2, orders→db 3, db→storage 2, batch→orders 1.
 */
export function ddgScenarioTraces(nowMicros: number): RawTrace[] {
  const checkout = (traceID: string, start: number): RawTrace =>
    rawTrace(
      [
        ['0000000000000001', null, 'frontend', 'GET /checkout', start, 1000],
        ['0000000000000002', '0000000000000001', 'frontend', 'HTTP POST', start + 10, 900],
        ['0000000000000003', '0000000000000002', 'api', 'POST /checkout', start + 20, 800],
        ['0000000000000004', '0000000000000003', 'auth', 'Verify', start + 30, 100],
        ['0000000000000005', '0000000000000003', 'orders', 'CreateOrder', start + 200, 500],
        ['0000000000000006', '0000000000000005', 'db', 'INSERT', start + 250, 300],
        ['0000000000000007', '0000000000000006', 'storage', 'write', start + 300, 100],
      ],
      traceID,
    );
  const start = nowMicros - 10 * MINUTE_US;
  return [
    checkout('dd90000000000001', start),
    checkout('dd90000000000002', start + MINUTE_US),
    rawTrace(
      [
        ['0000000000000011', null, 'batch', 'nightly', start + 2 * MINUTE_US, 1000],
        ['0000000000000012', '0000000000000011', 'orders', 'ListOrders', start + 2 * MINUTE_US + 10, 500],
        ['0000000000000013', '0000000000000012', 'db', 'SELECT', start + 2 * MINUTE_US + 20, 100],
      ],
      'dd90000000000003',
    ),
  ];
}
