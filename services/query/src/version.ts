import pkg from '../package.json' with { type: 'json' };

/** What Jaeger's index.html calls JAEGER_VERSION. */
export const version = { gitCommit: '', gitVersion: `spanstream-${pkg.version}`, buildDate: '' } as const;
