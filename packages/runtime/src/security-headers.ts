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

/** The CSP for a page whose inline scripts have these sha256 digests (base64). */
export function cspWithScriptHashes(hashes: readonly string[]): string {
  const sources = hashes.map((hash) => `'sha256-${hash}'`).join(' ');
  return `${BASE_CSP}; script-src 'self'${sources === '' ? '' : ` ${sources}`}`;
}
