/** The sessionStorage key that keeps the browser host's token across reloads. */
export const tokenStorageKey = 'offprint-token';

type TokenWindow = Pick<Window, 'location' | 'history' | 'sessionStorage'>;

/**
 * Finds the browser host's token: from the `#token=` fragment of the address the host printed (then kept in
 * sessionStorage and removed from the address bar), else from sessionStorage; undefined when there is none.
 */
export function takeSessionToken(view: TokenWindow): string | undefined {
  const match = /^#(?:.*&)?token=([^&]+)/.exec(view.location.hash);
  const fromAddress = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  if (fromAddress) {
    storeToken(view, fromAddress);
    view.history.replaceState(view.history.state, '', `${view.location.pathname}${view.location.search}`);
    return fromAddress;
  }
  try {
    return view.sessionStorage.getItem(tokenStorageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

function storeToken(view: TokenWindow, token: string): void {
  try {
    view.sessionStorage.setItem(tokenStorageKey, token);
  } catch {
    // Storage can be switched off; the token still works until the page is reloaded.
  }
}
