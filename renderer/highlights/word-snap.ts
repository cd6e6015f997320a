import type { TextSpan } from './text-anchor.ts';

const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const characters = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
// Chinese and Japanese are written without spaces, and the segmenter's dictionary words there are guesses; a
// selection in them snaps to whole characters only.
const ideographic = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const wordCharacter = /[\p{L}\p{M}\p{N}\p{Pc}'’]/u;
const space = /\s/u;
// Enough text either side of a boundary to hold the word it falls in; words are segmented in this window only.
const reach = 64;

/**
 * Widens `span` of `text` so it neither starts nor ends inside a word (for Chinese and Japanese, inside a
 * character), after dropping the white space at its ends: a selection from "…the re" becomes "…the reader".
 */
export function snapToWords(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && space.test(text.charAt(start))) start++;
  while (end > start && space.test(text.charAt(end - 1))) end--;
  if (start === end) return span;
  return { start: snapBoundary(text, start, 'start'), end: snapBoundary(text, end, 'end') };
}

/**
 * Moves the boundary `at` out of the word it cuts: back to the word's start, or on to its end. The word is the
 * segmenter's, but never wider than the run of letters around `at`, since the body's text joins paragraphs
 * without a space and the segmenter reads "end.Next" as one word.
 */
function snapBoundary(text: string, at: number, side: 'start' | 'end'): number {
  const from = Math.max(0, at - reach);
  const window = text.slice(from, at + reach);
  const character = characters.segment(window).containing(side === 'start' ? at - from : at - from - 1);
  if (!character) return at;
  const whole = side === 'start' ? character.index : character.index + character.segment.length;
  const before = characterBefore(window, whole);
  const after = characterAfter(window, whole);
  const cutsWord = wordCharacter.test(before) && wordCharacter.test(after);
  if (!cutsWord || ideographic.test(before) || ideographic.test(after)) return from + whole;
  const word = words.segment(window).containing(whole);
  if (!word) return from + whole;
  if (side === 'start') return from + Math.max(word.index, runEdge(window, whole, -1));
  return from + Math.min(word.index + word.segment.length, runEdge(window, whole, 1));
}

/** Where the run of word characters through `at` ends, going back (`step` -1) or forward (`step` 1). */
function runEdge(window: string, at: number, step: -1 | 1): number {
  let edge = at;
  for (;;) {
    const next = step === -1 ? characterBefore(window, edge) : characterAfter(window, edge);
    if (!wordCharacter.test(next)) return edge;
    edge += step * next.length;
  }
}

/** The code point just before `at` (a character boundary), or '' at the start. */
function characterBefore(window: string, at: number): string {
  return Array.from(window.slice(Math.max(0, at - 2), at)).at(-1) ?? '';
}

/** The code point just after `at`, or '' at the end. */
function characterAfter(window: string, at: number): string {
  return Array.from(window.slice(at, at + 2))[0] ?? '';
}
