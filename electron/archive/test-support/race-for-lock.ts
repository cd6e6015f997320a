import { ArchiveLockedError, acquireArchiveLock } from '../archive-lock.ts';

/**
 * Lock-race child: writes `ready`, waits for `go` on stdin, tries to take the archive lock once and writes `got`,
 * `locked <holder pid>` or `error <message>`. A winner holds the lock until stdin closes.
 */
const dir = process.argv[2];
if (!dir) throw new Error('Usage: race-for-lock <archive-dir>');

let input = '';
const ended = new Promise((resolve) => process.stdin.once('end', resolve));
const go = new Promise<void>((resolve) => {
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    input += chunk;
    if (input.includes('go\n')) resolve();
  });
});
process.stdout.write('ready\n');
await go;
try {
  const lock = await acquireArchiveLock(dir);
  process.stdout.write('got\n');
  await ended;
  await lock.release();
} catch (error) {
  if (error instanceof ArchiveLockedError) process.stdout.write(`locked ${error.pid}\n`);
  else process.stdout.write(`error ${(error as Error).message}\n`);
}
