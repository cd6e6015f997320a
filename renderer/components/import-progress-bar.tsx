import type { ImportProgress } from '../import/import-runner.ts';

/** While files are imported: a progress bar and "Importing 12 of 40: name.html". */
export function ImportProgressBar({ progress }: { progress: ImportProgress | undefined }) {
  if (!progress) return null;
  const { done, total, current } = progress;
  const position = Math.min(done + 1, total);
  return (
    <div class="import-progress" role="status" aria-label="Import progress">
      <p class="import-progress-label" id="import-progress-label">
        {`Importing ${position} of ${total}`}
        {current && `: ${current}`}
      </p>
      <progress value={done} max={Math.max(total, 1)} aria-labelledby="import-progress-label" />
    </div>
  );
}
