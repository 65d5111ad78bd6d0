import type { IncomingMessage } from './message.ts';
import type { RecordBatch, RecordProducer } from './record-producer.ts';
import { describe, expect, it } from 'vitest';
import { DLQ_HEADERS, KafkaDeadLetterSink } from './dead-letter-producer.ts';

const poison: IncomingMessage = {
  topic: 'jaeger-spans',
  partition: 3,
  offset: 42,
  key: Buffer.from('k'),
  value: Buffer.alloc(2000, 1),
  headers: { origin: 'collector-7' },
  timestamp: 0,
};

function fakeProducer(refuse: (record: RecordBatch) => Error | undefined) {
  const sent: RecordBatch[] = [];
  const producer: Pick<RecordProducer, 'send'> = {
    send: (record: RecordBatch) => {
      const error = refuse(record);
      if (error) return Promise.reject(error);
      sent.push(record);
      return Promise.resolve([]);
    },
  };
  return { producer, sent };
}

describe('KafkaDeadLetterSink', () => {
  it('copies key, value and headers and adds the error and source coordinates', async () => {
    const { producer, sent } = fakeProducer(() => undefined);
    await new KafkaDeadLetterSink(producer, 'dlq').publish(poison, { code: 'decode', message: 'truncated' });
    const [record] = sent;
    expect(record!.topic).toBe('dlq');
    const message = record!.messages[0]!;
    expect(message.value).toBe(poison.value);
    expect(message.headers).toMatchObject({
      origin: 'collector-7',
      [DLQ_HEADERS.errorCode]: 'decode',
      [DLQ_HEADERS.error]: 'truncated',
      [DLQ_HEADERS.sourceTopic]: 'jaeger-spans',
      [DLQ_HEADERS.sourcePartition]: '3',
      [DLQ_HEADERS.sourceOffset]: '42',
    });
  });

  it('leaves the value out when the broker refuses the record as too large', async () => {
    const tooLarge = Object.assign(new Error('too large'), { type: 'MESSAGE_TOO_LARGE' });
    const { producer, sent } = fakeProducer((record) => (record.messages[0]!.value ? tooLarge : undefined));
    await new KafkaDeadLetterSink(producer).publish(poison, { code: 'decode', message: 'x' });
    expect(sent[0]!.topic).toBe('jaeger-spans-dlq');
    expect(sent[0]!.messages[0]!.value).toBeNull();
    expect(sent[0]!.messages[0]!.headers[DLQ_HEADERS.valueOmitted]).toBe('2000');
  });

  it('rethrows other failures so the pipeline retries them', async () => {
    const { producer } = fakeProducer(() =>
      Object.assign(new Error('no leader'), { type: 'LEADER_NOT_AVAILABLE' }),
    );
    await expect(
      new KafkaDeadLetterSink(producer).publish(poison, { code: 'decode', message: 'x' }),
    ).rejects.toThrow('no leader');
  });
});
