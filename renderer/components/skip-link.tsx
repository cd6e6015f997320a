/** The first stop for keyboard users: jumps past the library to the element with `targetId` and focuses it. */
export function SkipLink({ targetId }: { targetId: string }) {
  const skip = (event: MouseEvent) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <a class="skip-link" href={`#${targetId}`} onClick={skip}>
      Skip to article
    </a>
  );
}
