import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { copyCitationAt, registerCitationTarget } from './citation-targets.ts';

/** A page with two reference entries and a paragraph; jsdom lays nothing out, so `hit` says what lies at a point. */
function page() {
  const { document } = new JSDOM(
    '<!doctype html><p id="text">Body</p><ol><li id="ref-1"><p><span>Ledger</span></p></li><li id="ref-2">Post</li></ol>',
  ).window;
  const at = new Map<string, Element | null>();
  document.elementFromPoint = (x: number, y: number) => at.get(`${x},${y}`) ?? null;
  const hit = (x: number, y: number, element: Element | null) => at.set(`${x},${y}`, element);
  const byId = (id: string) => document.getElementById(id) as Element;
  return { document: document as unknown as Document, hit, byId };
}

test('Copy Citation copies the reference under the point, found from the innermost element up', () => {
  const { document, hit, byId } = page();
  const copied: string[] = [];
  registerCitationTarget(byId('ref-1'), () => copied.push('Ledger'));
  registerCitationTarget(byId('ref-2'), () => copied.push('Post'));
  hit(40, 12, byId('ref-1').querySelector('span'));
  hit(40, 30, byId('ref-2'));
  const told: string[] = [];
  assert.equal(
    copyCitationAt(document, { x: 40, y: 12 }, () => told.push('review')),
    true,
  );
  assert.equal(
    copyCitationAt(document, { x: 40, y: 30 }, () => told.push('review')),
    true,
  );
  assert.deepEqual(copied, ['Ledger', 'Post']);
  assert.deepEqual(told, []);
});

test("away from any reference no reference is copied and the review's own citation is asked for", () => {
  const { document, hit, byId } = page();
  let copied = 0;
  registerCitationTarget(byId('ref-1'), () => copied++);
  hit(5, 5, byId('text'));
  const told: string[] = [];
  assert.equal(
    copyCitationAt(document, { x: 5, y: 5 }, () => told.push('review')),
    false,
  );
  assert.equal(
    copyCitationAt(document, { x: 900, y: 900 }, () => told.push('review')),
    false,
  );
  assert.equal(
    copyCitationAt(document, undefined, () => told.push('review')),
    false,
  );
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
