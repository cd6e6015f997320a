/** A count in words: `one` for 1, else `many` with `{n}` replaced (`No` for 0 reads as "Imported no reviews"). */
export function countLine(count: number, one: string, many: string): string {
  if (count === 1) return one;
  return many.replace('{n}', count === 0 ? 'no' : String(count));
}

/** A number and its noun, the noun singular for 1: `1 review`, `12 reviews` (`plural` when not just an added "s"). */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : plural}`;
}
