/** Why an action on a review failed, and which review it was about. */
export interface ReviewActionFailure {
  reviewId: string;
  message: string;
}

/** The sentence of a failed action, shown only while the review it was about is the open one. */
export function ReviewActionError({ error, reviewId }: { error: ReviewActionFailure | undefined; reviewId: string }) {
  if (error?.reviewId !== reviewId) return null;
  return (
    <span class="load-error" role="alert">
      {error.message}
    </span>
  );
}
