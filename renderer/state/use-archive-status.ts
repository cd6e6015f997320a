import { useEffect, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';

/** What the reader must know about the archive: why it cannot be changed, and what was recovered or updated. */
export interface ArchiveStatusState {
  readOnlyReason: string | null;
  notices: string[];
  dismiss(notice: string): void;
}

/** Loads the archive's status once and adds each notice the host announces later. */
export function useArchiveStatus(api: OffprintBridge): ArchiveStatusState {
  const [readOnlyReason, setReadOnlyReason] = useState<string | null>(null);
  const [notices, setNotices] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    api.getArchiveStatus({}).then(
      (status) => {
        if (!live) return;
        setReadOnlyReason(status.readOnlyReason);
        // The read-only reason is shown on its own; do not repeat it as a notice.
        setNotices((shown) => [...status.notices.filter((notice) => notice !== status.readOnlyReason), ...shown]);
      },
      () => undefined,
    );
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'archive-notice') setNotices((shown) => [...shown, event.payload.notice]);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);

  return {
    readOnlyReason,
    notices,
    dismiss: (notice) => setNotices((shown) => shown.filter((candidate) => candidate !== notice)),
  };
}
