import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, mergeConfig, readInjectedConfig, readStorageCapabilities } from './ui-config.ts';

describe('UI config', () => {
  it('uses the defaults when nothing is injected', () => {
    expect(readInjectedConfig({})).toEqual(DEFAULT_CONFIG);
    expect(readInjectedConfig({ getJaegerUiConfig: () => null })).toEqual(DEFAULT_CONFIG);
    expect(readStorageCapabilities({})).toEqual({ archiveStorage: false });
  });

  it('deep-merges dependencies/search/tracking and replaces the rest, like Jaeger UI', () => {
    const c = mergeConfig({
      dependencies: { menuEnabled: false },
      search: { maxLimit: 100 },
      menu: [{ label: 'Docs', url: 'https://example.com' }],
      linkPatterns: [{ type: 'tags', key: 'user', url: 'https://u/#{user}', text: 'user #{user}' }],
      archiveEnabled: false,
    });
    expect(c.dependencies).toEqual({ menuEnabled: false, dagMaxNumServices: 100 });
    expect(c.search).toEqual({ maxLookback: { label: '3 weeks', value: '3w' }, maxLimit: 100 });
    expect(c.menu).toEqual([{ label: 'Docs', url: 'https://example.com' }]);
    expect(c.linkPatterns).toHaveLength(1);
    expect(c.archiveEnabled).toBe(false);
  });

  it('ignores malformed values and unknown keys, honours the deprecated dependenciesMenuEnabled', () => {
    const c = mergeConfig({
      menu: 'nope',
      archiveEnabled: 'yes',
      whatever: 1,
      dependenciesMenuEnabled: false,
    });
    expect(c.menu).toEqual([]);
    expect(c.archiveEnabled).toBe(true);
    expect(c.dependencies.menuEnabled).toBe(false);
  });

  it('prefers UIConfig() (the JAEGER_CONFIG_JS form) and survives a throwing injection', () => {
    expect(
      readInjectedConfig({ UIConfig: () => ({ archiveEnabled: false }), getJaegerUiConfig: () => null })
        .archiveEnabled,
    ).toBe(false);
    expect(
      readInjectedConfig({
        getJaegerUiConfig: () => {
          throw new Error('bad script');
        },
      }),
    ).toEqual(DEFAULT_CONFIG);
    expect(
      readStorageCapabilities({ getJaegerStorageCapabilities: () => ({ archiveStorage: true }) }),
    ).toEqual({
      archiveStorage: true,
    });
  });
});
