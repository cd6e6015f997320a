import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Archive } from '../archive/archive.ts';
import { bundleChild } from '../archive/test-support/bundle-child.ts';
import { startNodeChild } from '../archive/test-support/watched-child.ts';
import { openLibrary } from './library.ts';

const kills = 200;
const ackLine = /^ack (\S+) (\S+) (.*)$/;

interface Ack {
  reviewId: string;
  noteId: string;
  body: string;
}

/** When a child is killed: soon after it starts, while it opens the archive, or after its first saved note. */
type KillPlan = { from: 'spawn' | 'start' | 'first-ack'; delayMs: number };

function planKill(): KillPlan {
  const roll = Math.random();
  if (roll < 0.1) return { from: 'spawn', delayMs: Math.random() * 130 };
  if (roll < 0.25) return { from: 'start', delayMs: Math.random() * 40 };
  return { from: 'first-ack', delayMs: Math.random() * 100 };
}

/** Runs one child until the plan kills it; gives the notes it acknowledged. */
async function runUntilKilled(script: string, dir: string, plan: KillPlan, signal: AbortSignal): Promise<Ack[]> {
  const child = startNodeChild(script, [dir]);
  const stop = () => child.process.kill('SIGKILL');
  signal.addEventListener('abort', stop, { once: true });
  const kill = () => setTimeout(() => child.process.kill('SIGKILL'), plan.delayMs);
  // A child that never gets going (a lock it waits on forever) must fail the test, not hang it.
  const stuck = setTimeout(() => child.process.kill('SIGKILL'), 30_000);
  let triggered = false;
  if (plan.from === 'spawn') {
    triggered = true;
    kill();
  }
  child.onLine((line) => {
    const trigger = plan.from === 'start' ? line === 'start' : line.startsWith('ack ');
    if (!triggered && trigger) {
      triggered = true;
      kill();
    }
  });
  const end = await child.ended;
  clearTimeout(stuck);
  signal.removeEventListener('abort', stop);
  assert.equal(end.signal, 'SIGKILL', `A child ended by itself (code ${end.code}): ${end.stderr}`);
  assert.ok(triggered, `A child made no progress in 30 s (planned kill from ${plan.from}): ${end.stderr}`);
  return child.lines.flatMap((line) => {
    const match = line.match(ackLine);
    return match ? [{ reviewId: match[1] ?? '', noteId: match[2] ?? '', body: match[3] ?? '' }] : [];
  });
}

async function listFiles(root: string, relative = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, child)));
    else files.push(child);
  }
  return files;
}

async function lockHolderPid(dir: string): Promise<number | undefined> {
  const text = await readFile(path.join(dir, '.lock'), 'utf8').catch(() => '');
  try {
    return (JSON.parse(text) as { pid?: number }).pid;
  } catch {
    return undefined;
  }
}

test('every acknowledged note survives writers killed at random moments, and every file still parses', {
  timeout: 300_000,
}, async (t) => {
  const work = await mkdtemp(path.join(os.tmpdir(), 'offprint-crash-'));
  t.diagnostic(`archive under test (kept if the test fails): ${work}`);
  const script = await bundleChild(new URL('./test-support/save-notes-until-killed.ts', import.meta.url), work);
  const dir = path.join(work, 'archive');
  const setup = await openLibrary(dir, { addSample: false });
  for (const number of [1, 2, 3]) {
    await setup.api.importMarkdown({ content: `# Review ${number}\n\nThe text of review ${number}.\n` });
  }
  await setup.archive.close();

  const acked = new Map<string, Omit<Ack, 'noteId'>>();
  let roundsAfterAck = 0;
  let staleLocksTakenOver = 0;
  for (let round = 0; round < kills && !t.signal.aborted; round += 1) {
    const plan = planKill();
    // Nothing else runs on this archive, so a lock naming a pid here was left by the child killed last.
    const staleLock = (await lockHolderPid(dir)) !== undefined;
    const acks = await runUntilKilled(script, dir, plan, t.signal);
    if (plan.from === 'first-ack') roundsAfterAck += 1;
    if (staleLock && acks.length > 0) staleLocksTakenOver += 1;
    for (const ack of acks) acked.set(ack.noteId, { reviewId: ack.reviewId, body: ack.body });
  }

  const files = await listFiles(dir);
  for (const file of files) {
    if (file.startsWith(`.tmp${path.sep}`) || file.startsWith('.lock')) continue;
    assert.ok(!file.includes('.corrupt-'), `${file}: a file was found damaged and moved aside during the run`);
    const text = await readFile(path.join(dir, file), 'utf8');
    assert.doesNotThrow(() => JSON.parse(text), `${file} does not parse as JSON`);
  }
  assert.ok(files.includes('settings.json') && files.includes('offprint.json'));

  const archive = await Archive.open(dir);
  const stored = new Map<string, Omit<Ack, 'noteId'>>();
  try {
    assert.deepEqual(archive.notices, []);
    for (const row of archive.listReviews()) {
      for (const note of await archive.readNotes(row.id)) {
        stored.set(note.id, { reviewId: note.reviewId, body: note.body });
      }
    }
  } finally {
    await archive.close();
  }
  for (const [noteId, ack] of acked) {
    assert.deepEqual(stored.get(noteId), ack, `The acknowledged note ${noteId} on ${ack.reviewId} was lost`);
  }
  assert.ok(acked.size >= roundsAfterAck, 'every child killed after its first ack contributed at least one ack');
  assert.ok(acked.size > 0, 'no note was ever acknowledged, so the test proved nothing');
  const summary = `${kills} kills, ${acked.size} acknowledged notes verified (${stored.size} stored), ${staleLocksTakenOver} stale locks taken over by the next writer`;
  t.diagnostic(summary);
  await rm(work, { recursive: true, force: true });
});
