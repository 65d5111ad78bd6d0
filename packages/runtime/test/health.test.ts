import { describe, expect, it } from 'vitest';
import { createHealthState, healthResponse } from '../src/index.ts';

describe('HealthState', () => {
  it('is unavailable until set ready, and records upSince at the transition', () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const health = createHealthState(() => now);
    expect(health.snapshot()).toEqual({ ready: false, upSince: undefined, reasons: [] });
    health.set('ready');
    expect(health.snapshot()).toEqual({
      ready: true,
      upSince: new Date('2026-01-01T00:00:00Z'),
      reasons: [],
    });
    now = new Date('2026-01-01T00:00:05Z');
    health.set('ready');
    expect(health.snapshot().upSince).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('is not ready while any named condition is pending', () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const health = createHealthState(() => now);
    health.set('ready');
    health.setCondition('kafka-consumer', 'group not joined');
    health.setCondition('storage', 'unreachable');
    expect(health.snapshot()).toEqual({
      ready: false,
      upSince: undefined,
      reasons: ['kafka-consumer: group not joined', 'storage: unreachable'],
    });
    health.setCondition('storage', undefined);
    now = new Date('2026-01-01T00:01:00Z');
    health.setCondition('kafka-consumer', undefined);
    expect(health.snapshot()).toEqual({ ready: true, upSince: now, reasons: [] });
  });

  it('goes unavailable on shutdown', () => {
    const health = createHealthState();
    health.set('ready');
    health.set('unavailable');
    expect(health.snapshot().ready).toBe(false);
  });
});

describe('healthResponse (Jaeger pkg/healthcheck bodies)', () => {
  it('503 "Server not available" while not ready, listing conditions when there are any', () => {
    const health = createHealthState();
    expect(healthResponse(health)).toEqual({ status: 503, body: { status: 'Server not available' } });
    health.set('ready');
    health.setCondition('storage', 'unreachable');
    expect(healthResponse(health)).toEqual({
      status: 503,
      body: { status: 'Server not available', unavailable: ['storage: unreachable'] },
    });
  });

  it('200 with upSince (RFC 3339) and uptime (Go duration) when ready', () => {
    const health = createHealthState(() => new Date('2026-01-01T00:00:00Z'));
    health.set('ready');
    expect(healthResponse(health, new Date('2026-01-01T01:02:03.5Z'))).toEqual({
      status: 200,
      body: { status: 'Server available', upSince: '2026-01-01T00:00:00.000Z', uptime: '1h2m3.5s' },
    });
  });
});
