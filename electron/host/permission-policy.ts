import { appScheme } from './request-policy.ts';

/** The one permission the app's page is given: writing plain text to the clipboard, as "Copy citation" does. */
export const clipboardWritePermission = 'clipboard-sanitized-write';

/**
 * Whether a page may have `permission`: only the clipboard write, and only when every origin or address Electron
 * names for the ask (the requesting origin, the embedding origin, the requesting frame's URL) is the app's own. An
 * ask that names none is refused.
 */
export function isPermissionAllowed(permission: string, origins: readonly (string | undefined)[]): boolean {
  const named = origins.filter((origin): origin is string => origin !== undefined && origin !== '');
  return permission === clipboardWritePermission && named.length > 0 && named.every(isAppOrigin);
}

function isAppOrigin(address: string): boolean {
  if (!URL.canParse(address)) return false;
  const url = new URL(address);
  return url.protocol === `${appScheme}:` && url.host === 'app' && url.username === '' && url.password === '';
}
