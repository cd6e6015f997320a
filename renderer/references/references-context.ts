import { createContext } from 'preact';
import type { OffprintApi } from '../../electron/api/contract.ts';

/**
 * What reference lists need from the app: the API, the review on screen, a way to open another, and a way to
 * show every review citing an outlet in the library (filtered by that outlet).
 */
export interface ReferencesContextValue {
  api: Pick<OffprintApi, 'findCiting' | 'listOutlets'>;
  reviewId: string | undefined;
  openReview: (id: string) => void;
  showOutletInLibrary: (outlet: string) => void;
}

/** Given by the app so a reference list can show and open the other reviews citing the same item or outlet. */
export const ReferencesContext = createContext<ReferencesContextValue | undefined>(undefined);
