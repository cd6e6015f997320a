/** One folded term and where its word sits in the original text. */
export interface TextToken {
  term: string;
  start: number;
  end: number;
}

// Letters, digits and combining marks form words; anything else (spaces, punctuation, apostrophes) splits them.
// So "don't" is the two terms "don" and "t" and "l'économie" is "l" and "economie", on both the index and the
// query side, and a query word that splits into several terms is searched as a phrase.
const wordRunAt = /[\p{L}\p{N}\p{M}]+/uy;
const nonLatin = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\u3005]/u;
const cjkOrNot =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\u3005]+|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\u3005]+/gu;
const cjkStart = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\u3005]/u;
const nonAscii = /[^\p{ASCII}]/u;
const marks = /\p{M}/gu;
const unfoldable: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const unfoldablePattern = /[ßæœøłđðþı]/g;

/** Folds text for matching: compatibility decomposition, accents dropped, lower case ("Ä" → "a", "ß" → "ss"). */
export function foldText(text: string): string {
  if (!nonAscii.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(marks, '')
    .replace(unfoldablePattern, (letter) => unfoldable[letter] ?? letter);
}

/**
 * Splits text into folded terms with their offsets in the original text. Runs of Han, Hiragana, Katakana and
 * Hangul become overlapping two-character terms (a one-character run stays whole), so Japanese is findable;
 * they are only width-normalized (NFKC), since dropping marks would merge kana such as "ガ" and "カ".
 */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 0x80 && !isAsciiWordChar(code)) {
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && isAsciiWordChar(text.charCodeAt(index))) index++;
    if (index < text.length && text.charCodeAt(index) >= 0x80) {
      wordRunAt.lastIndex = start;
      const run = wordRunAt.exec(text);
      if (!run) {
        index = start + 1;
        continue;
      }
      index = start + run[0].length;
      pushMixedRun(tokens, run[0], start);
      continue;
    }
    tokens.push({ term: text.slice(start, index).toLowerCase(), start, end: index });
  }
  return tokens;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function pushMixedRun(tokens: TextToken[], word: string, start: number): void {
  if (!nonLatin.test(word)) {
    pushWord(tokens, word, start);
    return;
  }
  for (const part of word.matchAll(cjkOrNot)) {
    const partStart = start + part.index;
    if (cjkStart.test(part[0])) pushBigrams(tokens, part[0], partStart);
    else pushWord(tokens, part[0], partStart);
  }
}

function pushWord(tokens: TextToken[], word: string, start: number): void {
  const term = foldText(word);
  if (term.length > 0) tokens.push({ term, start, end: start + word.length });
}

function pushBigrams(tokens: TextToken[], run: string, start: number): void {
  const chars = Array.from(run);
  if (chars.length === 1) {
    tokens.push({ term: run.normalize('NFKC'), start, end: start + run.length });
    return;
  }
  let offset = start;
  for (let index = 0; index + 1 < chars.length; index++) {
    const first = chars[index] as string;
    const pair = first + (chars[index + 1] as string);
    tokens.push({ term: pair.normalize('NFKC'), start: offset, end: offset + pair.length });
    offset += first.length;
  }
}
