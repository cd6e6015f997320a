import { parseArgs } from 'node:util';
import { messageOf } from '../common/messages.ts';

/** What a benchmark run was asked to do. */
export interface BenchOptions {
  sizes: number[];
  json: boolean;
}

/** The archive sizes measured when none are given. */
export const defaultSizes = [1000, 10_000, 50_000];

const usage = 'Usage: npm run bench -- [--sizes 1000,10000,50000] [--json]';
const maxSize = 1_000_000;

/** Reads the command line (`--sizes 1000,10000`, `--json`); a mistake throws one line that shows the usage. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  let values: { sizes?: string; json?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: { sizes: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new Error(`${messageOf(error).split('\n')[0]} ${usage}`);
  }
  return { sizes: values.sizes === undefined ? defaultSizes : parseSizes(values.sizes), json: values.json ?? false };
}

function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => part.trim().replace(/_/g, ''));
  return sizes.map((part) => {
    const size = Number(part);
    if (!/^\d+$/.test(part) || size < 1 || size > maxSize) {
      throw new Error(
        `--sizes takes review counts between 1 and ${maxSize} separated by commas; "${part}" is not one. ${usage}`,
      );
    }
    return size;
  });
}
