import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { createApi, type JaegerApi } from './api/client.ts';
import type { RawTrace } from './api/types.ts';
import type { StorageCapabilities, UiConfig } from './config/ui-config.ts';

export interface AppContextValue {
  api: JaegerApi;
  config: UiConfig;
  capabilities: StorageCapabilities;
  /** Traces opened from uploaded files, looked up before the API. */
  uploaded: ReadonlyMap<string, RawTrace>;
  addUploaded: (traces: RawTrace[]) => void;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider(props: {
  prefix: string;
  config: UiConfig;
  capabilities: StorageCapabilities;
  api?: JaegerApi;
  children: ReactNode;
}): ReactNode {
  const { prefix, config, capabilities, api: injectedApi, children } = props;
  const [uploaded, setUploaded] = useState<ReadonlyMap<string, RawTrace>>(new Map());
  const value = useMemo<AppContextValue>(
    () => ({
      api: injectedApi ?? createApi(prefix),
      config,
      capabilities,
      uploaded,
      addUploaded: (traces) => {
        setUploaded((prev) => new Map([...prev, ...traces.map((t) => [t.traceID, t] as const)]));
      },
    }),
    [prefix, config, capabilities, injectedApi, uploaded],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside AppProvider');
  return ctx;
}
