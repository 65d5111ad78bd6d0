import { describe, expect, it } from 'vitest';
import { jobModules } from '../registry.ts';
import { runCommand } from './run-cli.ts';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCommand(jobModules, argv, {
    env: {},
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
  });
  return { code, out, err };
}

describe('npm run jobs -- <command>', () => {
  it('--help lists every job and the worker', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    for (const module of jobModules) expect(out).toContain(`  ${module.name} `);
    expect(out).toContain('  worker ');
  });

  it("<command> --help prints the command's usage and flags", async () => {
    const { code, out } = await run('es-rollover', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: npm run jobs -- es-rollover init\|rollover\|lookback/);
    expect(out).toContain('--conditions string');
    expect(out).toContain('--es.tls.ca string');
  });

  it('refuses bad arguments with one line naming them (exit 2)', async () => {
    const cases: [string[], RegExp][] = [
      [['es-index-cleaner', '-1', 'http://es:9200'], /NUM_DAYS must be a non-negative integer, got -1/],
      [['es-index-cleaner', 'x', 'http://es:9200'], /NUM_DAYS must be an integer, got "x"/],
      [['es-index-cleaner', '7'], /expected NUM_DAYS and the URL, got 1 argument/],
      [['es-index-cleaner', '7', 'es:9200'], /invalid URL "es:9200"/],
      [
        ['es-rollover', 'grow', 'http://es:9200'],
        /expected an action, one of init, rollover, lookback, got "grow"/,
      ],
      [
        ['es-rollover', 'rollover', 'http://es:9200', '--conditions', '{bad'],
        /--conditions: invalid JSON "\{bad"/,
      ],
      [
        ['es-rollover', 'lookback', 'http://es:9200', '--unit', 'fortnights'],
        /--unit: invalid value "fortnights"/,
      ],
      [['es-index-cleaner', '7', 'http://es:9200', '--no-such-flag'], /--no-such-flag: unknown flag/],
      [['nope'], /unknown command "nope"/],
    ];
    for (const [argv, message] of cases) {
      const { code, err, out } = await run(...argv);
      expect({ argv, code }).toEqual({ argv, code: 2 });
      expect(err.split('\n')[0]).toMatch(message);
      expect(out).toBe('');
    }
  });
});
