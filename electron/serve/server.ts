import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { OffprintApi } from '../api/contract.ts';
import type { EventHub } from '../api/event-hub.ts';
import { messageOf } from '../common/messages.ts';
import { type ApiRouteContext, handleApiRequest } from './api-routes.ts';
import { assetCookie, assetsPrefix, serveAsset } from './asset-route.ts';
import { sendJson, sendText } from './http-response.ts';
import { hostPart, isAllowedHost, isAllowedOrigin } from './request-guards.ts';
import { serveStaticFile } from './static-files.ts';

/** What the browser host serves: the library's API and events, and the built renderer's folder. */
export interface ServerOptions {
  api: OffprintApi;
  events: Pick<EventHub, 'subscribe'>;
  rendererDir: string;
  port?: number;
  token?: string;
  /** The address to listen on: 127.0.0.1 unless the reader chose another (`0.0.0.0` for every address). */
  host?: string;
}

/** A running browser host: the address to open (with its token) and a way to stop it. */
export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const loopback = '127.0.0.1';

const closeGraceMs = 2000;

/** Starts the browser host (on 127.0.0.1 by default); resolves once it listens, rejects when the port cannot be taken. */
export async function startServer({
  api,
  events,
  rendererDir,
  port = 0,
  token = randomBytes(32).toString('base64url'),
  host = loopback,
}: ServerOptions): Promise<RunningServer> {
  const addresses = servedAddresses(host);
  const context: ApiRouteContext = { api, events, token, streams: new Set() };
  const { dir: archiveDir } = await api.getArchiveStatus({});
  let boundPort = port;
  const server = createServer((req, res) => {
    answer(req, res, { port: boundPort, addresses, rendererDir, archiveDir }, context).catch((error: unknown) => {
      const detail = messageOf(error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: `Offprint failed to answer: ${detail}` });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  boundPort = (server.address() as AddressInfo).port;
  context.assetCookie = assetCookie(token, boundPort);

  return {
    url: `http://${hostPart(isWildcard(host) ? loopback : host)}:${boundPort}/#token=${token}`,
    port: boundPort,
    token,
    close() {
      for (const end of [...context.streams]) end();
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        // Requests under way get a moment to finish (a note being saved); then every socket is closed.
        setTimeout(() => server.closeAllConnections(), closeGraceMs).unref();
      });
    },
  };
}

interface AnswerContext {
  port: number;
  addresses: string[];
  rendererDir: string;
  archiveDir: string;
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::';
}

/** The addresses a request may name besides 127.0.0.1 and localhost: the chosen one, or every one this machine has. */
function servedAddresses(host: string): string[] {
  if (!isWildcard(host)) return [host];
  const all = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []);
  return all.filter((entry) => host === '::' || entry.family === 'IPv4').map((entry) => entry.address);
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  { port, addresses, rendererDir, archiveDir }: AnswerContext,
  context: ApiRouteContext,
): Promise<void> {
  if (!isAllowedHost(req.headers.host, port, addresses)) {
    sendText(res, 403, `Offprint answers only requests addressed to 127.0.0.1:${port} or localhost:${port}.`);
    return;
  }
  if (!isAllowedOrigin(req.headers.origin, port, addresses)) {
    sendText(res, 403, 'Offprint answers only its own pages; a request from another site was refused.');
    return;
  }
  const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (path === '/api' || path.startsWith('/api/')) {
    await handleApiRequest(req, res, path.slice('/api/'.length), context);
    return;
  }
  if (path.startsWith(assetsPrefix)) {
    await serveAsset(req, res, { archiveDir, token: context.token, port, path });
    return;
  }
  await serveStaticFile(req, res, rendererDir);
}
