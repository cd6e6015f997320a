/** A person's name split the way CSL-JSON wants it, or kept whole when it cannot be split. */
export type NameParts = { family: string; given: string; suffix?: string } | { literal: string };

const particles = new Set([
  'al',
  'bin',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'st',
  'ten',
  'ter',
  'van',
  'von',
  'zu',
]);
const suffixes = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const eastAsian = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const word = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;

/** Splits `John de Boer` into given `John` and family `de Boer`; one-word names stay `{ literal }`. */
export function splitPersonName(name: string): NameParts {
  const text = name.trim().replace(/\s+/g, ' ');
  const inverted = text.match(/^([^,]+),\s*([^,]+)$/);
  if (inverted?.[1] && inverted[2] && !suffixes.test(inverted[2])) {
    return { family: inverted[1], given: inverted[2] };
  }
  const words = text.replace(/,\s*/g, ' ').split(' ');
  const suffix = words.length > 2 && suffixes.test(words.at(-1) ?? '') ? words.pop() : undefined;
  if (words.length < 2) return { literal: text };
  // Chinese, Japanese and Korean names written in their own script put the family name first.
  if (words.every((part) => eastAsian.test(part))) {
    return { family: words[0] ?? '', given: words.slice(1).join(' ') };
  }
  let familyStart = words.length - 1;
  while (familyStart > 1 && particles.has((words[familyStart - 1] ?? '').toLowerCase())) familyStart--;
  const parts = { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
  return suffix ? { ...parts, suffix } : parts;
}

/** True when the text reads as a person's name (`John de Boer`, `Søren Åkerlund`, `田中 美咲`), not as prose. */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 1) return eastAsian.test(words[0] ?? '') && (words[0]?.length ?? 0) <= 8;
  if (words.length > 5) return false;
  const named = words.filter((part) => word.test(part) || eastAsian.test(part));
  const linking = words.filter((part) => particles.has(part.toLowerCase()) && !word.test(part));
  return named.length >= 2 && named.length + linking.length === words.length;
}
