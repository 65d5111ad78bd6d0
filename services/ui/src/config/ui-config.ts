// Jaeger UI configuration (`--query.ui-config`), injected by the query service into index.html.

export interface MenuItem {
  label: string;
  url?: string;
  anchorTarget?: string;
  items?: MenuItem[];
}

export interface LinkPattern {
  type: 'process' | 'tags' | 'logs' | 'traces';
  key?: string;
  url: string;
  text: string;
}

export interface UiConfig {
  archiveEnabled: boolean;
  criticalPathEnabled: boolean;
  dependencies: { menuEnabled: boolean; dagMaxNumServices: number };
  /** Jaeger UI's Monitor (SPM) tab; `docsLink` is offered when no metrics backend answers. */
  monitor: { menuEnabled: boolean; docsLink: string };
  menu: MenuItem[];
  linkPatterns: LinkPattern[];
  search: { maxLookback: { label: string; value: string }; maxLimit: number };
  tracking: { gaID: string | null };
  disableFileUploadControl: boolean;
  disableJsonView: boolean;
  traceIdDisplayLength: number;
}

export interface StorageCapabilities {
  archiveStorage: boolean;
}

export const DEFAULT_CONFIG: UiConfig = {
  archiveEnabled: true,
  criticalPathEnabled: true,
  dependencies: { menuEnabled: true, dagMaxNumServices: 100 },
  monitor: {
    menuEnabled: true,
    docsLink: 'https://www.jaegertracing.io/docs/latest/architecture/spm/',
  },
  menu: [],
  linkPatterns: [],
  // Jaeger UI caps the lookback at 2 days; 3 weeks lets a newcomer find last week's traces (docs/ui.md).
  search: { maxLookback: { label: '3 weeks', value: '3w' }, maxLimit: 1500 },
  tracking: { gaID: null },
  disableFileUploadControl: false,
  disableJsonView: false,
  traceIdDisplayLength: 7,
};

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const DEEP_MERGED = ['dependencies', 'monitor', 'search', 'tracking'] as const;

/**
 * Merges an injected config over the defaults as Jaeger UI does: `dependencies`, `monitor`,
 * `search` and `tracking` are merged key by key, everything else replaces. Anything malformed is ignored.
 */
export function mergeConfig(injected: unknown): UiConfig {
  if (!isObject(injected)) return DEFAULT_CONFIG;
  const merged: Json = { ...DEFAULT_CONFIG };
  for (const [key, value] of Object.entries(injected)) {
    if (!(key in DEFAULT_CONFIG) || value === null || value === undefined) continue;
    const base = merged[key];
    if ((DEEP_MERGED as readonly string[]).includes(key)) {
      if (isObject(value)) merged[key] = { ...(base as Json), ...value };
      continue;
    }
    if (Array.isArray(base) !== Array.isArray(value) || typeof base !== typeof value) continue;
    merged[key] = value;
  }
  // Deprecated top-level flag still honoured by Jaeger UI.
  if (injected.dependenciesMenuEnabled === false) {
    merged.dependencies = { ...(merged.dependencies as Json), menuEnabled: false };
  }
  return merged as unknown as UiConfig;
}

interface InjectedGlobals {
  getJaegerUiConfig?: () => unknown;
  UIConfig?: () => unknown;
  getJaegerStorageCapabilities?: () => unknown;
  getJaegerVersion?: () => unknown;
}

/** Jaeger's `JAEGER_VERSION` triple, the same as the admin port's `GET /version`. */
export interface VersionInfo {
  gitCommit: string;
  gitVersion: string;
  buildDate: string;
}

function call(fn: (() => unknown) | undefined): unknown {
  try {
    return typeof fn === 'function' ? fn() : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the config from index.html's injected functions; absent or broken injection → defaults. */
export function readInjectedConfig(globals: InjectedGlobals = globalThis as InjectedGlobals): UiConfig {
  // `UIConfig()` is the JS form (`// JAEGER_CONFIG_JS` marker); it wins when defined, as in Jaeger.
  const fromJs = call(globals.UIConfig);
  return mergeConfig(fromJs ?? call(globals.getJaegerUiConfig));
}

export function readStorageCapabilities(
  globals: InjectedGlobals = globalThis as InjectedGlobals,
): StorageCapabilities {
  const caps = call(globals.getJaegerStorageCapabilities);
  return { archiveStorage: isObject(caps) && caps.archiveStorage === true };
}

/** The injected version (About menu); empty strings when the page was not served by the query service. */
export function readInjectedVersion(globals: InjectedGlobals = globalThis as InjectedGlobals): VersionInfo {
  const injected = call(globals.getJaegerVersion);
  const field = (key: keyof VersionInfo): string =>
    isObject(injected) && typeof injected[key] === 'string' ? injected[key] : '';
  return { gitCommit: field('gitCommit'), gitVersion: field('gitVersion'), buildDate: field('buildDate') };
}
