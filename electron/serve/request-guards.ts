import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether a request names this server as its host: 127.0.0.1 or localhost, or one of the `addresses` the reader
 * chose to serve on. Anything else is a page on another site that had its name point here (DNS rebinding).
 */
export function isAllowedHost(host: string | undefined, port: number, addresses: readonly string[] = []): boolean {
  const named = host?.toLowerCase();
  return hostNames(port, addresses).some((name) => named === name);
}

/**
 * Whether a request's `Origin` (sent by browsers with every script's request and every form post) is this
 * server's own page, or absent (a navigation, the CLI, a test). A page of another site is refused even with the
 * token, so nothing cross-site reaches the API.
 */
export function isAllowedOrigin(
  origin: string | string[] | undefined,
  port: number,
  addresses: readonly string[] = [],
): boolean {
  if (origin === undefined) return true;
  if (typeof origin !== 'string') return false;
  const named = origin.toLowerCase();
  return hostNames(port, addresses).some((name) => named === `http://${name}`);
}

/** An address as it stands in a Host header or a URL: IPv6 in brackets. */
export function hostPart(address: string): string {
  return address.includes(':') ? `[${address.toLowerCase()}]` : address.toLowerCase();
}

function hostNames(port: number, addresses: readonly string[]): string[] {
  return ['127.0.0.1', 'localhost', ...addresses].map((address) => `${hostPart(address)}:${port}`);
}

/** Whether the `X-Offprint-Token` header carries this launch's token, compared in constant time. */
export function hasToken(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  // Hashing first gives both sides the same length, which timingSafeEqual requires.
  const given = createHash('sha256').update(header).digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected);
}
