import { describe, expect, it } from 'vitest';
import { ConfigError, defineSchema, loadConfig, opt } from '../src/index.ts';
import type { ConfigOutcome, LoadInput, Schema } from '../src/index.ts';

const schema = defineSchema({
  'es.server-urls': opt.stringList({ help: 'ES URLs', default: ['http://127.0.0.1:9200'] }),
  'collector.queue-size': opt.int({ help: 'queue size', default: 2000, min: 1 }),
  'collector.zipkin.host-port': opt.hostPort({ help: 'zipkin receiver' }),
  'query.enable-tracing': opt.bool({ help: 'trace ourselves', default: false }),
  'kafka.producer.batch-linger': opt.duration({ help: 'linger', default: '0s' }),
  'kafka.producer.required-acks': opt.enum(['none', 'local', 'all'], { help: 'acks', default: 'local' }),
  'log-level': opt.enum(['debug', 'info'], { help: 'level', default: 'info' }),
  'kafka.auth': opt.enum(['none', 'kerberos'], {
    help: 'auth',
    default: 'none',
    unsupported: { kerberos: 'none; kerberos is not supported here' },
  }),
});

function load(input: Partial<LoadInput>, files: Record<string, string> = {}): ConfigOutcome<typeof schema> {
  return loadConfig(schema, {
    argv: [],
    env: {},
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file ${path}`);
      return text;
    },
    ...input,
  });
}

function ok<S extends Schema>(outcome: ConfigOutcome<S>) {
  if (outcome.kind !== 'ok') throw new Error(outcome.kind === 'error' ? outcome.error.message : 'help');
  return outcome;
}

function issues<S extends Schema>(outcome: ConfigOutcome<S>) {
  if (outcome.kind !== 'error') throw new Error(`expected an error, got ${outcome.kind}`);
  expect(outcome.error).toBeInstanceOf(ConfigError);
  return outcome.error.issues;
}

describe('loadConfig sources', () => {
  it('uses defaults when nothing is set', () => {
    const { values, sources } = ok(load({}));
    expect(values['es.server-urls']).toEqual(['http://127.0.0.1:9200']);
    expect(values['collector.queue-size']).toBe(2000);
    expect(values['collector.zipkin.host-port']).toBeUndefined();
    expect(sources['collector.queue-size']).toBe('default');
  });

  it('reads flags as --key=value and --key value, bare booleans and lists', () => {
    const { values, sources } = ok(
      load({
        argv: [
          '--es.server-urls=http://a:9200,http://b:9200',
          '--collector.queue-size',
          '10',
          '--query.enable-tracing',
        ],
      }),
    );
    expect(values['es.server-urls']).toEqual(['http://a:9200', 'http://b:9200']);
    expect(values['collector.queue-size']).toBe(10);
    expect(values['query.enable-tracing']).toBe(true);
    expect(sources['es.server-urls']).toBe('flag');
  });

  it('derives env names mechanically', () => {
    const { values, sources } = ok(
      load({ env: { ES_SERVER_URLS: 'http://e:9200', KAFKA_PRODUCER_BATCH_LINGER: '1m30s' } }),
    );
    expect(values['es.server-urls']).toEqual(['http://e:9200']);
    expect(values['kafka.producer.batch-linger']).toBe(90_000);
    expect(sources['kafka.producer.batch-linger']).toBe('env');
  });

  it('treats an empty env var as unset', () => {
    expect(ok(load({ env: { COLLECTOR_QUEUE_SIZE: '' } })).values['collector.queue-size']).toBe(2000);
  });

  it('reads nested, dotted and mixed YAML keys with typed values', () => {
    const file = [
      'es:',
      '  server-urls: [http://f1:9200, http://f2:9200]',
      'collector.queue-size: 5',
      'collector:',
      '  zipkin.host-port: ":9411"',
      'query:',
      '  enable-tracing: true',
    ].join('\n');
    const { values, sources } = ok(load({ argv: ['--config-file', 'c.yaml'] }, { 'c.yaml': file }));
    expect(values['es.server-urls']).toEqual(['http://f1:9200', 'http://f2:9200']);
    expect(values['collector.queue-size']).toBe(5);
    expect(values['collector.zipkin.host-port']).toEqual({ host: '0.0.0.0', port: 9411 });
    expect(values['query.enable-tracing']).toBe(true);
    expect(sources['es.server-urls']).toBe('file');
  });

  it('finds the file through CONFIG_FILE too', () => {
    const outcome = load({ env: { CONFIG_FILE: 'env.yaml' } }, { 'env.yaml': 'collector.queue-size: 7' });
    expect(ok(outcome).values['collector.queue-size']).toBe(7);
  });

  it('accepts an empty file', () => {
    expect(
      ok(load({ argv: ['--config-file=e.yaml'] }, { 'e.yaml': '' })).values['collector.queue-size'],
    ).toBe(2000);
  });
});

describe('loadConfig precedence: flags > env > file > defaults', () => {
  const files = { 'c.yaml': 'collector.queue-size: 3\nlog-level: debug\nkafka.producer.required-acks: all' };

  it('flag beats env beats file beats default', () => {
    const { values, sources } = ok(
      load(
        {
          argv: ['--config-file=c.yaml', '--collector.queue-size=1'],
          env: { COLLECTOR_QUEUE_SIZE: '2', LOG_LEVEL: 'info' },
        },
        files,
      ),
    );
    expect([values['collector.queue-size'], sources['collector.queue-size']]).toEqual([1, 'flag']);
    expect([values['log-level'], sources['log-level']]).toEqual(['info', 'env']);
    expect([values['kafka.producer.required-acks'], sources['kafka.producer.required-acks']]).toEqual([
      'all',
      'file',
    ]);
    expect([values['es.server-urls'], sources['es.server-urls']]).toEqual([
      ['http://127.0.0.1:9200'],
      'default',
    ]);
  });

  it('a repeated flag keeps its last value', () => {
    expect(
      ok(load({ argv: ['--collector.queue-size=1', '--collector.queue-size=9'] })).values[
        'collector.queue-size'
      ],
    ).toBe(9);
  });
});

describe('loadConfig errors name the key and the source', () => {
  it('unknown flag, with a suggestion', () => {
    expect(issues(load({ argv: ['--es.server-url=x'] }))).toEqual([
      { key: '--es.server-url', source: 'flag', message: 'unknown flag (did you mean --es.server-urls?)' },
    ]);
  });

  it('a flag without its value', () => {
    expect(issues(load({ argv: ['--collector.queue-size'] }))).toEqual([
      { key: '--collector.queue-size', source: 'flag', message: 'missing value' },
    ]);
    expect(issues(load({ argv: ['--collector.queue-size', '--log-level=info'] }))[0]?.message).toBe(
      'missing value',
    );
  });

  it('a positional argument', () => {
    expect(issues(load({ argv: ['serve'] }))[0]).toMatchObject({ key: 'serve', source: 'flag' });
  });

  it('bad values from each source', () => {
    const found = issues(
      load(
        {
          argv: ['--config-file=c.yaml', '--collector.queue-size=ten'],
          env: { KAFKA_PRODUCER_BATCH_LINGER: '5 minutes' },
        },
        { 'c.yaml': 'kafka.producer.required-acks: most\nquery.enable-tracing: yes' },
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        {
          key: '--collector.queue-size',
          source: 'flag',
          message: 'invalid value "ten": expected an integer',
        },
        {
          key: 'KAFKA_PRODUCER_BATCH_LINGER',
          source: 'env',
          message: 'invalid value "5 minutes": expected a duration such as 500ms, 1m30s or 2h',
        },
        {
          key: 'kafka.producer.required-acks',
          source: 'file',
          message: 'invalid value "most": expected one of none, local, all',
        },
        {
          key: 'query.enable-tracing',
          source: 'file',
          message: 'invalid value "yes": expected true or false',
        },
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('reports a bad value even when a higher source overrides it', () => {
    const found = issues(load({ argv: ['--collector.queue-size=5'], env: { COLLECTOR_QUEUE_SIZE: 'x' } }));
    expect(found).toEqual([
      { key: 'COLLECTOR_QUEUE_SIZE', source: 'env', message: 'invalid value "x": expected an integer' },
    ]);
  });

  it('an enum choice marked unsupported is refused with its reason', () => {
    expect(issues(load({ argv: ['--kafka.auth=kerberos'] }))).toEqual([
      {
        key: '--kafka.auth',
        source: 'flag',
        message: 'invalid value "kerberos": expected none; kerberos is not supported here',
      },
    ]);
    expect(load({ argv: ['--kafka.auth=none'] }).kind).toBe('ok');
  });

  it('out-of-range numbers', () => {
    expect(issues(load({ argv: ['--collector.queue-size=0'] }))[0]?.message).toBe(
      'invalid value "0": expected a value >= 1',
    );
  });

  it('unknown env vars that share a known prefix, but not foreign ones', () => {
    const found = issues(
      load({
        env: {
          ES_SERVER_URL: 'x',
          ES_JAVA_OPTS: '-Xmx1g',
          KAFKA_HEAP_OPTS: '-Xmx1g',
          HOME: '/root',
          PATH: '/bin',
        },
      }),
    );
    expect(found).toEqual([
      {
        key: 'ES_SERVER_URL',
        source: 'env',
        message: 'unknown environment variable (did you mean ES_SERVER_URLS?)',
      },
    ]);
    expect(load({ env: { ES_SERVER_URL: 'x' }, ignoreEnv: ['ES_SERVER_URL'] }).kind).toBe('ok');
  });

  it('unknown keys in the file, nested or dotted', () => {
    const found = issues(
      load({ argv: ['--config-file=c.yaml'] }, { 'c.yaml': 'es:\n  server-url: x\ncollector.queue: 1' }),
    );
    expect(found.map((i) => [i.key, i.source])).toEqual([
      ['es.server-url', 'file'],
      ['collector.queue', 'file'],
    ]);
    expect(found[0]?.message).toBe('unknown key in c.yaml (did you mean es.server-urls?)');
  });

  it('a missing file, invalid YAML, a non-mapping file', () => {
    expect(issues(load({ argv: ['--config-file=nope.yaml'] }))[0]).toMatchObject({
      key: 'config-file',
      message: expect.stringContaining('cannot read nope.yaml') as string,
    });
    expect(issues(load({ argv: ['--config-file=b.yaml'] }, { 'b.yaml': 'a: [1,' }))[0]?.message).toContain(
      'is not valid YAML',
    );
    expect(
      issues(load({ argv: ['--config-file=b.yaml'] }, { 'b.yaml': 'a: 1\na: 2' }))[0]?.message,
    ).toContain('is not valid YAML');
    expect(issues(load({ argv: ['--config-file=l.yaml'] }, { 'l.yaml': '- a\n- b' }))[0]?.message).toBe(
      'l.yaml must hold a mapping of keys to values',
    );
  });

  it('a YAML value of the wrong shape', () => {
    const found = issues(
      load(
        { argv: ['--config-file=c.yaml'] },
        { 'c.yaml': 'collector.queue-size: [1]\nes.server-urls: {a: 1}' },
      ),
    );
    expect(found.map((i) => i.key).sort()).toEqual(['collector.queue-size', 'es.server-urls']);
  });

  it('collects every problem at once in the error message', () => {
    const outcome = load({ argv: ['--nope', '--collector.queue-size=x'] });
    expect(outcome.kind === 'error' && outcome.error.message).toBe(
      'invalid configuration:\n  --nope (flag): unknown flag\n  --collector.queue-size (flag): invalid value "x": expected an integer',
    );
  });
});

describe('--help', () => {
  it('prints every option with its type, default and env var', () => {
    const outcome = load({ argv: ['--collector.queue-size=x', '--help'], program: 'spanstream-test' });
    if (outcome.kind !== 'help') throw new Error('expected help');
    expect(outcome.text).toContain('Usage: spanstream-test');
    expect(outcome.text).toContain(
      '  --collector.queue-size int\n        queue size (default "2000") [env COLLECTOR_QUEUE_SIZE]',
    );
    expect(outcome.text).toContain('  --kafka.producer.required-acks none|local|all');
    expect(outcome.text).toContain('--es.server-urls list');
    expect(outcome.text).toContain('zipkin receiver [env COLLECTOR_ZIPKIN_HOST_PORT]');
  });
});
