/** Keys whose values are credentials (`es.password`, `kafka.producer.plaintext.password`, `token-file`...). */
export const SECRET_KEY = /password|secret|token|credential|api-?key|authorization|cookie/i;

/** `scheme://user:pass@` (also inside lists, JSON and error messages); the user-info is replaced. */
const URL_USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"',]+@/gi;

/**
 * Replaces the user-info of every URL in `text` (`http://user:pass@host` → `http://***@host`), so a
 * credential given in a URL option (`--es.server-urls`, a schema registry URL, a broker list) is never
 * logged. Other text is unchanged.
 */
export function redactUrlCredentials(text: string): string {
  return text.includes('@') ? text.replace(URL_USER_INFO, '$1***@') : text;
}
