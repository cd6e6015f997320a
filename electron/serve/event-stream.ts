import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OffprintEvent } from '../api/contract.ts';
import type { EventHub } from '../api/event-hub.ts';
import { securityHeaders } from './http-response.ts';

/** How often an open event stream gets a `: ping` comment, so proxies and browsers keep it open. */
export const pingIntervalMs = 15_000;

/** One event in the server-sent events format: `event: <type>`, `data: <JSON payload>`, a blank line. */
export function formatEvent(event: OffprintEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`;
}

/** Streams library events to one client until it leaves; the returned function ends the stream from our side. */
export function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  events: Pick<EventHub, 'subscribe'>,
  onEnd: () => void,
): () => void {
  const unsubscribe = events.subscribe((event) => res.write(formatEvent(event)));
  res.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
  });
  res.flushHeaders();
  const ping = setInterval(() => res.write(': ping\n\n'), pingIntervalMs);
  ping.unref();

  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(ping);
    unsubscribe();
    res.end();
    onEnd();
  };
  req.on('close', end);
  res.on('close', end);
  return end;
}
