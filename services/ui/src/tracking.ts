// Jaeger UI's opt-in Google Analytics (`tracking.gaID` in --query.ui-config). Off unless the option is
// set; the query service then allows Google's origins in the page's Content-Security-Policy.

interface GtagWindow {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
}

/** Loads gtag.js for `gaID` (GA4 `G-…`, or a Universal Analytics `UA-…` ID that gtag also takes). */
export function loadTracking(gaID: string | null, win: Window & GtagWindow = window): boolean {
  if (gaID === null || gaID.trim() === '') return false;
  win.dataLayer = win.dataLayer ?? [];
  const layer = win.dataLayer;
  // gtag.js reads its commands from dataLayer as `arguments` objects, as Google's snippet pushes them.
  win.gtag = function gtag() {
    // eslint-disable-next-line prefer-rest-params
    layer.push(arguments);
  };
  win.gtag('js', new Date());
  win.gtag('config', gaID, { anonymize_ip: true });
  const script = win.document.createElement('script');
  script.async = true;
  script.src = `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(gaID)}`;
  script.dataset['tracking'] = 'google-analytics';
  win.document.head.append(script);
  return true;
}
