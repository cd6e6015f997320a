import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { cveVectors } from './xss-cves.ts';

/** One XSS payload of the corpus and the name the tests report it by (`h5sc-012`, `dompurify-101`, `CVE-…`). */
export interface XssVector {
  id: string;
  payload: string;
}

interface H5scFile {
  placeholders: Record<string, string>;
  items: Array<{ id: number; data: string }>;
}

interface DompurifyFile {
  cases: Array<{ payload: string }>;
}

/** The shared corpus folder, next to the project as `.ci/run` clones it; tests run with the project as cwd. */
export const xssFixtureDir = path.resolve('..', 'shared', 'fixtures', 'xss');

/** Replaces each `%name%` the placeholder table knows; unknown `%xx%` runs (URL escapes) stay as they are. */
export function substitutePlaceholders(data: string, placeholders: Record<string, string>): string {
  return data.replace(/%([a-z0-9_]+)%/g, (whole, name: string) =>
    Object.hasOwn(placeholders, name) ? (placeholders[name] ?? whole) : whole,
  );
}

/** The HTML5 Security Cheatsheet's items, placeholders filled in, ids padded as `h5sc-001`. */
export function loadH5scVectors(dir = xssFixtureDir): XssVector[] {
  const file = readJson<H5scFile>(path.join(dir, 'h5sc-items.json'));
  return file.items.map((item) => ({
    id: `h5sc-${String(item.id).padStart(3, '0')}`,
    payload: substitutePlaceholders(item.data, file.placeholders),
  }));
}

/** DOMPurify's own test cases' payloads, numbered in file order as `dompurify-001`. */
export function loadDompurifyVectors(dir = xssFixtureDir): XssVector[] {
  const file = readJson<DompurifyFile>(path.join(dir, 'dompurify-expect.json'));
  return file.cases.map((entry, index) => ({
    id: `dompurify-${String(index + 1).padStart(3, '0')}`,
    payload: entry.payload,
  }));
}

/** Every vector of issue 7: both shared corpora, then one per CVE. */
export function loadXssCorpus(dir = xssFixtureDir): XssVector[] {
  return [
    ...loadH5scVectors(dir),
    ...loadDompurifyVectors(dir),
    ...cveVectors.map((vector) => ({ id: vector.cve, payload: vector.payload })),
  ];
}

/** What the page recorded: the sentinel, CSP reports about scripts or foreign addresses, a <title> with markup. */
export interface Traps {
  pwned: boolean;
  scriptViolations: string[];
  foreignViolations: string[];
  titleMarkup: boolean;
}

/** What the test saw from outside the page: dialogs, requests leaving the app, navigations away from it. */
export interface Watch {
  origin: string;
  dialogs: string[];
  foreign: string[];
  navigations: string[];
}

/** Reads what the traps recorded so far; they are sticky, so this also covers everything before it. */
export function readTraps(page: Page): Promise<Traps> {
  return page.evaluate(() => (window as unknown as { __offprintTraps: () => Traps }).__offprintTraps());
}

/** Watches `page` from outside and installs the in-page traps before the app's scripts run; call before goto. */
export async function watchPage(page: Page, origin: string): Promise<Watch> {
  const watch: Watch = { origin, dialogs: [], foreign: [], navigations: [] };
  const isForeign = (url: string) => /^(https?|wss?|ftp):/i.test(url) && !url.startsWith(`${origin}/`);
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Listened to, not routed: routing holds each of the app's own requests for a round trip to the test, and a
  // request that leaves the app is seen here all the same (the CSP reports the ones it blocks).
  page.on('request', (request) => {
    if (isForeign(request.url())) watch.foreign.push(`request ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(`${origin}/`)) watch.navigations.push(frame.url());
  });
  await page.addInitScript(installTraps, origin);
  return watch;
}

/** Runs in the page before its own scripts: dialogs and printing set the sentinel; CSP reports are kept. */
function installTraps(origin: string): void {
  const target = window as unknown as Record<string, unknown>;
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    const original = target[name] as (...args: unknown[]) => unknown;
    target[name] = (...args: unknown[]) => {
      target.__offprintPwned = true;
      return original.apply(window, args);
    };
  }
  const violations: Array<{ directive: string; blocked: string }> = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });
  const describe = (each: { directive: string; blocked: string }) => `${each.directive} ${each.blocked}`;
  target.__offprintTraps = (): Traps => ({
    pwned: target.__offprintPwned === true,
    scriptViolations: violations.filter((each) => /script|trusted-types/.test(each.directive)).map(describe),
    foreignViolations: violations
      .filter((each) => /^(https?|wss?|ftp):/i.test(each.blocked) && !each.blocked.startsWith(origin))
      .map(describe),
    titleMarkup: document.querySelectorAll('title').length > 1 || document.querySelector('title > *') !== null,
  });
}

/** Fails with `where` when any trap fired, a request left the app, or the page is no longer the app. */
export function expectClean(page: Page, watch: Watch, traps: Traps, where: string): void {
  const { origin, ...seen } = watch;
  expect({ ...traps, ...seen, url: new URL(page.url()).origin }, where).toEqual({
    pwned: false,
    scriptViolations: [],
    foreignViolations: [],
    titleMarkup: false,
    dialogs: [],
    foreign: [],
    navigations: [],
    url: origin,
  });
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot read the XSS corpus file ${file} (${reason}); clone /work/shared next to the project.`);
  }
}
