import type { ExportFile } from '../../electron/model/export-file.ts';

/**
 * Hands an exported file to the reader as a download: the browser saves it (or asks where), and Electron asks
 * where to save it. The object URL lives until the download has surely started.
 */
export function saveFile(file: ExportFile, view: Window & typeof globalThis = window): void {
  const url = view.URL.createObjectURL(new Blob([file.text], { type: `${file.mediaType};charset=utf-8` }));
  const link = view.document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  view.document.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
}
