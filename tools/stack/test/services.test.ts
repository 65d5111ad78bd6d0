import { describe, expect, it } from 'vitest';
import { selectServices, services } from '../src/services.ts';

describe('service selection', () => {
  it('kafka-cluster names the three members of the opt-in cluster', () => {
    expect(selectServices(['kafka-cluster'], {}).map((s) => s.name)).toEqual([
      'kafka-cluster-1',
      'kafka-cluster-2',
      'kafka-cluster-3',
    ]);
    expect(selectServices(['kafka-cluster-2'], {}).map((s) => [s.name, s.port])).toEqual([
      ['kafka-cluster-2', 39093],
    ]);
  });

  it('a bare up, or all, never starts the cluster', () => {
    for (const words of [[], ['all']]) {
      const names = selectServices(words, {}).map((s) => s.name);
      expect(names).toEqual(services.map((s) => s.name));
      expect(names.some((name) => name.startsWith('kafka-cluster'))).toBe(false);
    }
  });

  it('the cluster last member stands for the whole cluster in endpoints.json', () => {
    const [, , last] = selectServices(['kafka-cluster'], {});
    expect(last?.endpoint('3.9.2').url).toBe('127.0.0.1:39092,127.0.0.1:39093,127.0.0.1:39094');
  });
});
