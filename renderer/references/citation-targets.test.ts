import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { copyCitationAt, registerCitationTarget } from './citation-targets.ts';

/**
 * A page with two reference entries and a paragraph; jsdom lays nothing out, so `hit` says what lies at a point.
 * `copyAt` copies the citation at a point, recording in `told` each time the review's own is asked for.
 */
function page() {
  const { document } = new JSDOM(
    '<!doctype html><p id="text">Body</p><ol><li id="ref-1"><p><span>Ledger</span></p></li><li id="ref-2">Post</li></ol>',
  ).window;
  const at = new Map<string, Element | null>();
  document.elementFromPoint = (x: number, y: number) => at.get(`${x},${y}`) ?? null;
  const hit = (x: number, y: number, element: Element | null) => at.set(`${x},${y}`, element);
  const byId = (id: string) => document.getElementById(id) as Element;
  const page = document as unknown as Document;
  const told: string[] = [];
  const copyAt = (point: { x: number; y: number } | undefined) =>
    copyCitationAt(page, point, () => told.push('review'));
  return { document: page, hit, byId, told, copyAt };
}

test('Copy Citation copies the reference under the point, found from the innermost element up', () => {
  const { hit, byId, told, copyAt } = page();
  const copied: string[] = [];
  registerCitationTarget(byId('ref-1'), () => copied.push('Ledger'));
  registerCitationTarget(byId('ref-2'), () => copied.push('Post'));
  hit(40, 12, byId('ref-1').querySelector('span'));
  hit(40, 30, byId('ref-2'));
  assert.equal(copyAt({ x: 40, y: 12 }), true);
  assert.equal(copyAt({ x: 40, y: 30 }), true);
  assert.deepEqual(copied, ['Ledger', 'Post']);
  assert.deepEqual(told, []);
});

test("away from any reference no reference is copied and the review's own citation is asked for", () => {
  const { hit, byId, told, copyAt } = page();
  let copied = 0;
  registerCitationTarget(byId('ref-1'), () => copied++);
  hit(5, 5, byId('text'));
  assert.equal(copyAt({ x: 5, y: 5 }), false);
  assert.equal(copyAt({ x: 900, y: 900 }), false);
  assert.equal(copyAt(undefined), false);
  assert.equal(copied, 0);
  assert.deepEqual(told, ['review', 'review', 'review']);
});

test('an entry that is gone no longer answers', () => {
  const { document, hit, byId } = page();
  let copied = 0;
  const unregister = registerCitationTarget(byId('ref-1'), () => copied++);
  unregister();
  hit(1, 1, byId('ref-1'));
  assert.equal(
    copyCitationAt(document, { x: 1, y: 1 }, () => {}),
    false,
  );
  assert.equal(copied, 0);
});
