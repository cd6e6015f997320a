import { runBackup } from './backup-command.ts';
import { runCheck } from './check-command.ts';
import { type CliIo, processIo } from './cli-io.ts';
import { UsageError } from './command-line.ts';
import { exitCodes, failureKindOf, failureLines } from './exit-codes.ts';
import { runExport } from './export-command.ts';
import { runImport } from './import-command.ts';
import { runList } from './list-command.ts';
import { runNote } from './note-command.ts';
import { runRestore } from './restore-command.ts';
import { runSearch } from './search-command.ts';
import { runServe, type ServeOptions } from './serve-command.ts';
import { runShow } from './show-command.ts';
import { runTag } from './tag-command.ts';
import { runDelete, runTrash, runUndelete } from './trash-command.ts';
import { readVersion, usageText } from './usage.ts';

/** What a caller (a test, the launcher) may set besides the command line. */
export type CliOptions = ServeOptions;

type Command = (args: string[], io: CliIo, options: CliOptions) => Promise<number>;

const commands: Record<string, Command> = {
  list: runList,
  show: runShow,
  search: runSearch,
  import: runImport,
  export: runExport,
  note: runNote,
  tag: runTag,
  delete: runDelete,
  undelete: runUndelete,
  trash: runTrash,
  check: runCheck,
  backup: runBackup,
  restore: runRestore,
  serve: runServe,
};

/** Runs one `offprint` command line and answers with its exit code: 0 done, else as exit-codes.ts decides by kind. */
export async function runCli(argv: string[], io: CliIo = processIo, options: CliOptions = {}): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) throw new UsageError(`Name a command: ${commandList()}.`);
    if (name === 'help' || name === '--help' || name === '-h' || args.includes('--help') || args.includes('-h')) {
      io.stdout.write(usageText());
      return 0;
    }
    if (name === '--version') {
      io.stdout.write(`${await readVersion()}\n`);
      return 0;
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) throw new UsageError(`"${name}" is not an Offprint command.`);
    return await command(args, io, options);
  } catch (error) {
    const kind = failureKindOf(error);
    io.stderr.write(failureLines(error, kind));
    return exitCodes[kind];
  }
}

/** "list, show, …, backup or serve". */
function commandList(): string {
  const names = Object.keys(commands);
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
