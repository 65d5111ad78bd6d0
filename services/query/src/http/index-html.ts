import { createHash } from 'node:crypto';
import type { UiConfig } from './ui-config.ts';

export interface IndexHtmlOptions {
  readonly basePath: string;
  readonly uiConfig: UiConfig;
  readonly archiveStorage: boolean;
  readonly version: { readonly gitCommit: string; readonly gitVersion: string; readonly buildDate: string };
}

// The search-and-replace contract of Jaeger Query's static handler with Jaeger UI's index.html.
const CONFIG = /JAEGER_CONFIG *= *DEFAULT_CONFIG;/;
const CONFIG_JS = /^[ \t]*\/\/[ \t]*JAEGER_CONFIG_JS.*$/im;
const CAPABILITIES = /JAEGER_STORAGE_CAPABILITIES *= *DEFAULT_STORAGE_CAPABILITIES;/;
const VERSION = /JAEGER_VERSION *= *DEFAULT_VERSION;/;
const BASE_HREF = /<base href="\/"/;

/** index.html with the UI config, storage capabilities, version and base path filled in. */
export function renderIndexHtml(template: string, options: IndexHtmlOptions): string {
  let html = template;
  const config = options.uiConfig;
  if (config.kind === 'object') {
    html = html.replace(CONFIG, () => `JAEGER_CONFIG = ${scriptJson(config.value)};`);
  } else if (config.kind === 'script') {
    // Unlike Jaeger, only the marker line is replaced (Jaeger also eats the line after it).
    html = html.replace(CONFIG_JS, () => config.source);
  }
  html = html.replace(
    CAPABILITIES,
    () => `JAEGER_STORAGE_CAPABILITIES = ${scriptJson({ archiveStorage: options.archiveStorage })};`,
  );
  html = html.replace(VERSION, () => `JAEGER_VERSION = ${scriptJson(options.version)};`);
  if (options.basePath !== '/') {
    html = html.replace(BASE_HREF, () => `<base href="${escapeAttribute(options.basePath)}/"`);
  }
  return html;
}

// An inline <script> (no src attribute) and its body, as the browser hashes it for CSP.
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * sha256 (base64) of each inline script of a rendered index.html, for its Content-Security-Policy: the
 * injected config differs per deployment, so the hashes are computed per render rather than at build.
 */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) =>
    createHash('sha256')
      .update(match[1] ?? '')
      .digest('base64'),
  );
}

/** JSON safe inside a <script> element (no `</script>` breakout). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Served when the UI has not been built (`npm run build -w @spanstream/ui`). */
export function placeholderIndexHtml(staticDir: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <base href="/" />
    <title>Spanstream</title>
    <script>
      // JAEGER_CONFIG_JS
      function getJaegerUiConfig() {
        const DEFAULT_CONFIG = null;
        const JAEGER_CONFIG = DEFAULT_CONFIG;
        return JAEGER_CONFIG;
      }
      function getJaegerStorageCapabilities() {
        const DEFAULT_STORAGE_CAPABILITIES = { archiveStorage: false };
        const JAEGER_STORAGE_CAPABILITIES = DEFAULT_STORAGE_CAPABILITIES;
        return JAEGER_STORAGE_CAPABILITIES;
      }
      function getJaegerVersion() {
        const DEFAULT_VERSION = { gitCommit: '', gitVersion: '', buildDate: '' };
        const JAEGER_VERSION = DEFAULT_VERSION;
        return JAEGER_VERSION;
      }
    </script>
  </head>
  <body>
    <h1>Spanstream query service</h1>
    <p>The web UI is not built: no index.html in <code>${escapeAttribute(staticDir)}</code>.
      Build it with <code>npm run build -w @spanstream/ui</code>, or point <code>--query.static-files</code> at a build.</p>
    <p>The Jaeger API answers under <a href="api/services">api/</a> (for example <code>api/services</code>,
      <code>api/traces?service=…</code>) and <code>api/v3/</code>.</p>
  </body>
</html>
`;
}
