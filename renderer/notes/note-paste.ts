import type { OffprintBridge } from '../../electron/api/contract.ts';
import { sanitizePastedHtml } from '../markdown/render-markdown.ts';

/** Where a paste goes in the note: the selection it replaces, and the text it was made over. */
interface PasteTarget {
  start: number;
  end: number;
  before: string;
}

/**
 * Handles a paste into the note editor. Plain text is left to the browser. HTML (copied from a page) passes the one
 * sanitizer, is turned into Markdown by the same conversion an imported page gets, and replaces the selection;
 * when that fails, the clipboard's plain text goes in instead, so a paste is never lost.
 */
export function pasteIntoNote(event: ClipboardEvent, editor: HTMLTextAreaElement, api: OffprintBridge): void {
  const html = event.clipboardData?.getData('text/html') ?? '';
  if (html.trim() === '' || editor.readOnly) return;
  const plain = event.clipboardData?.getData('text/plain') ?? '';
  event.preventDefault();
  const target = { start: editor.selectionStart, end: editor.selectionEnd, before: editor.value };
  void api.convertPastedHtml({ html: sanitizePastedHtml(html) }).then(
    ({ markdown }) => insertText(editor, markdown.trim() === '' ? plain : markdown, target),
    () => insertText(editor, plain, target),
  );
}

/**
 * Puts `text` where the paste was made (or at the caret, when the note changed while converting) as the browser's
 * own typing would, so the editor's undo takes it back and the note's input handler sees it.
 */
function insertText(editor: HTMLTextAreaElement, text: string, target: PasteTarget): void {
  if (text === '' || !editor.isConnected) return;
  if (editor.value === target.before) editor.setSelectionRange(target.start, target.end);
  editor.focus({ preventScroll: true });
  if (editor.ownerDocument.execCommand('insertText', false, text)) return;
  editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, 'end');
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
}
