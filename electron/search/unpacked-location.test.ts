import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { unpackedLocation } from './unpacked-location.ts';

describe('where a packaged file really is', () => {
  test('the worker inside the app.asar of a Linux install is found in app.asar.unpacked', () => {
    const packed = new URL('file:///opt/Offprint/resources/app.asar/dist/main/search-worker.js');
    assert.equal(
      unpackedLocation(packed).href,
      'file:///opt/Offprint/resources/app.asar.unpacked/dist/main/search-worker.js',
    );
  });

  test('a macOS bundle path with spaces keeps its encoding', () => {
    const packed = new URL('file:///Applications/My%20Apps/Offprint.app/Contents/Resources/app.asar/dist/main/w.js');
    assert.equal(
      unpackedLocation(packed).href,
      'file:///Applications/My%20Apps/Offprint.app/Contents/Resources/app.asar.unpacked/dist/main/w.js',
    );
  });

  test('a Windows install path maps the same way', () => {
    const packed = new URL('file:///C:/Program%20Files/Offprint/resources/app.asar/dist/main/search-worker.js');
    assert.equal(
      unpackedLocation(packed).href,
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
    const nested = new URL('file:///opt/Offprint/resources/app.asar/vendor/app.asar/x.js');
    assert.equal(
      unpackedLocation(nested).href,
      'file:///opt/Offprint/resources/app.asar.unpacked/vendor/app.asar/x.js',
    );
  });
});
