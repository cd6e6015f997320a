import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** One Markdown review: its front matter lines, a blank line, then its body lines. */
export function reviewSource(frontMatter: string[], body: string[]): string {
  return ['---', ...frontMatter, '---', '', ...body].join('\n');
}

/** The open review's title heading. */
export const readerHeading = (page: Page) =>
  page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 });

/** Waits until the reader shows the open review's heading. */
export async function readerReady(page: Page): Promise<void> {
  await expect(readerHeading(page)).toBeVisible();
}
