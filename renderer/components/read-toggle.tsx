import { useState } from 'preact/hooks';
import type { OffprintApi } from '../../electron/api/contract.ts';
import type { ReviewState } from '../../electron/model/review-state.ts';
import { errorSentence } from '../format/error-sentence.ts';
import { formatDate } from '../format/format-date.ts';
import { ReviewActionError, type ReviewActionFailure } from './review-action-error.tsx';

/** The open review's read mark and the button that changes it (states undefined while loading). */
export interface ReadToggleProps {
  api: Pick<OffprintApi, 'setRead'>;
  reviewId: string;
  state: ReviewState | null | undefined;
}

/** "Read on 3 March 2026 · Mark as unread", or "Mark as read": reviews are also marked read on reaching their end. */
export function ReadToggle({ api, reviewId, state }: ReadToggleProps) {
  const [error, setError] = useState<ReviewActionFailure>();
  if (state === undefined) return null;
  const readAt = state?.readAt;
  const change = (read: boolean) => {
    setError(undefined);
    api.setRead({ id: reviewId, read }).catch((failure: unknown) => {
      setError({
        reviewId,
        message: errorSentence(read ? 'mark this review read' : 'mark this review unread', failure),
      });
    });
  };
  return (
    <p class="read-toggle">
      {readAt && (
        <span class="read-toggle-date">
          Read <time dateTime={readAt}>{formatDate(readAt)}</time>
        </span>
      )}
      <button type="button" class="quiet-button" onClick={() => change(!readAt)}>
        {readAt ? 'Mark as unread' : 'Mark as read'}
      </button>
      <ReviewActionError error={error} reviewId={reviewId} />
    </p>
  );
}
