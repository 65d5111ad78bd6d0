import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';

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
    throw new UiConfigError(`cannot read UI config file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parseUiConfig(path, text);
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
    throw new UiConfigError(`cannot parse UI config file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UiConfigError(
      `UI config file ${path} must hold an object, not ${Array.isArray(value) ? 'an array' : typeof value}`,
    );
  }
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
