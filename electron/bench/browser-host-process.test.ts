import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { findHostAddress, missingCliReason, startHostProcess } from './browser-host-process.ts';

const address = 'http://127.0.0.1:40123/#token=abc_DEF-123';

/** Writes a stand-in for the built CLI: a real Node script that behaves as `body` says. */
async function standIn(body: string): Promise<{ dir: string; cli: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-bench-host-'));
  const cli = path.join(dir, 'offprint.mjs');
  await writeFile(cli, body);
  return { dir, cli };
}

test('the address is found in the host output once it has been printed whole', () => {
  assert.equal(findHostAddress(`Offprint is serving the archive at /tmp/a\nOpen ${address}\nPress Ctrl+C`), address);
  assert.equal(findHostAddress('Offprint is serving the archive at /tmp/a\nOpen http://127.0.0.1:'), undefined);
  assert.equal(findHostAddress('Open http://0.0.0.0:8080/#token=abc'), undefined);
});

test('a started host answers the address it printed, was asked to serve the archive, and stops on request', async () => {
  const { dir, cli } = await standIn(
    [
      "import { writeFileSync } from 'node:fs';",
      "writeFileSync(new URL('./args.json', import.meta.url), JSON.stringify(process.argv.slice(2)));",
      `process.stdout.write('Offprint is serving\\nOpen ${address}\\nPress Ctrl+C to stop.\\n');`,
      'setInterval(() => {}, 1000);',
    ].join('\n'),
  );
  try {
    const host = await startHostProcess('/tmp/some-archive', cli);
    assert.equal(host.url, address);
    assert.equal(host.origin, 'http://127.0.0.1:40123');
    const args = JSON.parse(await readFile(path.join(dir, 'args.json'), 'utf8'));
    assert.deepEqual(args, ['serve', '--archive', '/tmp/some-archive', '--port', '0']);
    await host.stop();
    await host.stop();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a host that exits before printing its address is reported with its last line', async () => {
  const { dir, cli } = await standIn(
    "process.stderr.write('Cannot open the archive: it is locked by another Offprint.\\n'); process.exit(3);",
  );
  try {
    await assert.rejects(
      startHostProcess('/tmp/some-archive', cli),
      /^Error: offprint serve exited \(code 3\) before printing its address: Cannot open the archive: it is locked/,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a missing CLI build is named with the command that makes it', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-bench-host-'));
  const cli = path.join(dir, 'offprint.js');
  try {
    assert.match(
      missingCliReason(cli) ?? '',
      /^the CLI is not built \(.*offprint\.js is missing\); run "npm run build" first$/,
    );
    await assert.rejects(
      startHostProcess('/tmp/some-archive', cli),
      /^Error: Cannot start offprint serve: the CLI is not built/,
    );
    await writeFile(cli, '');
    assert.equal(missingCliReason(cli), null);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
