import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { OffprintError } from '../model/offprint-error.ts';
import type { Review } from '../model/review.ts';
import { exportCitations } from './citation-export.ts';
import { entryFor, importFixtureReview, paragraphs, squash, yearOf } from './citation-test-fixture.ts';

let dir = '';
let fixture: Review;

before(async () => {
  ({ dir, review: fixture } = await importFixtureReview());
});

after(() => rm(dir, { recursive: true, force: true }));

const tinyStyle = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Tiny</title><id>tiny</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <layout suffix=".">
      <text variable="title" prefix="TINY: "/>
      <text variable="container-title" prefix=" in "/>
      <date variable="issued" prefix=" (" suffix=")"><date-part name="year"/></date>
    </layout>
  </bibliography>
</style>`;

test('the APA and Vancouver bibliographies hold the review and each reference, one entry per paragraph', () => {
  for (const style of ['apa', 'vancouver', 'harvard1'] as const) {
    const file = exportCitations([fixture], 'bibliography', { style });
    assert.deepEqual([file.name, file.mediaType], ['bibliography.txt', 'text/plain']);
    const entries = paragraphs(file.text);
    assert.equal(entries.length, 1 + fixture.references.length, `${style}:\n${file.text}`);
    entryFor(entries, fixture.title);
    for (const reference of fixture.references) {
      const entry = squash(entryFor(entries, reference.title ?? reference.raw));
      assert.ok(entry.includes(squash(reference.container ?? '')), `${style}: outlet missing from ${entry}`);
      assert.ok(entry.includes(yearOf(reference)), `${style}: year missing from ${entry}`);
    }
  }
});

test('a bibliography without a chosen style is written in APA', () => {
  assert.equal(
    exportCitations([fixture], 'bibliography').text,
    exportCitations([fixture], 'bibliography', { style: 'apa' }).text,
  );
  assert.match(exportCitations([fixture], 'bibliography').text, /de Boer, J\. \(2002, September 2\)/);
});

test("a reader's own CSL style formats the bibliography", () => {
  const entries = paragraphs(exportCitations([fixture], 'bibliography', { styleXml: tinyStyle }).text);
  assert.equal(entries.length, 1 + fixture.references.length);
  for (const entry of entries) assert.match(entry, /^TINY: .+ \(\d{4}\)\.$/);
  for (const reference of fixture.references) {
    assert.ok(entries.includes(`TINY: ${reference.title} in ${reference.container} (${yearOf(reference)}).`));
  }
});

test('a CSL style that cannot be used fails with one line saying what is wrong with it', () => {
  const broken = {
    'truncated XML': [tinyStyle.slice(0, -40), /line \d+, column \d+: unclosed tag/],
    'not XML at all': ['APA please', /line 1, column \d+: /],
    'an HTML file': ['<html><body/></html>', /its root element is <html>, not <style>/],
    'a style outside the CSL namespace': [tinyStyle.replace(/ xmlns="[^"]+"/, ''), /not in the CSL namespace/],
    'no bibliography': [tinyStyle.replace(/<bibliography>[\s\S]*<\/bibliography>/, ''), /no <bibliography> section/],
    'no layout': [tinyStyle.replace(/<layout suffix[\s\S]*<\/layout>/, ''), /its <bibliography> has no <layout>/],
    'an element citeproc does not know': [
      tinyStyle.replace('<text variable="title" prefix', '<bogus/><text variable="title" prefix'),
      /Undefined node name "bogus"/,
    ],
  } as const;
  for (const [what, [styleXml, detail]] of Object.entries(broken)) {
    for (let attempt = 0; attempt < 2; attempt++) {
      assert.throws(
        () => exportCitations([fixture], 'bibliography', { styleXml }),
        (error: unknown) => {
          assert.ok(error instanceof OffprintError, what);
          assert.match(
            error.message,
            /^The CSL style could not be read: .+; check the file is a CSL 1\.0 style$/,
            what,
          );
          assert.match(error.message, detail, what);
          assert.doesNotMatch(error.message, /\n/, what);
          return true;
        },
      );
    }
  }
});
