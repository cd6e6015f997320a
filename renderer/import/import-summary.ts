import type { ImportSummary } from '../../electron/model/import-summary.ts';

/** A summary with nothing in it. */
export function emptySummary(): ImportSummary {
  return { imported: [], duplicates: [], failed: [], notices: [] };
}

/** Adds what one call did to what the calls before it did; a notice said twice is kept once. */
export function mergeSummaries(into: ImportSummary, more: ImportSummary): ImportSummary {
  return {
    imported: [...into.imported, ...more.imported],
    duplicates: [...into.duplicates, ...more.duplicates],
    failed: [...into.failed, ...more.failed],
    notices: [...new Set([...into.notices, ...more.notices])],
  };
}

/** Whether a summary has anything to tell. */
export function isEmptySummary(summary: ImportSummary): boolean {
  return summary.imported.length + summary.duplicates.length + summary.failed.length + summary.notices.length === 0;
}
