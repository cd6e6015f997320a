import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { type Library, openLibrary } from '../api/library.ts';
import { type RunningServer, startServer } from './server.ts';

/** The page the tests' renderer folder serves as index.html. */
export const testIndexHtml = '<!doctype html><title>Offprint test page</title>';

/** A browser host on a fresh archive and a renderer folder written by the test, with ways to call it. */
export interface TestServer extends RunningServer {
  origin: string;
  archiveDir: string;
  rendererDir: string;
  library: Library;
  call(method: string, input: unknown): Promise<{ status: number; body: unknown }>;
}

/** An answer to a raw HTTP request. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Starts a browser host on a new temp archive. Its renderer folder sits inside a temp folder that also holds
 * a `package.json`, so a request that climbs out of the renderer folder would find something to leak.
 */
export async function startTestServer(options: { host?: string } = {}): Promise<TestServer> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'offprint-serve-'));
  const archiveDir = path.join(parent, 'archive');
  const rendererDir = path.join(parent, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), testIndexHtml);
  await writeFile(path.join(rendererDir, 'app.js'), 'document.title = "Offprint";\n');
  await writeFile(path.join(parent, 'package.json'), '{"name":"outside the renderer folder"}\n');
  const library = await openLibrary(archiveDir);
  const server = await startServer({ api: library.api, events: library.events, rendererDir, ...options });
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    ...server,
    origin,
    archiveDir,
    rendererDir,
    library,
    async call(method, input) {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Offprint-Token': server.token },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: await response.json() };
    },
  };
}

/** Starts a test server (see startTestServer) that closes when the test `t` ends. */
export async function startServerForTest(t: TestContext, options: { host?: string } = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  t.after(() => server.close());
  return server;
}

/** Sends a request exactly as written: fetch would tidy the path and set its own Host header. */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}
