/** Parses JSON text, or gives undefined when it does not parse (the callers report the damage themselves). */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
