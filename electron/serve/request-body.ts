import type { Readable } from 'node:stream';

/** The largest request body the browser host reads: 16 MiB. */
export const maxBodyBytes = 16 * 1024 * 1024;

/** A parsed JSON body, or the status and one line to answer with. */
export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

/** The line answered for a body over the limit. */
export const bodyTooLargeError = 'The request body is larger than 16 MiB; send less at once.';

const notJson: BodyResult = { ok: false, status: 400, error: 'The request body is not valid JSON.' };

/** Whether a Content-Type header names JSON (`application/json`, with or without parameters). */
export function isJsonContentType(header: string | undefined): boolean {
  return header?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Reads a UTF-8 JSON body of at most `limit` bytes; an empty body reads as no input. */
export function readJsonBody(stream: Readable, limit = maxBodyBytes): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      finish({ ok: false, status: 413, error: bodyTooLargeError });
      // Keep discarding the rest, so the client reads the answer instead of a reset connection.
      stream.resume();
    };
    const onEnd = () => finish(parseJson(Buffer.concat(chunks)));
    const onError = () => finish({ ok: false, status: 400, error: 'The request body ended before it was complete.' });
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

function parseJson(bytes: Buffer): BodyResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: text.trim() === '' ? undefined : JSON.parse(text) };
  } catch {
    return notJson;
  }
}
