const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const noteLine = /^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]\s|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\s*(.*)$/u;
const marker = /\[(\d{1,3})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})/gu;

/** One numbered note of a "Notes" section. */
export interface Endnote {
  number: number;
  text: string;
}

/** What the body becomes once its note markers point at Markdown footnotes. */
export interface FootnotedBody {
  paragraphs: string[];
  /** `[^n]: text` lines, in note order, for the notes the text refers to. */
  definitions: string[];
  /** Notes no marker refers to, kept as plain numbered paragraphs so their text is not lost. */
  unreferenced: string[];
}

/** Reads the lines under a "Notes" heading (`1. …`, `[1] …`, `¹ …`); a line without a number continues the note before it. */
export function readEndnotes(lines: string[]): { notes: Endnote[]; loose: string[] } {
  const notes: Endnote[] = [];
  const loose: string[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    const match = text.match(noteLine);
    const number = match ? noteNumber(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
    if (match && number !== undefined && (match[4] ?? '').length > 0) {
      notes.push({ number, text: match[4] ?? '' });
      continue;
    }
    const last = notes.at(-1);
    if (last) last.text = `${last.text} ${text}`;
    else loose.push(text);
  }
  return { notes, loose };
}

/** Turns `[1]` and `¹` markers of known notes into `[^1]` footnote marks; all other text goes through `toMarkdown`. */
export function attachFootnotes(
  paragraphs: string[],
  notes: Endnote[],
  toMarkdown: (text: string) => string,
): FootnotedBody {
  const numbers = new Set(notes.map((note) => note.number));
  const referenced = new Set<number>();
  const marked = paragraphs.map((paragraph) => {
    let result = '';
    let last = 0;
    for (const found of paragraph.matchAll(marker)) {
      const number = noteNumber(found[1] ?? found[2] ?? '');
      if (number === undefined || !numbers.has(number)) continue;
      result += `${toMarkdown(paragraph.slice(last, found.index))}[^${number}]`;
      last = found.index + found[0].length;
      referenced.add(number);
    }
    return result + toMarkdown(paragraph.slice(last));
  });
  return {
    paragraphs: marked,
    definitions: notes
      .filter((note) => referenced.has(note.number))
      .map((note) => `[^${note.number}]: ${toMarkdown(note.text)}`),
    unreferenced: notes
      .filter((note) => !referenced.has(note.number))
      .map((note) => toMarkdown(`${note.number}. ${note.text}`)),
  };
}

function noteNumber(text: string): number | undefined {
  const digits = [...text].map((char) => {
    const index = superscripts.indexOf(char);
    return index >= 0 ? String(index) : char;
  });
  const number = Number(digits.join(''));
  return Number.isInteger(number) && number > 0 ? number : undefined;
}
