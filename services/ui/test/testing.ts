// Test and benchmark helpers: the real query service serving the built UI, and Debian's Chromium.
export { launchBrowser, screenshotPath, CHROMIUM, SCREENSHOT_DIR, type Browser } from './browser.ts';
export {
  ensureUiBuilt,
  scenarioTraces,
  startUiServer,
  UI_DIST,
  type UiServer,
  type UiServerOptions,
} from './ui-server.ts';
export { makeSyntheticTrace } from '../src/model/synthetic.ts';
export { ROW_HEIGHT } from '../src/components/timeline-rows.ts';
