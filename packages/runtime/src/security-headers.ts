/**
 * Headers every Spanstream HTTP response carries (query API and UI, admin). The CSP allows only the
 * service's own origin; the UI's inline config script is allowed by its hash (see `withScriptHashes`).
 * `frame-ancestors 'self'` stops other sites from framing the UI (clickjacking); operators who embed it
 * override the header with `--query.additional-headers`.
 */
export const BASE_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy': BASE_CSP,
};

/** Origins a page may use beyond its own (the UI's opt-in analytics, `tracking.gaID`). */
export interface CspAdditions {
  readonly scriptSrc?: readonly string[];
  readonly connectSrc?: readonly string[];
  readonly imgSrc?: readonly string[];
}

/** The CSP for a page whose inline scripts have these sha256 digests (base64), plus any added origins. */
export function cspWithScriptHashes(hashes: readonly string[], additions: CspAdditions = {}): string {
  const extra = (sources: readonly string[] | undefined): string =>
    sources === undefined || sources.length === 0 ? '' : ` ${sources.join(' ')}`;
  const base = BASE_CSP.replace(
    "img-src 'self' data:",
    `img-src 'self' data:${extra(additions.imgSrc)}`,
  ).replace("connect-src 'self'", `connect-src 'self'${extra(additions.connectSrc)}`);
  const scripts = [...(additions.scriptSrc ?? []), ...hashes.map((hash) => `'sha256-${hash}'`)];
  return `${base}; script-src 'self'${extra(scripts)}`;
}
