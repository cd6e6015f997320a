import assert from 'node:assert/strict';
import { access, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { acquireArchiveLock } from '../archive/archive-lock.ts';
import type { CliIo } from './cli-io.ts';
import { memoryIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';

/** A temp folder with an archive path and a renderer folder holding an index.html. */
async function workspace(): Promise<{ archive: string; renderer: string; folder: string }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'offprint-serve-cli-'));
  const renderer = path.join(folder, 'renderer');
  await mkdir(renderer);
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Offprint</title>');
  return { archive: path.join(folder, 'archive'), renderer, folder };
}

test('serve prints the archive and the address, answers with the token, and stops with exit code 0', async () => {
  const { archive, renderer } = await workspace();
  const stop = new AbortController();
  let printed = '';
  let announce: (url: string) => void = () => {};
  const announced = new Promise<string>((resolve) => {
    announce = resolve;
  });
  const io: CliIo = {
    stdout: {
      write(text: string) {
        printed += text;
        const url = printed.match(/^Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m)?.[1];
        if (url) announce(url);
      },
    },
    stderr: { write: () => undefined },
    readStdin: async () => '',
  };
  const exit = runCli(['serve', '--archive', archive, '--port', '0'], io, { rendererDir: renderer, stop: stop.signal });
  const url = new URL(await announced);
  assert.match(printed, new RegExp(`^Offprint is serving the archive at ${archive.replaceAll('\\', '\\\\')}\\n`));
  const token = url.hash.slice('#token='.length);
  const response = await fetch(`${url.origin}/api/listReviews`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Offprint-Token': token },
    body: '{}',
  });
  assert.equal(response.status, 200);
  assert.equal((await fetch(`${url.origin}/`)).status, 200);
  stop.abort();
  assert.equal(await exit, 0);
  await assert.rejects(access(path.join(archive, '.lock')), 'the lock is let go on stopping');
});

/** Runs `offprint serve` until it prints its address; answers with what it wrote to stderr, and stops it. */
async function serveOnce(
  archive: string,
  renderer: string,
  extra: string[] = [],
): Promise<{ err: string; exit: number }> {
  const stop = new AbortController();
  let err = '';
  let announce: () => void = () => {};
  const announced = new Promise<void>((resolve) => {
    announce = resolve;
  });
  const io: CliIo = {
    stdout: { write: (text: string) => (text.includes('Press Ctrl+C') ? announce() : undefined) },
    stderr: { write: (text: string) => (err += text) },
    readStdin: async () => '',
  };
  const exit = runCli(['serve', '--archive', archive, '--port', '0', ...extra], io, {
    rendererDir: renderer,
    stop: stop.signal,
  });
  await Promise.race([announced, exit]);
  stop.abort();
  return { err, exit: await exit };
}

test('serve tells what opening the archive found on stderr, one line each', async () => {
  const { archive, renderer } = await workspace();
  await mkdir(archive);
  await writeFile(path.join(archive, 'settings.json'), 'not json');
  const { err, exit } = await serveOnce(archive, renderer);
  assert.equal(exit, 0);
  assert.match(err, /^Your settings could not be read \([^\n]+\) and were reset; [^\n]+\.\n$/);
});

test('serve on an archive another process holds is refused with one line, and --wait waits for it', async (t) => {
  const { archive, renderer } = await workspace();
  await mkdir(archive);
  const lock = await acquireArchiveLock(archive);
  t.after(() => lock.release());
  const refused = memoryIo();
  assert.equal(await runCli(['serve', '--archive', archive], refused, { rendererDir: renderer }), 1);
  assert.match(refused.err(), /^The archive at [^\n]+ is open in another Offprint process \(pid \d+\)\. [^\n]+\n$/);
  const stop = new AbortController();
  let err = '';
  const io: CliIo = {
    stdout: { write: () => undefined },
    stderr: {
      write(text: string) {
        err += text;
        if (text.startsWith('Waiting for')) lock.release();
      },
    },
    readStdin: async () => '',
  };
  const exit = runCli(['serve', '--archive', archive, '--wait', '--port', '0'], io, {
    rendererDir: renderer,
    stop: stop.signal,
  });
  stop.abort();
  assert.equal(await exit, 0);
  assert.equal(err, `Waiting for the other Offprint process (pid ${process.pid}) to close the archive…\n`);
});

test('serve without a built reader says how to build it, with exit code 1', async () => {
  const { archive, folder } = await workspace();
  const io = memoryIo();
  const unbuilt = path.join(folder, 'dist', 'renderer');
  assert.equal(await runCli(['serve', '--archive', archive], io, { rendererDir: unbuilt }), 1);
  assert.equal(io.err(), 'The reader is not built yet: run "npm run build" first.\n');
});

test('serve --renderer on a folder without index.html names the folder', async () => {
  const { archive, folder } = await workspace();
  const io = memoryIo();
  assert.equal(await runCli(['serve', '--archive', archive, '--renderer', folder], io), 1);
  assert.equal(io.err(), `There is no index.html in ${folder}; pass the renderer build folder to --renderer.\n`);
});

test('serve on a port in use says so on one line, with exit code 1', async (t) => {
  const { archive, renderer } = await workspace();
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  t.after(() => blocker.close());
  const port = (blocker.address() as { port: number }).port;
  const io = memoryIo();
  assert.equal(await runCli(['serve', '--archive', archive, '--port', String(port)], io, { rendererDir: renderer }), 1);
  assert.equal(io.err(), `Port ${port} is in use; choose another with --port.\n`);
});

test('a port that is not a number from 0 to 65535 is a usage mistake', async () => {
  const { archive, renderer } = await workspace();
  for (const port of ['http', '-1', '65536', '80.5']) {
    const io = memoryIo();
    assert.equal(await runCli(['serve', '--archive', archive, `--port=${port}`], io, { rendererDir: renderer }), 2);
    assert.match(io.err(), /^--port must be a whole number from 0 to 65535, not "[^"]+"\.\n/);
  }
});

test('serve takes no arguments', async () => {
  const io = memoryIo();
  assert.equal(await runCli(['serve', 'now'], io), 2);
  assert.match(io.err(), /^"offprint serve" takes no arguments, but got "now"\.\n/);
});

test('serve --host on another address warns that other machines can reach the archive; 127.0.0.1 does not', async () => {
  const { archive, renderer } = await workspace();
  const wide = await serveOnce(archive, renderer, ['--host', '0.0.0.0']);
  assert.equal(wide.exit, 0);
  assert.match(
    wide.err,
    /^Warning: --host 0\.0\.0\.0 lets other machines reach this archive; .* Leave out --host to serve this machine only\.\n$/,
  );
  const local = await serveOnce(archive, renderer, ['--host', '127.0.0.1']);
  assert.equal(local.exit, 0);
  assert.equal(local.err, '');
});

test('serve --host that is not an IP address is a usage mistake', async () => {
  const { archive, renderer } = await workspace();
  const io = memoryIo();
  assert.equal(await runCli(['serve', '--archive', archive, '--host', 'my.lan'], io, { rendererDir: renderer }), 2);
  assert.match(
    io.err(),
    /^--host must be an IP address of this machine, such as 192\.168\.1\.20 or 0\.0\.0\.0, not "my\.lan"\.\n/,
  );
});
