import { type App, type Session, shell } from 'electron';
import { externalLinkOf } from '../host/external-link.ts';
import { isPermissionAllowed } from '../host/permission-policy.ts';
import { isAllowedRequest, isAppDownload, isAppUrl } from '../host/request-policy.ts';
import { createGestureClock } from '../host/user-gesture.ts';

/**
 * Keeps every page of the app where it is: no navigating away, no new windows, no webviews. A link the reader
 * clicks that opens a new window (every outside link in the app does) goes to the system's browser instead, only
 * when it is an http, https or mailto address and only right after a click or a key press of the reader's.
 */
export function lockDownContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    // A frame of the page (none is expected; content is sanitized) may not move the page or itself elsewhere either.
    contents.on('will-frame-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    const gestures = createGestureClock();
    contents.on('input-event', (_event, input) => gestures.record(input.type));
    contents.setWindowOpenHandler(({ url }) => {
      const link = gestures.isRecent() ? externalLinkOf(url) : null;
      // With no program for the address, the system says so itself; nothing is left for the app to do.
      if (link) shell.openExternal(link).catch(() => undefined);
      return { action: 'deny' };
    });
  });
}

/**
 * Denies every permission but the clipboard write the app's own page needs for "Copy citation", every download but
 * the app's own exports, and every request that is not the app's own.
 */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, [details.requestingUrl, contents.getURL()])),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, [requestingOrigin, details.embeddingOrigin, details.requestingUrl]),
  );
  session.setDevicePermissionHandler(() => false);
  // An export the page made is saved where the reader chooses (Electron asks); every other download is refused.
  session.on('will-download', (event, item) => {
    if (!isAppDownload(item.getURL())) event.preventDefault();
  });
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}
