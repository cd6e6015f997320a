import { openLibrary } from '../../api/library.ts';

/**
 * Lock-test child: opens the archive for writing, imports a review and saves notes on it (`saved <reviewId>
 * <noteId> <body>` each), writes `ready`, and holds the archive until stdin closes. Then it starts more saves,
 * closes the archive at once (close must finish them) and reports those saves too.
 */
const dir = process.argv[2];
if (!dir) throw new Error('Usage: hold-archive <archive-dir>');

const { api, archive } = await openLibrary(dir, { addSample: false });
const review = await api.importMarkdown({ content: '# Held review\n\nThe text.\n' });
for (let number = 1; number <= 5; number += 1) {
  const body = `held note ${number}`;
  const note = await api.saveNote({ reviewId: review.id, body });
  process.stdout.write(`saved ${review.id} ${note.id} ${body}\n`);
}
process.stdout.write('ready\n');

process.stdin.resume();
await new Promise((resolve) => process.stdin.once('end', resolve));
const late = [1, 2, 3].map((number) => api.saveNote({ reviewId: review.id, body: `late note ${number}` }));
await archive.close();
for (const note of await Promise.all(late)) process.stdout.write(`saved ${review.id} ${note.id} ${note.body}\n`);
