import { STATUS_CODES } from 'node:http';
import { messageOf } from '../common/messages.ts';
import { type ErrorKind, OffprintError } from '../model/offprint-error.ts';
import { parseContentType } from './charset.ts';

/** What `fetchUrl` accepts: a readable page, or an image. */
export type FetchKind = 'page' | 'image';

/** Limits and expectations for one download. */
export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  accept?: FetchKind;
}

/** A downloaded body with what the server said about it. */
export interface FetchedResource {
  bytes: Uint8Array;
  mediaType: string;
  charset?: string;
  finalUrl: string;
}

const pageTypes = ['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown'];
const acceptHeaders: Record<FetchKind, string> = {
  page: 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8',
  image: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9',
};
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Downloads an http(s) address with a timeout, a size limit and a redirect limit, checking its content type. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const { timeoutMs = 15_000, maxBytes = 20 * 1024 * 1024, maxRedirects = 5, accept = 'page' } = options;
  const label = accept === 'page' ? `Cannot import "${url}"` : `Cannot fetch the image "${url}"`;
  const fail = (reason: string, kind: ErrorKind = 'invalid-input') => new OffprintError(kind, `${label}: ${reason}`);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let address = checkAddress(url, fail);
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(address, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: acceptHeaders[accept], 'user-agent': 'Offprint (offline reader)' },
      });
      if (redirectStatuses.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw fail(`it answered ${describeStatus(response.status)} without saying where to go`);
        if (redirects >= maxRedirects) {
          throw fail(`it redirects more than ${maxRedirects} times (open it in a browser to find its final address)`);
        }
        address = checkAddress(new URL(location, address).href, fail);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel();
        const kind = response.status === 404 || response.status === 410 ? 'not-found' : 'io';
        throw fail(`it answered ${describeStatus(response.status)} (check the address, or try again later)`, kind);
      }
      const { mediaType, charset } = parseContentType(response.headers.get('content-type') ?? '');
      if (!acceptsType(accept, mediaType)) {
        await response.body?.cancel();
        const kind = mediaType || 'of no stated type';
        throw fail(
          accept === 'page'
            ? `it is ${kind}, not a web page (addresses of HTML, plain text or Markdown pages can be imported)`
            : `it is ${kind}, not an image`,
        );
      }
      const bytes = await readBody(response, maxBytes, fail);
      return charset ? { bytes, mediaType, charset, finalUrl: address } : { bytes, mediaType, finalUrl: address };
    }
  } catch (error) {
    if (error instanceof OffprintError) throw error;
    if (timedOut) {
      throw fail(`it did not answer within ${formatSeconds(timeoutMs)} (check the address, or try again later)`, 'io');
    }
    throw fail(
      `the server could not be reached (${describeNetworkError(error)}; check the address and your connection)`,
      'io',
    );
  } finally {
    clearTimeout(timer);
  }
}

function checkAddress(address: string, fail: (reason: string) => OffprintError): string {
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    throw fail('it is not a web address (it should start with https://)');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw fail(`only http:// and https:// addresses can be fetched, not ${parsed.protocol}`);
  }
  return parsed.href;
}

function acceptsType(accept: FetchKind, mediaType: string): boolean {
  return accept === 'page' ? pageTypes.includes(mediaType) : mediaType.startsWith('image/');
}

async function readBody(
  response: Response,
  maxBytes: number,
  fail: (reason: string) => OffprintError,
): Promise<Uint8Array> {
  const tooLarge = () => fail(`it is larger than the ${formatMegabytes(maxBytes)} limit`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function describeStatus(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `${status} ${text}` : String(status);
}

function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string') return cause.code;
  if (cause instanceof Error) return cause.message;
  return messageOf(error);
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return seconds === 1 ? '1 second' : `${Number(seconds.toFixed(3))} seconds`;
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${Number(megabytes.toFixed(1))} MB` : `${bytes} bytes`;
}
