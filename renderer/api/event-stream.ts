import type { EventName, OffprintEvent } from '../../electron/api/contract.ts';
import { parseSseFrames, type SseFrame } from './sse-frames.ts';

type Listener = (event: OffprintEvent) => void;

/** Every event type the hosts send; the compiler insists the list is complete. */
const eventTypes = {
  'review-added': true,
  'review-changed': true,
  'review-removed': true,
  'archive-notice': true,
  'import-progress': true,
  'notes-changed': true,
  'settings-changed': true,
  'review-state-changed': true,
  'search-progress': true,
  'menu-command': true,
} as const satisfies Record<EventName, true>;

/** Where the event stream is and how soon to reconnect after it drops. */
export interface EventStreamOptions {
  url: string;
  headers: Record<string, string>;
  firstRetryMs?: number;
  maxRetryMs?: number;
}

/**
 * Shares one event stream (read with fetch, since EventSource cannot send the token header) among listeners:
 * it opens with the first listener, reconnects with backoff when it drops, and closes after the last one leaves.
 */
export function createEventSubscription(options: EventStreamOptions): (listener: Listener) => () => void {
  const listeners = new Set<Listener>();
  let controller: AbortController | undefined;
  const deliver = (event: OffprintEvent) => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One failing listener must not stop the others or the stream; surface it as an uncaught error.
        setTimeout(() => {
          throw error;
        });
      }
    }
  };
  return (listener) => {
    listeners.add(listener);
    if (!controller) {
      controller = new AbortController();
      void followStream(options, controller.signal, deliver);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && controller) {
        controller.abort();
        controller = undefined;
      }
    };
  };
}

async function followStream(options: EventStreamOptions, signal: AbortSignal, deliver: Listener): Promise<void> {
  const firstRetryMs = options.firstRetryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  let retryMs = firstRetryMs;
  while (!signal.aborted) {
    try {
      const response = await fetch(options.url, { headers: options.headers, signal, cache: 'no-store' });
      if (response.ok && response.body) {
        retryMs = firstRetryMs;
        await readEvents(response.body, deliver);
      } else {
        await response.body?.cancel();
      }
    } catch {
      // A dropped or refused connection is retried below; aborting ends the loop.
    }
    if (signal.aborted) return;
    await pause(retryMs, signal);
    retryMs = Math.min(retryMs * 2, maxRetryMs);
  }
}

async function readEvents(body: ReadableStream<Uint8Array>, deliver: Listener): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    const { frames, rest } = parseSseFrames(buffer + decoder.decode(value, { stream: true }));
    buffer = rest;
    for (const frame of frames) {
      const event = toEvent(frame);
      if (event) deliver(event);
    }
  }
}

function toEvent(frame: SseFrame): OffprintEvent | undefined {
  if (!Object.hasOwn(eventTypes, frame.event)) return undefined;
  try {
    // The host validated the payload against the contract before sending it.
    return { type: frame.event, payload: JSON.parse(frame.data) } as OffprintEvent;
  } catch {
    return undefined;
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
