/**
 * Jaeger's bearer-token extraction (`pkg/bearertoken/http.go`): `Authorization: Bearer <t>`,
 * else `X-Forwarded-Access-Token: <t>`.
 */
export function bearerTokenFromHeaders(
  authorization: string | undefined,
  forwardedAccessToken: string | undefined,
): string | undefined {
  // As Jaeger: an Authorization header of another scheme (Basic) is never forwarded, nor replaced.
  if (authorization !== undefined && authorization !== '') {
    const match = /^Bearer (\S+)$/.exec(authorization.trim());
    return match?.[1];
  }
  const forwarded = forwardedAccessToken?.trim();
  return forwarded === undefined || forwarded === '' ? undefined : forwarded;
}
