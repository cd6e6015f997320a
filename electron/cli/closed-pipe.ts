/** Ends the program quietly when the reader of its output goes away (`offprint list | head -1`). */
export function exitOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
}
