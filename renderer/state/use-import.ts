import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import { ImportRunner, type ImportState } from '../import/import-runner.ts';
import type { UploadLimits } from '../import/upload-plan.ts';

/** The import runner for this window, and the progress and summary it has to show. */
export interface ImportHandle {
  runner: ImportRunner;
  state: ImportState;
}

/** Keeps one import runner for the window, fed by the host's `import-progress` events. */
export function useImport(api: OffprintBridge, limits: UploadLimits): ImportHandle {
  const runner = useMemo(() => new ImportRunner(api, limits), [api, limits]);
  const [state, setState] = useState<ImportState>(runner.state);

  useEffect(() => {
    setState(runner.state);
    const stopWatching = runner.onChange(() => setState(runner.state));
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'import-progress') runner.noteProgress(event.payload);
    });
    return () => {
      stopWatching();
      unsubscribe();
    };
  }, [api, runner]);

  return { runner, state };
}
