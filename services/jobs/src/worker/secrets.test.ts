import { describe, expect, it } from 'vitest';
import { withoutSecrets, withSecrets } from './secrets.ts';

describe('job data secrets', () => {
  const configured = {
    numDays: 7,
    es: {
      serverUrls: ['http://es:9200'],
      username: 'u',
      password: 'p',
      apiKeyFile: '/k',
      tls: { ca: '/ca' },
    },
  };

  it('leaves credentials out of what is stored in Redis', () => {
    expect(withoutSecrets(configured)).toEqual({
      numDays: 7,
      es: { serverUrls: ['http://es:9200'], username: 'u', tls: { ca: '/ca' } },
    });
  });

  it("puts this worker's credentials back, keeping the stored values", () => {
    const stored = { ...(withoutSecrets(configured) as object), numDays: 3 };
    expect(withSecrets(stored, configured)).toEqual({ ...configured, numDays: 3 });
  });
});
