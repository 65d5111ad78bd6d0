import fc from 'fast-check';

/**
 * vitest setup file: in CI, property tests run with one fixed seed so a red build always reproduces
 * (`FAST_CHECK_SEED` overrides it); on a developer's machine every run explores new cases. A failure
 * prints its seed and path either way.
 */
const seed = process.env['FAST_CHECK_SEED'] ?? (process.env['CI'] ? '20261125' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
