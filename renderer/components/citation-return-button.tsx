/** "Back to text", shown beside the reference entry a citation link took the reader to. */
export function CitationReturnButton({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" class="citation-return" aria-label="Back to the citation" onClick={onBack}>
      ↑ Back to text
    </button>
  );
}
