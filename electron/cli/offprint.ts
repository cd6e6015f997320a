import { exitOnClosedPipe } from './closed-pipe.ts';
import { runCli } from './run-cli.ts';

process.stdout.on('error', exitOnClosedPipe);
process.exitCode = await runCli(process.argv.slice(2));
