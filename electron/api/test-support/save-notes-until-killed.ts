import { openLibrary } from '../library.ts';

/**
 * Crash-test child: opens the archive for writing and saves new notes on every review as fast as it can, writing
 * `ack <reviewId> <noteId> <body>` once each save has resolved, until it is killed. Settings change meanwhile too.
 */
const dir = process.argv[2];
if (!dir) throw new Error('Usage: save-notes-until-killed <archive-dir>');

process.stdout.write('start\n');
const { api, archive } = await openLibrary(dir, { addSample: false });
const reviewIds = archive.listReviews().map((row) => row.id);
const themes = ['light', 'dark', 'sepia', 'system'] as const;
let saved = 0;

async function saveNotesOn(reviewId: string): Promise<never> {
  for (;;) {
    saved += 1;
    const body = `note ${process.pid}-${saved} — ünïcode, "quotes" and \\backslashes\\`;
    const note = await api.saveNote({ reviewId, body });
    process.stdout.write(`ack ${reviewId} ${note.id} ${body}\n`);
  }
}

async function changeSettings(): Promise<never> {
  for (let turn = 0; ; turn += 1) {
    await api.updateSettings({ theme: themes[turn % themes.length] ?? 'system' });
  }
}

await Promise.all([...reviewIds.map(saveNotesOn), changeSettings()]);
