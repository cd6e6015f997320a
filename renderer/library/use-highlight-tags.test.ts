import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Note, NoteEntry } from '../../electron/model/note.ts';
import { highlightTagsOf } from './use-highlight-tags.ts';

function entry(reviewId: string, note: Partial<Note>): NoteEntry {
  return {
    note: { id: `${reviewId}-${note.body ?? ''}`, reviewId, body: '', createdAt: '', updatedAt: '', ...note },
    review: { id: reviewId, title: reviewId },
  };
}

test("the tags on each review's highlights are gathered once each; free notes add none", () => {
  const tags = highlightTagsOf([
    entry('r1', { kind: 'highlight', tags: ['press', 'framing'] }),
    entry('r1', { kind: 'highlight', body: 'two', tags: ['framing'] }),
    entry('r2', { kind: 'highlight', tags: [] }),
    entry('r3', { tags: ['ignored'] }),
  ]);
  assert.deepEqual([...tags], [['r1', ['press', 'framing']]]);
});
