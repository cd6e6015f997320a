/**
 * The value of a command-line flag given as `--name VALUE` or `--name=VALUE` (the last one wins), or undefined
 * when the flag is absent or has no value.
 */
export function flagFromArgv(name: string, argv: readonly string[] = process.argv): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1) || undefined;
    else if (arg === name) {
      const next = argv[index + 1];
      value = next && !next.startsWith('--') ? next : undefined;
    }
  });
  return value;
}
