import { randomUUID } from 'node:crypto';
import { Archive } from '../archive.ts';
import { review } from './review-fixture.ts';

/**
 * Lock-test child: opens the archive for writing, adds a review and saves notes on it (`saved <reviewId>
 * <noteId> <body>` each), writes `ready`, and holds the archive until stdin closes. Then it starts more saves,
 * closes the archive at once (close must finish them) and reports those saves too.
 */
const dir = process.argv[2];
if (!dir) throw new Error('Usage: hold-archive <archive-dir>');

const archive = await Archive.open(dir);
const held = review(randomUUID(), 'Held review');
await archive.addReview(held);

/** Adds a note with `body` to the held review, as saving a new note does. */
function saveNote(body: string): Promise<{ id: string; body: string }> {
  const now = new Date().toISOString();
  const note = { id: randomUUID(), reviewId: held.id, body, createdAt: now, updatedAt: now };
  return archive.updateNotes(held.id, (notes) => ({ notes: [...notes, note], result: note }));
}

for (let number = 1; number <= 5; number += 1) {
  const note = await saveNote(`held note ${number}`);
  process.stdout.write(`saved ${held.id} ${note.id} ${note.body}\n`);
}
process.stdout.write('ready\n');

process.stdin.resume();
await new Promise((resolve) => process.stdin.once('end', resolve));
const late = [1, 2, 3].map((number) => saveNote(`late note ${number}`));
await archive.close();
for (const note of await Promise.all(late)) process.stdout.write(`saved ${held.id} ${note.id} ${note.body}\n`);
