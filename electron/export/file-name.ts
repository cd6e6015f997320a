/** Characters no file system takes in a name, and controls. */
const unsafe = /[/\\:*?"<>|\p{Cc}]/gu;
const reservedOnWindows = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name made from a title that every system accepts: unsafe characters become spaces, no leading dots or
 * trailing dots and spaces, at most 100 characters before `extension` (which includes its dot).
 */
export function fileNameFor(title: string, extension: string, fallback = 'review'): string {
  let stem = title.replace(unsafe, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 100);
  stem = stem.replace(/[. ]+$/, '');
  if (stem === '' || reservedOnWindows.test(stem)) stem = stem === '' ? fallback : `${stem}-${fallback}`;
  return `${stem}${extension}`;
}

/** Gives files that would share a name (two reviews with one title) `-2`, `-3`… before the extension. */
export function withUniqueNames<T extends { name: string }>(files: T[]): T[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const dot = file.name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [file.name.slice(0, dot), file.name.slice(dot)] : [file.name, ''];
    let name = file.name;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${stem}-${n}${extension}`;
    taken.add(name.toLowerCase());
    return name === file.name ? file : { ...file, name };
  });
}
