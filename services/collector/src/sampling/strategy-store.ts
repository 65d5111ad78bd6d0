import { type FSWatcher, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Logger } from '@spanstream/runtime';
import {
  DEFAULT_STRATEGIES,
  parseStrategies,
  type SamplingStrategyResponse,
  type Strategies,
  strategyFor,
} from './strategies.ts';

export interface StrategyStore {
  get(service: string): SamplingStrategyResponse;
  /** Loads the file (a bad file is a startup error) and starts watching it. */
  start(): Promise<void>;
  stop(): void;
  /** Re-reads the file now; keeps the current strategies if it is invalid. Resolves true when they changed. */
  reload(): Promise<boolean>;
}

/**
 * Strategies from `--sampling.strategies-file`, reloaded when the file changes:
 * watched through its directory (editors and ConfigMaps replace the file rather than
 * write it in place), or re-read every `reloadIntervalMs` when that is set, as Jaeger does.
 */
export function createStrategyStore(path: string, reloadIntervalMs: number, logger: Logger): StrategyStore {
  let strategies: Strategies = DEFAULT_STRATEGIES;
  let lastText = '';
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let debounce: NodeJS.Timeout | undefined;

  const load = async (): Promise<boolean> => {
    const text = await readFile(path, 'utf8');
    if (text === lastText) return false;
    const parsed = parseStrategies(text);
    for (const warning of parsed.warnings) logger.warn({ file: path }, warning);
    strategies = parsed.strategies;
    lastText = text;
    return true;
  };

  const reload = async (): Promise<boolean> => {
    try {
      const changed = await load();
      if (changed) logger.info({ file: path }, 'sampling strategies reloaded');
      return changed;
    } catch (error) {
      logger.error(
        { err: error, file: path },
        'cannot reload sampling strategies, keeping the previous ones',
      );
      return false;
    }
  };

  return {
    get: (service) => strategyFor(strategies, service),
    reload,
    async start() {
      if (path === '') return;
      try {
        await load();
      } catch (error) {
        throw new Error(`sampling.strategies-file ${path}: ${(error as Error).message}`, { cause: error });
      }
      if (reloadIntervalMs > 0) {
        timer = setInterval(() => void reload(), reloadIntervalMs);
        timer.unref();
        return;
      }
      const name = basename(path);
      watcher = watch(dirname(path), (_event, file) => {
        if (file !== name) return;
        clearTimeout(debounce);
        debounce = setTimeout(() => void reload(), 50);
      });
      watcher.unref();
    },
    stop() {
      watcher?.close();
      clearInterval(timer);
      clearTimeout(debounce);
    },
  };
}
