import pkg from '../package.json' with { type: 'json' };

/** Jaeger's version triple (`GET /version` on the admin port, `JAEGER_VERSION` in the UI's index.html). */
export interface BuildInfo {
  readonly gitCommit: string;
  readonly gitVersion: string;
  readonly buildDate: string;
}

/**
 * The one version every Spanstream process reports, on the admin port and in the UI's About menu. A
 * release build sets the commit and date through the environment (`SPANSTREAM_GIT_COMMIT`,
 * `SPANSTREAM_BUILD_DATE`: the Dockerfile's build arguments); a checkout reports the package version.
 */
export function buildInfo(env: NodeJS.ProcessEnv = process.env): BuildInfo {
  return {
    gitCommit: env['SPANSTREAM_GIT_COMMIT'] ?? '',
    gitVersion: `v${pkg.version}`,
    buildDate: env['SPANSTREAM_BUILD_DATE'] ?? '',
  };
}
