import { describe, expect, it } from 'vitest';
import { JaegerPartitioner, jaegerPartition } from './jaeger-partitioner.ts';

describe('jaegerPartition (sarama hash partitioner)', () => {
  it('matches FNV-1a 32 as sarama computes it, negative hashes negated', () => {
    // FNV-1a("") = 0x811c9dc5, int32 = -2128831035: -2128831035 % 6 = -3, negated
    expect(jaegerPartition('', 6)).toBe(3);
    // FNV-1a("a") = 0xe40c292c, int32 = -468965076: -468965076 % 10 = -6, negated
    expect(jaegerPartition('a', 10)).toBe(6);
    // FNV-1a("foobar") = 0xbf9cf968, int32 = -1080231576: -1080231576 % 7 = -4, negated
    expect(jaegerPartition('foobar', 7)).toBe(4);
  });

  it('keeps a trace on one partition and spreads trace IDs over all of them', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 600; i++) {
      const key = (0x1000 + i).toString(16).padStart(16, '0');
      const partition = jaegerPartition(key, 6);
      expect(jaegerPartition(Buffer.from(key), 6)).toBe(partition);
      seen.add(partition);
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('honours an explicit partition', () => {
    const partition = JaegerPartitioner()({
      topic: 't',
      partitionMetadata: [0, 1, 2].map((id) => ({
        partitionId: id,
        leader: 1,
        replicas: [1],
        isr: [1],
        partitionErrorCode: 0,
      })),
      message: { key: 'x', value: null, partition: 2 },
    });
    expect(partition).toBe(2);
  });
});
