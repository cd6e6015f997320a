import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openLibrary } from '../api/library.ts';
import { Archive } from './archive.ts';
import { bundleChild } from './test-support/bundle-child.ts';
import { startNodeChild } from './test-support/watched-child.ts';

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
  if (roll < 0.1) return { from: 'spawn', delayMs: Math.random() * 150 };
  if (roll < 0.25) return { from: 'start', delayMs: Math.random() * 40 };
  return { from: 'first-ack', delayMs: Math.random() * 150 };
}

/** Runs one child until the plan kills it; gives the notes it acknowledged. */
async function runUntilKilled(script: string, dir: string, plan: KillPlan): Promise<Ack[]> {
  const child = startNodeChild(script, [dir]);
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
  t.after(() => rm(work, { recursive: true, force: true }));
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
  let previousPid: number | undefined;
  for (let round = 0; round < kills; round += 1) {
    const plan = planKill();
    const staleLock = previousPid !== undefined && (await lockHolderPid(dir)) === previousPid;
    const acks = await runUntilKilled(script, dir, plan);
    if (plan.from === 'first-ack') roundsAfterAck += 1;
    if (staleLock && acks.length > 0) staleLocksTakenOver += 1;
    for (const ack of acks) acked.set(ack.noteId, { reviewId: ack.reviewId, body: ack.body });
    previousPid = await lockHolderPid(dir);
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
  t.after(() => archive.close());
  assert.deepEqual(archive.notices, []);
  const stored = new Map<string, { reviewId: string; body: string }>();
  for (const row of archive.listReviews()) {
    for (const note of await archive.readNotes(row.id))
      stored.set(note.id, { reviewId: note.reviewId, body: note.body });
  }
  for (const [noteId, ack] of acked) {
    assert.deepEqual(stored.get(noteId), ack, `The acknowledged note ${noteId} on ${ack.reviewId} was lost`);
  }
  assert.ok(acked.size >= roundsAfterAck, 'every child killed after its first ack contributed at least one ack');
  assert.ok(acked.size > 0, 'no note was ever acknowledged, so the test proved nothing');
  const summary = `${kills} kills, ${acked.size} acknowledged notes verified (${stored.size} stored), ${staleLocksTakenOver} stale locks taken over by the next writer`;
  t.diagnostic(summary);
});
