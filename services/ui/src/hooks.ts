import { useEffect, useState } from 'react';

export type Async<T> = { state: 'loading' } | { state: 'error'; error: string } | { state: 'done'; value: T };

/** Runs `load` whenever `key` changes; ignores results of superseded runs. */
export function useAsync<T>(load: () => Promise<T>, key: string): Async<T> {
  // The result remembers which key produced it; a result for an older key reads as loading.
  const [result, setResult] = useState<{ key: string; value: Async<T> } | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => {
        if (live) setResult({ key, value: { state: 'done', value } });
      },
      (e: unknown) => {
        if (live)
          setResult({ key, value: { state: 'error', error: e instanceof Error ? e.message : String(e) } });
      },
    );
    return () => {
      live = false;
    };
    // `key` stands for everything `load` depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result?.key === key ? result.value : { state: 'loading' };
}

/** The page title, as Jaeger UI sets it: what the page shows, then the product name. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === '' ? 'Spanstream' : `${title} — Spanstream`;
  }, [title]);
}
