import path from 'node:path';

const shownExtensions = 3;
const count = (n: number) => n.toLocaleString('en-US');

/** Counts the files of a folder that are not reviews, so they are told in one line instead of one each. */
export class SkippedFiles {
  readonly #byExtension = new Map<string, number>();
  #total = 0;

  /** Counts one skipped file by its extension. */
  add(fileName: string): void {
    const extension = path.extname(fileName).toLowerCase() || 'no extension';
    this.#byExtension.set(extension, (this.#byExtension.get(extension) ?? 0) + 1);
    this.#total += 1;
  }

  /** `Skipped 3,012 files that are not reviews (.pdf, .png, .zip, …).`, or undefined when none were skipped. */
  notice(): string | undefined {
    if (this.#total === 0) return undefined;
    const extensions = [...this.#byExtension]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([extension]) => extension);
    const shown = extensions.slice(0, shownExtensions);
    if (extensions.length > shownExtensions) shown.push('…');
    const what = this.#total === 1 ? 'file that is not a review' : 'files that are not reviews';
    return `Skipped ${count(this.#total)} ${what} (${shown.join(', ')}).`;
  }
}
