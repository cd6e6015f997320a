/** The floating "Back to text" button shown after a citation link took the reader to the reference list. */
export function CitationReturnButton({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" class="citation-return" aria-label="Back to the citation" onClick={onBack}>
      ↑ Back to text
    </button>
  );
}
