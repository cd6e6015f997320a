// The Electron security checklist of issue 7, checked on the running app; it runs only where an Electron binary exists.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import { pageMethodNames } from '../../electron/api/page-methods.ts';
import { contentSecurityPolicy } from '../../electron/host/renderer-files.ts';
import { appEntryUrl } from '../../electron/host/request-policy.ts';
import {
  clickLink,
  openedLinks,
  projectRoot,
  recordedNavigations,
  recordNavigations,
  recordOpenedLinks,
  tempDir,
  windowCount,
} from './electron-app.ts';
import { expect, test } from './fixtures.ts';

const preloadPath = path.join(projectRoot, 'dist', 'preload', 'preload.cjs');

test('the window runs sandboxed and isolated, with web security on and no Node, experiments or webviews', async ({
  offprint,
}) => {
  const preferences = await offprint.app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    // Electron answers getLastWebPreferences at run time but leaves it out of its type declarations.
    const last = (
      contents as unknown as { getLastWebPreferences(): Record<string, unknown> | null } | undefined
    )?.getLastWebPreferences();
    return last ?? null;
  });
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
  });
  expect(preferences?.enableBlinkFeatures ?? '').toBe('');
  // Electron does not report nodeIntegrationInWorker among the last preferences on every version.
  expect(preferences?.nodeIntegrationInWorker ?? false).toBe(false);

  expect(await offprint.window.evaluate(() => customElements.get('webview'))).toBeUndefined();
  const worker = await offprint.window.evaluate(
    () =>
      new Promise<string>((resolve) => {
        try {
          const source = "postMessage(typeof require + ' ' + typeof process)";
          const probe = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
          probe.onmessage = (event) => resolve(String(event.data));
          probe.onerror = () => resolve('refused');
        } catch {
          resolve('refused');
        }
      }),
  );
  // The page's policy should stop the worker; were one to run, it must still have no Node.
  expect(['refused', 'undefined undefined']).toContain(worker);
});

test('the page has no Node, and window.offprint is exactly the contract with no way to reach IPC itself', async ({
  offprint,
}) => {
  const shape = await offprint.window.evaluate(() => {
    const bridge = Reflect.get(globalThis, 'offprint') as Record<string, unknown>;
    const nodeGlobals = ['require', 'process', 'Buffer', 'module', 'global', '__dirname', 'ipcRenderer', 'electron'];
    return {
      keys: Object.keys(bridge).sort(),
      kinds: [...new Set(Object.values(bridge).map((value) => typeof value))],
      sources: Object.values(bridge).map((value) => String(value)),
      leaked: nodeGlobals.filter((name) => Reflect.get(globalThis, name) !== undefined),
    };
  });
  expect(shape.keys).toEqual([...pageMethodNames, 'subscribe'].sort());
  expect(shape.kinds).toEqual(['function']);
  for (const source of shape.sources) expect(source).not.toMatch(/ipcRenderer|invoke|offprint:/);
  expect(shape.leaked).toEqual([]);
  expect(offprint.window.url()).toBe(appEntryUrl);
});

test('the window cannot be moved to another site, a local file or a look-alike of the app origin', async ({
  offprint,
}) => {
  const { app, window: page } = offprint;
  await recordNavigations(app);
  await recordOpenedLinks(app);
  await page.evaluate(() => Reflect.set(globalThis, 'offprintTestMarker', 'still the same page'));

  const attempts: { how: 'assign' | 'click'; url: string; reachesMain: boolean }[] = [
    { how: 'assign', url: 'https://example.org/away', reachesMain: true },
    { how: 'click', url: 'https://example.org/clicked', reachesMain: true },
    { how: 'assign', url: 'offprint://other/index.html', reachesMain: true },
    // Chromium may stop a page of another origin from opening a file itself, before the app is asked.
    { how: 'click', url: 'file:///etc/passwd', reachesMain: false },
  ];
  for (const [index, attempt] of attempts.entries()) {
    if (attempt.how === 'assign') await page.evaluate((url) => location.assign(url), attempt.url);
    else await clickLink(page, attempt.url);
    // Navigations from one page reach the main process in order: once this one is seen, the attempt was decided.
    const barrier = `https://example.org/barrier-${index}`;
    await page.evaluate((url) => location.assign(url), barrier);
    await expect.poll(async () => (await recordedNavigations(app)).map((seen) => seen.url)).toContain(barrier);
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.isLoading()))
      .toBe(false);
    if (attempt.reachesMain) {
      expect((await recordedNavigations(app)).map((seen) => seen.url)).toContain(attempt.url);
    }
  }

  expect((await recordedNavigations(app)).filter((seen) => !seen.refused)).toEqual([]);
  expect(page.url()).toBe(appEntryUrl);
  expect(await page.evaluate(() => Reflect.get(globalThis, 'offprintTestMarker'))).toBe('still the same page');
  expect(await openedLinks(app)).toEqual([]);
});

test('a redirect away from the app is refused, and one within it is let through', async ({ offprint }) => {
  // No request outside the app is ever made, so no real redirect can happen: the handler is asked directly.
  const refused = await offprint.app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    if (!contents) throw new Error('Offprint has no window.');
    return ['https://example.org/elsewhere', 'file:///etc/passwd', 'offprint://app/index.html'].map((url) => {
      let prevented = false;
      contents.emit('will-redirect', { url, preventDefault: () => (prevented = true) });
      return prevented;
    });
  });
  expect(refused).toEqual([true, true, false]);
});

test('window.open opens nothing, and only a clicked web link goes to the system browser', async ({ offprint }) => {
  const { app, window: page } = offprint;
  await recordOpenedLinks(app);

  const answers = await page.evaluate(() =>
    [
      'offprint://app/index.html',
      'about:blank',
      'file:///etc/passwd',
      'https://reader:secret@example.org/',
      // A good web address, but no click of the reader's asked for it.
      'https://example.org/unclicked',
    ].map((url) => window.open(url) === null),
  );
  expect(answers).toEqual([true, true, true, true, true]);
  expect(await windowCount(app)).toBe(1);
  expect(await openedLinks(app)).toEqual([]);

  await clickLink(page, 'https://example.org/cited-article', '_blank');
  await expect.poll(() => openedLinks(app)).toEqual(['https://example.org/cited-article']);
  expect(await windowCount(app)).toBe(1);
  expect(page.url()).toBe(appEntryUrl);
});

test('requests to the network or to files are refused by the page policy and by the session', async ({ offprint }) => {
  const { app, window: page } = offprint;
  const outcomes = await page.evaluate(async () => {
    const violations: string[] = [];
    Reflect.set(globalThis, 'offprintTestViolations', violations);
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const attempt = (url: string) =>
      fetch(url).then(
        (response) => `answered ${response.status}`,
        () => 'refused',
      );
    return [await attempt('https://example.org/'), await attempt('file:///etc/passwd')];
  });
  expect(outcomes).toEqual(['refused', 'refused']);
  await expect
    .poll(() => page.evaluate(() => Reflect.get(globalThis, 'offprintTestViolations')))
    .toContain('connect-src');

  // Below the page's policy: a window of the same session, which has no CSP, is still refused by the session.
  const loaded = await app.evaluate(async ({ BrowserWindow }) => {
    const probe = new BrowserWindow({ show: false });
    try {
      await probe.loadURL('https://example.org/');
      return 'loaded';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      probe.destroy();
    }
  });
  expect(loaded).toMatch(/ERR_BLOCKED_BY_CLIENT/);
});

test('a download of anything but a file the app made is cancelled; an export the app made is saved', async ({
  offprint,
}) => {
  const { app, window: page } = offprint;
  const saveTo = path.join(await tempDir('offprint-e2e-download-'), 'export.md');
  await app.evaluate(({ session }, target) => {
    const seen: Array<{ url: string; cancelled: boolean }> = [];
    Reflect.set(globalThis, 'offprintTestDownloads', seen);
    // Runs after the app's own handler: it records its verdict, and saves an allowed file without a dialog.
    session.defaultSession.on('will-download', (event, item) => {
      seen.push({ url: item.getURL().slice(0, 5), cancelled: event.defaultPrevented });
      if (!event.defaultPrevented) item.setSavePath(target);
    });
  }, saveTo);
  await page.evaluate(() => {
    const download = (href: string) => {
      const link = document.createElement('a');
      link.href = href;
      link.download = 'note.txt';
      link.click();
    };
    download('data:text/plain,not%20from%20the%20app');
    download(URL.createObjectURL(new Blob(['# Exported'], { type: 'text/markdown' })));
  });
  await expect
    .poll(() => app.evaluate(() => Reflect.get(globalThis, 'offprintTestDownloads')))
    .toEqual([
      { url: 'data:', cancelled: true },
      { url: 'blob:', cancelled: false },
    ]);
  await expect.poll(() => readFile(saveTo, 'utf8').catch(() => '')).toBe('# Exported');
});

test('the app protocol serves only the renderer build, with the strict CSP, however a path climbs out', async ({
  offprint,
}) => {
  const answers = await offprint.window.evaluate(async () => {
    const paths = [
      'offprint://app/../package.json',
      'offprint://app/%2e%2e/package.json',
      'offprint://app/..%2fpackage.json',
      'offprint://app/..%5cpackage.json',
      'offprint://app/%2e%2e%2f%2e%2e%2fpackage.json',
      'offprint://app/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      'offprint://app/assets/x/..%2f..%2foffprint.json',
    ];
    return Promise.all(
      paths.map(async (url) => {
        try {
          const response = await fetch(url);
          const text = await response.text();
          return { url, status: response.status, leaked: /devDependencies|root:.*:0:0|schemaVersion/.test(text) };
        } catch {
          return { url, status: 0, leaked: false };
        }
      }),
    );
  });
  for (const answer of answers) {
    expect(answer.leaked, answer.url).toBe(false);
    expect(answer.status, answer.url).not.toBe(200);
  }

  const entry = await offprint.window.evaluate(async () => {
    const response = await fetch('offprint://app/index.html');
    const posted = await fetch('offprint://app/index.html', { method: 'POST', body: '{}' });
    return { status: response.status, policy: response.headers.get('content-security-policy'), posted: posted.status };
  });
  expect(entry).toEqual({ status: 200, policy: contentSecurityPolicy, posted: 405 });
});

test('every permission the page asks for is denied', async ({ offprint }) => {
  const answers = await offprint.window.evaluate(async () => {
    const query = (name: string) =>
      navigator.permissions.query({ name: name as PermissionName }).then(
        (status) => status.state,
        () => 'refused',
      );
    return {
      notification: await Notification.requestPermission(),
      notificationsQuery: await query('notifications'),
      geolocationQuery: await query('geolocation'),
      media: navigator.mediaDevices
        ? await navigator.mediaDevices.getUserMedia({ audio: true }).then(
            () => 'granted',
            () => 'refused',
          )
        : 'refused',
      clipboard: await navigator.clipboard.readText().then(
        () => 'granted',
        () => 'refused',
      ),
    };
  });
  expect(answers.notification).toBe('denied');
  expect(answers.notificationsQuery).not.toBe('granted');
  expect(answers.geolocationQuery).not.toBe('granted');
  expect(answers.media).toBe('refused');
  expect(answers.clipboard).toBe('refused');
});

test('IPC refuses wrong types, ids that climb out of the archive and huge strings, each with one line', async ({
  offprint,
}) => {
  const answers = await offprint.window.evaluate(async () => {
    const api = Reflect.get(globalThis, 'offprint') as OffprintBridge;
    const reasonFor = (call: () => Promise<unknown>) =>
      call().then(
        () => 'answered',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    const reviewId = (await api.listReviews({})).reviews[0]?.id ?? 'sample';
    const notesBefore = (await api.listNotes({ reviewId })).notes.length;
    return {
      wrongType: await reasonFor(() => api.getReview({ id: 42 } as never)),
      climbing: await reasonFor(() => api.getReview({ id: '../../package' })),
      extraField: await reasonFor(() => api.getSettings({ admin: true } as never)),
      hugeNote: await reasonFor(() => api.saveNote({ reviewId, body: 'x'.repeat(1_000_001) })),
      notesAdded: (await api.listNotes({ reviewId })).notes.length - notesBefore,
    };
  });
  expect(answers.wrongType).toMatch(/^Invalid input for getReview \(id\): [^\n]+$/);
  expect(answers.climbing).toMatch(/^Invalid input for getReview \(id\): [^\n]+$/);
  expect(answers.extraField).toMatch(/^Invalid input for getSettings[^\n]*$/);
  expect(answers.hugeNote).toMatch(/^Invalid input for saveNote \(body\): [^\n]+$/);
  expect(answers.notesAdded).toBe(0);
});

test('IPC answers only the reader window, and an event reaches the page as its type and payload alone', async ({
  offprint,
}) => {
  const other = await offprint.app.evaluate(
    async ({ BrowserWindow }, { preload, url }) => {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { preload, sandbox: true, contextIsolation: true },
      });
      try {
        await window.loadURL(url);
        return await window.webContents.executeJavaScript(
          "window.offprint.getSettings({}).then(() => 'answered', (error) => error.message)",
        );
      } finally {
        window.destroy();
      }
    },
    { preload: preloadPath, url: appEntryUrl },
  );
  expect(other).toBe('Refused a call from an unknown page.');

  const delivered = await offprint.window.evaluate(async () => {
    const api = Reflect.get(globalThis, 'offprint') as OffprintBridge;
    const heard = new Promise<{ count: number; keys: string[]; theme: unknown }>((resolve) => {
      const stop = api.subscribe((...args: unknown[]) => {
        const [event] = args as [{ type: string; payload: { theme?: unknown } }];
        if (event.type !== 'settings-changed') return;
        stop();
        resolve({ count: args.length, keys: Object.keys(event).sort(), theme: event.payload.theme });
      });
    });
    await api.updateSettings({ theme: 'sepia' });
    return heard;
  });
  expect(delivered).toEqual({ count: 1, keys: ['payload', 'type'], theme: 'sepia' });
});
