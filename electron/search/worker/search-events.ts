/** The library's events as search sees them: the changes it follows and what it tells the reader. */
import type { ReviewSummary } from '../../model/review.ts';
import type { SearchStatus } from '../../model/search-hit.ts';

/** A library change the index follows; the other events of the library pass search by. */
export type LibraryChange =
  | { type: 'review-added' | 'review-changed'; payload: { review: ReviewSummary } }
  | { type: 'review-removed'; payload: { id: string } }
  | { type: 'notes-changed'; payload: { reviewId: string } };

/** What search tells the library's listeners: how far indexing is, and problems the reader should know. */
export type SearchNotice =
  | { type: 'search-progress'; payload: SearchStatus }
  | { type: 'archive-notice'; payload: { notice: string } };

/** Where search hears of the library's changes and tells its own: the library's event hub, which sends more kinds. */
export interface SearchEvents {
  emit(event: SearchNotice): void;
  subscribe(listener: (event: { type: string; payload: unknown }) => void): unknown;
}

const changeTypes = new Set<string>(['review-added', 'review-changed', 'review-removed', 'notes-changed']);

/** Whether a library event is one of the changes the index follows (their payloads are the contract's). */
export function isLibraryChange(event: { type: string; payload: unknown }): event is LibraryChange {
  return changeTypes.has(event.type);
}
