import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether a request names this server as its host; anything else is a page on another site (DNS rebinding). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  const named = host?.toLowerCase();
  return named === `127.0.0.1:${port}` || named === `localhost:${port}`;
}

/** Whether the `X-Offprint-Token` header carries this launch's token, compared in constant time. */
export function hasToken(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  // Hashing first gives both sides the same length, which timingSafeEqual requires.
  const given = createHash('sha256').update(header).digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected);
}
