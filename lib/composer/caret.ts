/** Puts focus and the caret back in a text box where they were. */
export type RestoreCaret = () => void;

/**
 * Remembers where the caret is in a text box, so "Edit post" can put the person
 * back exactly where they were. Only focus and selection move: never the text,
 * which the site's editor owns (research/composers.md §1.4).
 */
export function saveCaret(editor: Element): RestoreCaret {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd } = editor;
    return () => {
      editor.focus();
      if (selectionStart !== null && selectionEnd !== null) editor.setSelectionRange(selectionStart, selectionEnd);
    };
  }
  const selection = editor.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const saved = range && editor.contains(range.startContainer) ? range.cloneRange() : undefined;
  return () => {
    (editor as HTMLElement).focus();
    if (!saved || !editor.contains(saved.startContainer)) return;
    const now = editor.ownerDocument.getSelection();
    now?.removeAllRanges();
    now?.addRange(saved);
  };
}
