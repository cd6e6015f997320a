import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { unpackedLocation } from './unpacked-location.ts';

/** Checks that the file packed at `packed` is looked for at `unpacked`. */
function assertFoundAt(packed: string, unpacked: string): void {
  assert.equal(unpackedLocation(new URL(packed)).href, unpacked);
}

describe('where a packaged file really is', () => {
  test('the worker inside the app.asar of a Linux install is found in app.asar.unpacked', () => {
    assertFoundAt(
      'file:///opt/Offprint/resources/app.asar/dist/main/search-worker.js',
      'file:///opt/Offprint/resources/app.asar.unpacked/dist/main/search-worker.js',
    );
  });

  test('a macOS bundle path with spaces keeps its encoding', () => {
    assertFoundAt(
      'file:///Applications/My%20Apps/Offprint.app/Contents/Resources/app.asar/dist/main/w.js',
      'file:///Applications/My%20Apps/Offprint.app/Contents/Resources/app.asar.unpacked/dist/main/w.js',
    );
  });

  test('a Windows install path maps the same way', () => {
    assertFoundAt(
      'file:///C:/Program%20Files/Offprint/resources/app.asar/dist/main/search-worker.js',
      'file:///C:/Program%20Files/Offprint/resources/app.asar.unpacked/dist/main/search-worker.js',
    );
  });

  test('a file of the development build outside any asar is left alone', () => {
    const built = pathToFileURL('/home/me/offprint/dist/main/search-worker.js');
    assert.equal(unpackedLocation(built).href, built.href);
  });

  test('a path already in app.asar.unpacked is not changed again', () => {
    const unpacked = new URL('file:///opt/Offprint/resources/app.asar.unpacked/dist/main/search-worker.js');
    assert.equal(unpackedLocation(unpacked).href, unpacked.href);
  });

  test('a folder merely ending in app.asar is not taken for the archive', () => {
    const lookalike = new URL('file:///home/me/my-app.asar/dist/main/search-worker.js');
    assert.equal(unpackedLocation(lookalike).href, lookalike.href);
  });

  test('only the first asar segment changes, as electron-builder makes one per app', () => {
    assertFoundAt(
      'file:///opt/Offprint/resources/app.asar/vendor/app.asar/x.js',
      'file:///opt/Offprint/resources/app.asar.unpacked/vendor/app.asar/x.js',
    );
  });
});
