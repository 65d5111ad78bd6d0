import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { basePath } from './api/client.ts';
import { App } from './App.tsx';
import { readInjectedConfig, readStorageCapabilities } from './config/ui-config.ts';
import { AppProvider } from './context.tsx';
import './styles.css';
import { loadTracking } from './tracking.ts';

const prefix = basePath();
const config = readInjectedConfig();
loadTracking(config.tracking.gaID);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider prefix={prefix} config={config} capabilities={readStorageCapabilities()}>
      <App basename={prefix} />
    </AppProvider>
  </StrictMode>,
);
