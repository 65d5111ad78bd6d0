import { fileURLToPath } from 'node:url';
import { createTopic, deleteTopic, type Kafka } from '@spanstream/kafka/test-helpers';
import { startNodeProcess, uniqueName } from '@spanstream/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokers, kafka, spanOf, writeSpans } from './helpers.ts';

const EXAMPLE = fileURLToPath(new URL('../examples/error-alert.ts', import.meta.url));

let client: Kafka;
const topic = uniqueName('stream-example');

beforeAll(async () => {
  client = await kafka();
  await createTopic(client, topic, 2);
});

afterAll(async () => {
  await deleteTopic(client, topic).catch(() => undefined);
});

describe('the README example (examples/error-alert.ts)', () => {
  it('prints an ALERT line for each error span of its service only, and stops cleanly on SIGTERM', async () => {
    const checkoutError = spanOf(1, 1, 'checkout', true);
    const otherError = spanOf(2, 2, 'payments', true);
    const checkoutOk = spanOf(3, 3, 'checkout');
    await writeSpans(client, topic, [checkoutError, otherError, checkoutOk], 'otlp_proto');
    const example = startNodeProcess(EXAMPLE, {
      env: {
        SERVICE: 'checkout',
        KAFKA_BROKERS: (await brokers()).join(','),
        KAFKA_TOPIC: topic,
        GROUP_ID: uniqueName('example'),
        FROM_BEGINNING: 'true',
      },
    });
    try {
      const alert = `ALERT checkout: "${checkoutError.operationName}" failed after 1.5 ms (trace ${checkoutError.traceId})`;
      await expect.poll(() => example.stdout(), { timeout: 60_000 }).toContain(alert);
      // A later error span arrives while it runs.
      const late = spanOf(4, 4, 'checkout', true);
      await writeSpans(client, topic, [late], 'protobuf');
      await expect.poll(() => example.stdout(), { timeout: 30_000 }).toContain(`trace ${late.traceId}`);
    } finally {
      expect(await example.stop(), example.stderr()).toBe(0);
    }
    const lines = example.stdout().trim().split('\n');
    expect(lines[0]).toBe('watching checkout for error spans');
    expect(lines.filter((l) => l.startsWith('ALERT'))).toHaveLength(2);
    expect(lines.at(-1)).toBe('stopped');
  });
});
