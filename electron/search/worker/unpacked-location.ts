/** The folder electron-builder packs the app into; files it is told to leave unpacked sit in a sibling folder. */
const asarSegment = '/app.asar/';
const unpackedSegment = '/app.asar.unpacked/';

/**
 * Where a file of a packaged app really is on disk: a file inside app.asar that electron-builder unpacked (the
 * search worker, since Node cannot start a worker from inside an asar) lives under app.asar.unpacked. Any other
 * location is answered unchanged.
 */
export function unpackedLocation(file: URL): URL {
  if (file.protocol !== 'file:' || !file.pathname.includes(asarSegment)) return file;
  const unpacked = new URL(file.href);
  unpacked.pathname = file.pathname.replace(asarSegment, unpackedSegment);
  return unpacked;
}
