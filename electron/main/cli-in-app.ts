import { app } from 'electron';
import { exitOnClosedPipe } from '../cli/closed-pipe.ts';

/**
 * Runs one `offprint` command in the installed app's own process, with no window, and exits with its code. The
 * RunAsNode fuse is off, so this is how `offprint list` or `Offprint.exe search "x"` reach the CLI.
 */
export async function runCliInApp(args: string[]): Promise<void> {
  app.dock?.hide();
  process.stdout.on('error', exitOnClosedPipe);
  // Loaded only for a CLI call, so opening the window never evaluates the CLI's commands.
  const { runCli } = await import('../cli/run-cli.ts');
  const code = await runCli(args);
  // Exit once what was printed has been handed to the pipe or terminal, or `offprint list | less` loses its end.
  process.stdout.write('', () => app.exit(code));
}
