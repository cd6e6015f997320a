import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  browserUploadLimits,
  carriesBytes,
  electronUploadLimits,
  planUploads,
  type UploadCandidate,
} from './upload-plan.ts';

const megabyte = 1024 * 1024;

function file(relativePath: string, size = 1000): UploadCandidate {
  return { name: relativePath.split('/').pop() ?? relativePath, size, relativePath };
}

function paths(batches: UploadCandidate[][]): string[][] {
  return batches.map((batch) => batch.map((item) => item.relativePath ?? item.name));
}

test('many small files go in calls of at most 50 files each, in the order given', () => {
  const files = Array.from({ length: 120 }, (_, index) => file(`folder/review-${index}.md`));
  const { batches, refused } = planUploads(files, electronUploadLimits);
  assert.deepEqual(
    batches.map((batch) => batch.length),
    [50, 50, 20],
  );
  assert.deepEqual(batches.flat(), files);
  assert.deepEqual(refused, []);
});

test('files are packed into calls of at most 8 MB, and one larger than that goes alone', () => {
  const files = [file('a.html', 5 * megabyte), file('b.html', 4 * megabyte), file('c.html', 10 * megabyte)];
  const { batches } = planUploads(files, electronUploadLimits);
  assert.deepEqual(paths(batches), [['a.html'], ['b.html'], ['c.html']]);
  const small = [file('a.md', 3 * megabyte), file('b.md', 3 * megabyte), file('c.md', 3 * megabyte)];
  assert.deepEqual(paths(planUploads(small, electronUploadLimits).batches), [['a.md', 'b.md'], ['c.md']]);
});

test('a file over the archive limit is refused with the importers’ wording and never sent', () => {
  const huge = { name: 'huge.html', size: 21 * megabyte };
  const { batches, refused } = planUploads([huge, file('ok.md')], electronUploadLimits);
  assert.deepEqual(paths(batches), [['ok.md']]);
  assert.deepEqual(refused, [
    { item: huge, reason: 'it is larger than the 20 MB limit (save only the article, or split the file).' },
  ]);
});

test('the browser host refuses a file its requests cannot carry, and says how to import it instead', () => {
  const big = file('big.html', 13_000_000);
  assert.equal(planUploads([big], electronUploadLimits).refused.length, 0);
  const { batches, refused } = planUploads([big], browserUploadLimits);
  assert.deepEqual(batches, []);
  assert.match(refused[0]?.reason ?? '', /^a browser can send at most 12 MB at once .*offprint import/);
});

test('a saved page travels in the same call as its _files folder, even when that folder comes first', () => {
  const files = [
    file('saved/page_files/photo.png', 2 * megabyte),
    ...Array.from({ length: 50 }, (_, index) => file(`notes/n-${index}.md`)),
    file('saved/page.html'),
    file('saved/page_files/sub/style.css'),
    file('saved/other_files/stray.png'),
  ];
  const { batches } = planUploads(files, electronUploadLimits);
  const withPage = batches.find((batch) => batch.some((item) => item.name === 'page.html'));
  assert.deepEqual(
    paths(withPage ? [withPage] : [])[0]?.filter((path) => path.startsWith('saved/page')),
    ['saved/page.html', 'saved/page_files/photo.png', 'saved/page_files/sub/style.css'],
  );
  assert.equal(batches.flat().length, files.length);
  assert.equal(batches.length, 2);
  assert.ok(batches.every((batch) => batch.filter(carriesBytes).length <= 50));
});

test('files the importers do not read go after the rest as names only: never refused for size, never counted as bytes', () => {
  const files = [
    file('folder/scan.pdf', 30 * megabyte),
    ...Array.from({ length: 60 }, (_, index) => file(`folder/photo-${index}.jpg`, 5 * megabyte)),
    file('folder/a.md'),
  ];
  const { batches, refused } = planUploads(files, electronUploadLimits);
  assert.deepEqual(refused, []);
  assert.equal(batches.length, 1);
  assert.deepEqual(paths(batches)[0]?.slice(0, 2), ['folder/a.md', 'folder/scan.pdf']);
  assert.ok(carriesBytes(file('a/b.MD')) && carriesBytes(file('page.xhtml')));
  assert.ok(!carriesBytes(file('scan.pdf')) && !carriesBytes(file('README')));
});
