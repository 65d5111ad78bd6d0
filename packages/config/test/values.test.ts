import { describe, expect, it } from 'vitest';
import {
  defineSchema,
  describeConfig,
  formatByteSize,
  formatDuration,
  mergeSchemas,
  opt,
  parseByteSize,
  parseDuration,
  parseHostPort,
  loadConfig,
} from '../src/index.ts';

describe('Go durations', () => {
  it.each([
    ['1h2m3s', 3_723_000],
    ['500ms', 500],
    ['100us', 0.1],
    ['100µs', 0.1],
    ['1.5h', 5_400_000],
    ['2ns', 2e-6],
    ['0', 0],
    ['-1m', -60_000],
    ['.5s', 500],
  ])('parses %s', (text, ms) => {
    expect(parseDuration(text)).toBeCloseTo(ms, 9);
  });

  it.each(['', '5', '1d', 'ms', '1h 2m', 'abc', '1.2.3s', '-'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it.each([
    [0, '0s'],
    [0.000_5, '500ns'],
    [0.1, '100µs'],
    [1.5, '1.5ms'],
    [1500, '1.5s'],
    [3_600_000, '1h0m0s'],
    [3_723_456, '1h2m3.456s'],
    [-90_000, '-1m30s'],
  ])('formats %d ms as Go does: %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('byte sizes', () => {
  it.each([
    ['1048576', 1_048_576],
    ['4MiB', 4 * 1024 ** 2],
    ['4mib', 4 * 1024 ** 2],
    ['512KiB', 512 * 1024],
    ['500KB', 500_000],
    ['1GB', 1e9],
    ['64m', 64 * 1024 ** 2],
    ['1.5KiB', 1536],
    ['0', 0],
  ])('parses %s', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  it.each(['', 'MiB', '-1', '4 XB', '1e3'])('rejects %j', (text) => {
    expect(parseByteSize(text)).toBeUndefined();
  });

  it('formats in the largest exact binary unit', () => {
    expect([formatByteSize(4 * 1024 ** 2), formatByteSize(1000), formatByteSize(2048)]).toEqual([
      '4MiB',
      '1000',
      '2KiB',
    ]);
  });
});

describe('host:port', () => {
  it.each([
    [':4318', { host: '0.0.0.0', port: 4318 }],
    ['4318', { host: '0.0.0.0', port: 4318 }],
    ['127.0.0.1:0', { host: '127.0.0.1', port: 0 }],
    ['localhost:16686', { host: 'localhost', port: 16686 }],
    ['[::1]:9411', { host: '::1', port: 9411 }],
  ])('parses %s', (text, value) => {
    expect(parseHostPort(text)).toEqual(value);
  });

  it.each(['', ':', 'host', ':70000', 'a:b:1', ':-1'])('rejects %j', (text) => {
    expect(parseHostPort(text)).toBeUndefined();
  });
});

describe('option types', () => {
  const values = (schema: Parameters<typeof loadConfig>[0], argv: string[]) => {
    const outcome = loadConfig(schema, { argv, env: {} });
    if (outcome.kind !== 'ok') throw new Error(outcome.kind === 'error' ? outcome.error.message : 'help');
    return outcome.values as Record<string, unknown>;
  };

  it('parses float, bool spellings, byte sizes and trims lists', () => {
    const schema = defineSchema({
      'a.ratio': opt.float({ help: '', default: 1, min: 0, max: 1 }),
      'a.flag': opt.bool({ help: '', default: true }),
      'a.limit': opt.byteSize({ help: '', default: '4MiB' }),
      'a.list': opt.stringList({ help: '', default: [] }),
      'a.name': opt.string({ help: '' }),
    });
    expect(
      values(schema, ['--a.ratio=0.25', '--a.flag=0', '--a.limit=1KiB', '--a.list= x , ,y', '--a.name=']),
    ).toEqual({
      'a.ratio': 0.25,
      'a.flag': false,
      'a.limit': 1024,
      'a.list': ['x', 'y'],
      'a.name': '',
    });
    expect(values(schema, [])['a.limit']).toBe(4 * 1024 ** 2);
  });

  it('rejects floats out of bounds and non-integers for int', () => {
    const schema = defineSchema({
      'a.ratio': opt.float({ help: '', default: 1, min: 0, max: 1 }),
      'a.count': opt.int({ help: '', default: 1 }),
    });
    const outcome = loadConfig(schema, { argv: ['--a.ratio=1.5', '--a.count=1.5'], env: {} });
    expect(outcome.kind === 'error' && outcome.error.issues.map((i) => i.message)).toEqual([
      'invalid value "1.5": expected a value >= 0 and <= 1',
      'invalid value "1.5": expected an integer',
    ]);
  });

  it('throws at definition time on a bad default or key', () => {
    expect(() => opt.duration({ help: '', default: 'soon' })).toThrow('bad default "soon"');
    expect(() => defineSchema({ 'bad key': opt.string({ help: '' }) })).toThrow('must be words');
    expect(() => defineSchema({ 'config-file': opt.string({ help: '' }) })).toThrow('reserved');
    expect(() =>
      defineSchema({ 'a.b-c': opt.string({ help: '' }), 'a-b.c': opt.string({ help: '' }) }),
    ).toThrow('share env A_B_C');
  });
});

describe('hostPortOrOff', () => {
  const schema = defineSchema({
    'c.zipkin.host-port': opt.hostPortOrOff({ help: 'zipkin', default: ':9411' }),
  });
  const load = (argv: string[], file?: string) =>
    loadConfig(schema, {
      argv: file === undefined ? argv : [...argv, '--config-file=f.yaml'],
      env: {},
      readFile: () => file ?? '',
    });

  it('has its default, and an empty value turns it off from a flag or the file', () => {
    const values = (outcome: ReturnType<typeof load>) =>
      outcome.kind === 'ok' ? outcome.values['c.zipkin.host-port'] : 'error';
    expect(values(load([]))).toEqual({ host: '0.0.0.0', port: 9411 });
    expect(values(load(['--c.zipkin.host-port=']))).toBeUndefined();
    expect(values(load([], 'c.zipkin.host-port: ""'))).toBeUndefined();
    expect(values(load(['--c.zipkin.host-port=127.0.0.1:1']))).toEqual({ host: '127.0.0.1', port: 1 });
  });

  it('still rejects a malformed address', () => {
    const outcome = load(['--c.zipkin.host-port=nope']);
    expect(outcome.kind === 'error' && outcome.error.issues[0]?.message).toBe(
      'invalid value "nope": expected host:port or :port',
    );
  });

  it('says so in --help', () => {
    const outcome = loadConfig(schema, { argv: ['--help'], env: {} });
    expect(outcome.kind === 'help' && outcome.text).toContain(
      'zipkin (empty = off) (default "0.0.0.0:9411")',
    );
  });
});

describe('mergeSchemas', () => {
  const shared = opt.string({ help: 'shared', default: 'x' });

  it('merges, accepting the very same option twice', () => {
    const merged = mergeSchemas(
      defineSchema({ 'a.x': shared }),
      defineSchema({ 'a.x': shared, 'b.y': opt.int({ help: '', default: 1 }) }),
    );
    expect(Object.keys(merged)).toEqual(['a.x', 'b.y']);
  });

  it('refuses two definitions of one key', () => {
    expect(() =>
      mergeSchemas(
        defineSchema({ 'a.x': shared }),
        defineSchema({ 'a.x': opt.string({ help: 'other', default: 'x' }) }),
      ),
    ).toThrow('defined differently');
  });
});

describe('describeConfig', () => {
  it('shows each value with its source and redacts secrets', () => {
    const schema = defineSchema({
      'es.password': opt.string({ help: '' }),
      'es.timeout': opt.duration({ help: '', default: '1s' }),
      'es.username': opt.string({ help: '' }),
    });
    const outcome = loadConfig(schema, { argv: ['--es.password=hunter2'], env: { ES_TIMEOUT: '2s' } });
    if (outcome.kind !== 'ok') throw new Error('expected ok');
    expect(describeConfig(schema, outcome)).toEqual({
      'es.password': '(redacted) (flag)',
      'es.timeout': '2s (env)',
      'es.username': '(unset) (default)',
    });
  });

  it('redacts the user-info of every URL option, lists included (issue 12, bug 4)', () => {
    const schema = defineSchema({
      'es.server-urls': opt.stringList({ help: '', default: [] }),
      'kafka.producer.schema-registry.url': opt.string({ help: '' }),
      'cassandra.servers': opt.stringList({ help: '', default: [] }),
    });
    const outcome = loadConfig(schema, {
      argv: [
        '--es.server-urls=http://user:pw1@a:9200,https://other:pw2@b:9200,http://c:9200',
        '--kafka.producer.schema-registry.url=https://reg:pw3@registry:8081/apis/ccompat/v7',
        '--cassandra.servers=cassandra://cq:pw4@db1:9042,db2',
      ],
      env: {},
    });
    if (outcome.kind !== 'ok') throw new Error('expected ok');
    const described = describeConfig(schema, outcome);
    expect(JSON.stringify(described)).not.toMatch(/pw[1-4]|user:|other:|reg:|cq:/);
    expect(described['es.server-urls']).toBe('http://***@a:9200,https://***@b:9200,http://c:9200 (flag)');
    expect(described['kafka.producer.schema-registry.url']).toBe(
      'https://***@registry:8081/apis/ccompat/v7 (flag)',
    );
  });
});
