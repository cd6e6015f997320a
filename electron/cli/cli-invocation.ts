import { usageText } from './usage.ts';

/** What the app was started with, without Electron itself and, when run unpackaged (`electron .`), the app's path. */
export function appArguments(argv: readonly string[], packaged: boolean): string[] {
  return argv.slice(packaged ? 1 : 2);
}

/** The commands `offprint --help` lists (`list`, `import`, …, `help`): the words that start a CLI call. */
export function cliCommandNames(): string[] {
  return [...new Set(Array.from(usageText().matchAll(/^ {2}offprint ([a-z][a-z-]*)/gm), (match) => match[1] ?? ''))];
}

/** Flags that mean the CLI when they come first: `Offprint --version` prints the version instead of opening. */
const cliFlags = new Set(['--help', '-h', '--version']);

/**
 * The `offprint` command line hidden in the app's arguments, or undefined when the app should open its window. It is
 * a CLI call when the first argument that is not a flag names a command; the flags before it are Electron's and
 * Chromium's own (`--no-sandbox`, `--enable-logging`) and are left out. A file path is never a command.
 */
export function cliInvocation(args: readonly string[], commandNames: readonly string[]): string[] | undefined {
  const first = args[0];
  if (first !== undefined && cliFlags.has(first)) return [first];
  const commandAt = args.findIndex((arg) => !arg.startsWith('-'));
  const command = args[commandAt];
  if (command === undefined || !commandNames.includes(command)) return undefined;
  return args.slice(commandAt);
}
