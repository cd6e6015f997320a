import { OffprintError } from '../model/offprint-error.ts';

/** Raised when bytes read as UTF-8 are not valid UTF-8; `reason` completes `Cannot import "<name>": `. */
export class InvalidTextError extends OffprintError {
  readonly reason: string;

  constructor(reason: string) {
    super('invalid-input', `Cannot read the text: ${reason}`);
    this.reason = reason;
  }
}

const prescanLength = 4096;
const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** Decodes a page's bytes: BOM first, then the HTTP charset, then a `<meta>` charset in the first 4 KB, else UTF-8. */
export function decodeText(bytes: Uint8Array, contentType?: string): string {
  const declared = encodingFromBom(bytes) ?? supportedEncoding(parseContentType(contentType ?? '').charset);
  if (declared && declared !== 'utf-8') return new TextDecoder(declared).decode(bytes);
  const utf8 = declared ? undefined : readUtf8(bytes);
  const meta = declared ? undefined : supportedEncoding(sniffMetaCharset(bytes));
  // Pages converted to UTF-8 often keep their old <meta charset>; bytes that are valid UTF-8 and not plain ASCII
  // are almost never text in another encoding, so they win over the <meta>.
  const convertedPage = utf8 !== undefined && bytes.some((byte) => byte >= 0x80);
  if (meta && meta !== 'utf-8' && !convertedPage) return new TextDecoder(meta).decode(bytes);
  const text = utf8 ?? readUtf8(bytes);
  if (text === undefined) {
    throw new InvalidTextError(
      'it is not valid UTF-8 text (save it again as UTF-8, or declare its character set in a <meta charset> tag)',
    );
  }
  return text;
}

/** Splits a Content-Type header into its lower-case media type and its charset parameter, if any. */
export function parseContentType(header: string): { mediaType: string; charset?: string } {
  const [type = '', ...parameters] = header.split(';');
  const mediaType = type.trim().toLowerCase();
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=');
    if (name?.trim().toLowerCase() === 'charset' && value) {
      const charset = value.trim().replace(/^["']|["']$/g, '');
      if (charset) return { mediaType, charset };
    }
  }
  return { mediaType };
}

function readUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, prescanLength));
  const label = head.match(metaCharset)?.[1];
  // A page cannot really be UTF-16 if its ASCII <meta> was readable; browsers read it as UTF-8.
  if (label && /^utf-?16/i.test(label)) return 'utf-8';
  return label;
}

/** The canonical name TextDecoder uses for a label, or undefined when it knows no such encoding. */
function supportedEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  if (label.toLowerCase() === 'x-user-defined') return 'windows-1252';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}
