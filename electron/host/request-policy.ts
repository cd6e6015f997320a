/** The custom scheme the Electron host serves the reader from. */
export const appScheme = 'offprint';

/** Every URL of the app itself starts with this; nothing else is the app's own origin. */
export const appUrlPrefix = `${appScheme}://app/`;

/** The page the Electron window opens. */
export const appEntryUrl = `${appUrlPrefix}index.html`;

/** Whether `url` belongs to the app's own origin (`offprint://app/…`). */
export function isAppUrl(url: string): boolean {
  return url.startsWith(appUrlPrefix);
}

/**
 * Whether the window may load `url`: the app's own files, the developer tools, inline images (`data:image/…`)
 * and blobs. Everything else, the network above all, is refused.
 */
export function isAllowedRequest(url: string): boolean {
  const lower = url.toLowerCase();
  return (
    isAppUrl(url) || lower.startsWith('devtools://') || lower.startsWith('data:image/') || lower.startsWith('blob:')
  );
}

/** Whether a download is a file the app's page made itself (an export, as a blob of the app's origin). */
export function isAppDownload(url: string): boolean {
  return url.startsWith(`blob:${appUrlPrefix}`);
}
