// A multiple of 3, so each piece encodes to whole base64 quads and the pieces join without padding in between.
const pieceBytes = 3 * 8192;

/** Encodes bytes as base64 piece by piece, so no call spreads megabytes of arguments and no string grows by `+=`. */
export function encodeBase64(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += pieceBytes) {
    const piece = bytes.subarray(start, start + pieceBytes);
    pieces.push(btoa(String.fromCharCode(...piece)));
  }
  return pieces.join('');
}
