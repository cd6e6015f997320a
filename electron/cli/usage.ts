import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { userDataDir } from '../archive/archive-location.ts';

/** The line that follows every usage mistake. */
export const usageHint = 'Run "offprint --help" for usage.';

/** The help text for `offprint --help`. */
export function usageText(): string {
  const defaultArchive = path.join(userDataDir(), 'archive');
  return `Offprint: a reader and offline archive for review articles.

Usage:
  offprint list [--archive DIR] [--json]        List the reviews, newest import first
  offprint show <id> [--archive DIR] [--json]   Print a review: header, text and numbered references
  offprint search "<query>" [--limit N]         Search every review, note and reference; print the best matches
                                                (words, "phrases", -word, author:, outlet:, series:, tag:, title:,
                                                in:notes, before:2003-01-01, after:2003-01-01)
  offprint import <path|url>… [--json]          Import files, folders (all below them) and web pages: saved page
                                                text (.txt), HTML (.html, .htm, .xhtml) and Markdown (.md, .markdown)
  offprint note add <id> <text…>                Add a note to a review (text "-" reads the note from stdin)
  offprint note list <id>                       Print a review's notes: when each was last changed, then its text
  offprint tag <id> <tag…>                      Replace a review's tags with the ones given
  offprint delete <id>                          Move a review to the trash (its notes are kept)
  offprint undelete <id>                        Bring a review back from the trash
  offprint trash                                List the reviews in the trash
  offprint check [--repair]                     Check every file of the archive; --repair fixes what it can
  offprint backup [--out FILE]                  Back up the whole archive to one file (default:
                                                offprint-backup-YYYY-MM-DD-HHMM.tar.gz in the current folder)
  offprint restore FILE                         Restore a backup made by "offprint backup" into --archive DIR,
                                                which must be new or empty
  offprint backup list                          List the backups of the library index: name, kind, date
  offprint backup restore <name>                Restore the library index from a backup
  offprint export <id…|--all|--series NAME> --format F [--style S] [--out PATH] [--force]
                                                Export reviews: markdown, csl-json, bibtex, ris, bibliography,
                                                annotations or pdf
  offprint serve [--archive DIR] [--port N]     Serve the reader to the browsers on this computer
  offprint help, offprint --help                Show this text
  offprint --version                            Print Offprint's version

All commands take --archive DIR; all but serve and export take --json.
list, show, export, note list, trash, backup list and check (without --repair) only read the archive: they work
while the app has it open. So does search, which saves the index it builds only when no other process has the
archive.
The others change it, one process at a time; with --wait they wait for the other to close it.

Options:
  --archive DIR   The archive folder (default: $OFFPRINT_ARCHIVE, else ${defaultArchive})
  --json          Print JSON instead of text
  --wait          Wait for another Offprint process to close the archive instead of failing at once
  --repair        With check: fix what can be fixed (damaged files are kept aside, never deleted)
  --limit N       With search: how many results to print, 1 to 200 (default 20)
  --format F      With export: markdown, csl-json, bibtex, ris, bibliography, annotations or pdf
  --style S       With export --format bibliography: apa (default), vancouver, harvard1, or a .csl file
  --out PATH      With export: the file (one file) or folder (several) to write; without it, one text file
                  goes to stdout and several go to the current folder. --force replaces files already there
  --port N        The port to serve on (default: any free port)
  --host ADDRESS  With serve: listen on this IP address instead of 127.0.0.1 (0.0.0.0 for every one); it warns,
                  since other machines can then reach the archive with the address and its token
  --renderer DIR  For development: serve the reader from DIR instead of the built dist/renderer
`;
}

/** Offprint's version from package.json, which sits two folders above both electron/cli/ and dist/cli/. */
export async function readVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const version = (manifest as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}
