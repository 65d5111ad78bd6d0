import { KafkaJSAggregateError, KafkaJSProtocolError } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { tooFewBrokers } from './kafka.ts';

/** The broker's error as kafkajs builds it from a CreateTopics answer (38 = INVALID_REPLICATION_FACTOR). */
const protocolError = (type: string, code: number) =>
  Object.assign(new KafkaJSProtocolError(type), { type, code });

describe('tooFewBrokers', () => {
  it('is the aggregate kafkajs throws when a fresh cluster has not registered enough brokers yet', () => {
    const refused = new KafkaJSAggregateError('Topic creation errors', [
      protocolError('INVALID_REPLICATION_FACTOR', 38),
      protocolError('INVALID_REPLICATION_FACTOR', 38),
    ]);
    expect(tooFewBrokers(refused)).toBe(true);
  });

  it('is not any other refusal', () => {
    const invalid = new KafkaJSAggregateError('Topic creation errors', [protocolError('INVALID_CONFIG', 40)]);
    expect(tooFewBrokers(invalid)).toBe(false);
    expect(tooFewBrokers(new Error('connection refused'))).toBe(false);
    expect(tooFewBrokers(undefined)).toBe(false);
  });
});
