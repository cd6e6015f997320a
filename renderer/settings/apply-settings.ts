import type { Settings } from '../../electron/model/settings.ts';

/** The smallest and largest reading sizes the settings allow, in CSS pixels. */
export const fontSizeRange = { min: 12, max: 32 } as const;

/** Applies theme, typeface and line spacing (`data-*` on <html>) and the reading size (the `--reading-size` CSS variable). */
export function applySettings(
  root: HTMLElement,
  settings: Pick<Settings, 'theme' | 'fontSize' | 'typeface' | 'lineHeight'>,
): void {
  root.dataset.theme = settings.theme;
  root.dataset.typeface = settings.typeface;
  root.dataset.lineHeight = settings.lineHeight;
  root.style.setProperty('--reading-size', `${settings.fontSize}px`);
}
