/** A count in words: `one` for 1, else `many` with `{n}` replaced (`No` for 0 reads as "Imported no reviews"). */
export function countLine(count: number, one: string, many: string): string {
  if (count === 1) return one;
  return many.replace('{n}', count === 0 ? 'no' : String(count));
}
