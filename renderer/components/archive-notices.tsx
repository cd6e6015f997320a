import type { ArchiveStatusState } from '../state/use-archive-status.ts';

/** The archive's read-only reason and its notices (files recovered, format updated), each dismissible. */
export function ArchiveNotices({ status }: { status: ArchiveStatusState }) {
  if (!status.readOnlyReason && status.notices.length === 0) return null;
  return (
    <section class="archive-notices" aria-label="Archive notices">
      {status.readOnlyReason && (
        <p class="archive-notice archive-notice-read-only" role="status">
          {status.readOnlyReason}
        </p>
      )}
      {status.notices.map((notice) => (
        <div class="archive-notice" role="alert" key={notice}>
          <p>{notice}</p>
          <button type="button" class="archive-notice-dismiss" onClick={() => status.dismiss(notice)}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
