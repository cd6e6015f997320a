/**
 * `npm run icons`: draws build/icon.svg with Debian's Chromium (through Playwright) into build/icon.png and the
 * Linux sizes in build/icons/. The PNGs are committed; run this again after changing the SVG.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from '../bench/chromium-executable.ts';
import { messageOf } from '../common/messages.ts';
import { iconFiles, masterIconSize, pngSize } from './icon-sizes.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Renders the SVG at every icon size and writes each PNG; answers with the files written. */
async function renderIcons(): Promise<string[]> {
  const chromiumPath = findChromium(process.env);
  if ('reason' in chromiumPath) throw new Error(`Cannot render the icons: ${chromiumPath.reason}.`);
  const svg = await readFile(path.join(root, 'build', 'icon.svg'));
  const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const browser = await chromium.launch({ executablePath: chromiumPath.path, args: ['--disable-gpu'] });
  try {
    const page = await browser.newPage({
      viewport: { width: masterIconSize, height: masterIconSize },
      deviceScaleFactor: 1,
    });
    const written: string[] = [];
    for (const { file, size } of iconFiles()) {
      await page.setContent(
        `<body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body>`,
      );
      await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const drawn = pngSize(png, file);
      if (drawn.width !== size || drawn.height !== size)
        throw new Error(`Chromium drew ${file} at ${drawn.width}×${drawn.height} instead of ${size}×${size}.`);
      await writeFile(path.join(root, file), png);
      written.push(file);
    }
    return written;
  } finally {
    await browser.close();
  }
}

try {
  for (const file of await renderIcons()) process.stdout.write(`wrote ${file}\n`);
} catch (error) {
  process.stderr.write(`${messageOf(error)}\n`);
  process.exitCode = 1;
}
