import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { uiConfigShapeIssue } from './ui-config-shape.ts';

/**
 * `--query.ui-config`: a JSON or YAML object (`menu`, `linkPatterns`,
 * `dependencies.menuEnabled`, `tracking.gaID`, `search.maxLookback`,
 * `archiveEnabled`, …; Jaeger UI's keys, passed through unchanged) or, as in
 * Jaeger, a `.js` file defining `function UIConfig() { return {…}; }`.
 */
export type UiConfig =
  | { readonly kind: 'none' }
  | { readonly kind: 'object'; readonly value: Readonly<Record<string, unknown>> }
  | { readonly kind: 'script'; readonly source: string };

export class UiConfigError extends Error {
  override readonly name = 'UiConfigError';
}

const JS_CONFIG = /^\s*function\s+UIConfig\s*\(\s*\)\s*\{[\s\S]*\}\s*$/;

/** Loads the file; throws UiConfigError naming the file for unreadable or malformed content. */
export async function loadUiConfig(path: string): Promise<UiConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  return parseUiConfig(path, text);
}

/** The same, synchronously: checks `--query.ui-config` at startup, before anything listens. */
export function loadUiConfigSync(path: string): UiConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  return parseUiConfig(path, text);
}

function unreadable(path: string, error: unknown): UiConfigError {
  const reason =
    (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  return new UiConfigError(`UI config file ${path}: ${reason}`);
}

/** Where in the text a JSON or YAML syntax error is, as `line L, column C: message`. */
function syntaxProblem(error: unknown, text: string): string {
  if (error instanceof YAMLParseError) {
    const [start] = error.linePos ?? [];
    const message = error.message.split('\n')[0] ?? error.message;
    return start === undefined
      ? message
      : `line ${start.line}, column ${start.col}: ${message.replace(/ at line \d+, column \d+:?$/, '')}`;
  }
  const message = (error as Error).message;
  const position = /at position (\d+)/.exec(message);
  if (position === null) return `${message} (end of file)`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}

export function parseUiConfig(path: string, text: string): UiConfig {
  const ext = extname(path).toLowerCase();
  if (ext === '.js') {
    if (!JS_CONFIG.test(text)) {
      throw new UiConfigError(`UI config file ${path} must contain exactly one function UIConfig() { ... }`);
    }
    return { kind: 'script', source: text.trim() };
  }
  let value: unknown;
  try {
    value = ext === '.yaml' || ext === '.yml' ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    // The cause's message is part of ours: no `cause`, so that loggers do not print it twice.
    throw new UiConfigError(`cannot parse UI config file ${path}: ${syntaxProblem(error, text)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UiConfigError(
      `UI config file ${path} must hold an object, not ${Array.isArray(value) ? 'an array' : typeof value}`,
    );
  }
  const issue = uiConfigShapeIssue(value as Record<string, unknown>);
  if (issue !== undefined) throw new UiConfigError(`UI config file ${path}: ${issue}`);
  return { kind: 'object', value: value as Record<string, unknown> };
}

/**
 * Re-reads the file when its modification time changes (Jaeger hot-reloads the
 * UI config too). A broken edit keeps the last good config and is reported once.
 */
export function createUiConfigSource(
  path: string | undefined,
  initial: UiConfig,
  onReloadError: (error: Error) => void,
): () => Promise<UiConfig> {
  if (path === undefined) return () => Promise.resolve(initial);
  let current = initial;
  let seenMtime: number | undefined;
  let failedMtime: number | undefined;
  return async () => {
    const mtime = await stat(path).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
    if (mtime === undefined || mtime === seenMtime || mtime === failedMtime) return current;
    try {
      const loaded = await loadUiConfig(path);
      current = loaded;
      seenMtime = mtime;
    } catch (error) {
      failedMtime = mtime;
      if (seenMtime !== undefined) onReloadError(error as Error);
    }
    return current;
  };
}

/**
 * Whether the config turns on Jaeger UI's Google Analytics (`tracking.gaID`). A `UIConfig()` script
 * cannot be evaluated here: one that mentions `gaID` counts as on.
 */
export function enablesAnalytics(config: UiConfig): boolean {
  if (config.kind === 'script') return /\bgaID\b/.test(config.source);
  if (config.kind === 'none') return false;
  const tracking = config.value['tracking'];
  if (typeof tracking !== 'object' || tracking === null) return false;
  const gaID = (tracking as Record<string, unknown>)['gaID'];
  return typeof gaID === 'string' && gaID !== '';
}

/** The origins Google Analytics 4 (gtag.js) loads from and reports to. */
export const GOOGLE_ANALYTICS_CSP = {
  scriptSrc: ['https://www.googletagmanager.com'],
  connectSrc: [
    'https://*.google-analytics.com',
    'https://*.analytics.google.com',
    'https://*.googletagmanager.com',
  ],
  imgSrc: ['https://*.google-analytics.com', 'https://*.googletagmanager.com'],
} as const;
