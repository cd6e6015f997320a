import { createContext } from 'preact';
import type { OffprintApi } from '../../electron/api/contract.ts';

/** What reference lists need from the app: the API, the review on screen, and a way to open another. */
export interface ReferencesContextValue {
  api: Pick<OffprintApi, 'findCiting' | 'listOutlets'>;
  reviewId: string | undefined;
  openReview: (id: string) => void;
}

/** Given by the app so a reference list can show and open the other reviews citing the same item or outlet. */
export const ReferencesContext = createContext<ReferencesContextValue | undefined>(undefined);
