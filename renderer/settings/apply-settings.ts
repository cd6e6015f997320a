import type { Settings } from '../../electron/api/contract.ts';

/** The smallest and largest reading sizes the settings allow, in CSS pixels. */
export const fontSizeRange = { min: 12, max: 32 } as const;

/** Applies the theme (`data-theme` on <html>) and the reading size (the `--reading-size` CSS variable). */
export function applySettings(root: HTMLElement, settings: Pick<Settings, 'theme' | 'fontSize'>): void {
  root.dataset.theme = settings.theme;
  root.style.setProperty('--reading-size', `${settings.fontSize}px`);
}
