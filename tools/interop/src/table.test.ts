import { describe, expect, it } from 'vitest';
import { exitCode, fail, failed, formatTable, logLine, pass } from './table.ts';

describe('formatTable', () => {
  it('prints check | result | detail with aligned columns', () => {
    const table = formatTable([pass('es: by ID', '33/33'), fail('kafka otlp_json', 'collector refused')]);
    expect(table.split('\n')).toEqual([
      '| check           | result | detail            |',
      '| --------------- | ------ | ----------------- |',
      '| es: by ID       | PASS   | 33/33             |',
      '| kafka otlp_json | FAIL   | collector refused |',
    ]);
  });

  it('keeps a detail on one line, escapes pipes and cuts long details', () => {
    const table = formatTable([fail('x', `a | b\n  c${'d'.repeat(300)}`)]);
    const row = table.split('\n')[2]!;
    expect(row).toContain('a \\| b c');
    expect(row).toContain('…');
    expect(row.length).toBeLessThan(200);
  });
});

describe('exitCode', () => {
  it('is 0 only when every check passed', () => {
    expect(exitCode([pass('a', ''), pass('b', '')])).toBe(0);
    expect(exitCode([pass('a', ''), fail('b', '')])).toBe(1);
    expect(exitCode([])).toBe(1);
  });
});

describe('failed', () => {
  it('keeps the first line and the line that says what went wrong', () => {
    const error = new Error(
      'collector exited (1) before ready:\nspanstream-collector: invalid configuration:\n' +
        '  --kafka.producer.encoding (flag): invalid value "otlp_json"\nRun with --help for the options.\n',
    );
    expect(failed('c', error)).toEqual({
      check: 'c',
      ok: false,
      detail:
        'error: collector exited (1) before ready: --kafka.producer.encoding (flag): invalid value "otlp_json"',
    });
  });

  it('takes a one-line error as it is', () => {
    expect(failed('c', 'boom').detail).toBe('error: boom');
  });
});

describe('logLine', () => {
  it('shows a pino line as its message and error message', () => {
    expect(logLine('{"level":"error","msg":"write failed","err":{"message":"refused"}}')).toBe(
      'write failed: refused',
    );
    expect(logLine('plain text')).toBe('plain text');
  });
});
