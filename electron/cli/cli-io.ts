import { text as readAll } from 'node:stream/consumers';

/** Where a command writes: what it prints for the reader, and its error lines; and where it reads piped text. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** All of standard input, for `-` in place of a text argument. */
  readStdin(): Promise<string>;
}

/** The process's own stdin, stdout and stderr. */
export const processIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readAll(process.stdin),
};

/** An io that keeps what is written and offers `input` as stdin, for running commands in-process. */
export function memoryIo(input = ''): CliIo & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (written: string) => (out += written) },
    stderr: { write: (written: string) => (err += written) },
    readStdin: async () => input,
    out: () => out,
    err: () => err,
  };
}

/** Prints a command's answer: `value` as JSON with --json, otherwise the text (a line break is added). */
export function printAnswer(io: CliIo, json: boolean | undefined, value: unknown, text: string): void {
  io.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}
