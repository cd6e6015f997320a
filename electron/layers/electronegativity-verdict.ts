import { z } from 'zod';

/** One finding as Electronegativity's `run()` returns it (only the fields the verdict reads). */
export const scanIssueSchema = z.object({
  id: z.string(),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }),
  description: z.string(),
  severity: z.object({ name: z.string() }),
  confidence: z.object({ name: z.string() }),
});

/** A file Electronegativity could not parse: its "Error parsing" (or "Tolerable error parsing") line, as data. */
export const scanErrorSchema = z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() });

/** What Electronegativity's programmatic `run()` resolves to. */
export const scanOutputSchema = z.object({
  atomicChecks: z.number(),
  globalChecks: z.number(),
  issues: z.array(scanIssueSchema),
  errors: z.array(scanErrorSchema),
});

/** A finding. */
export type ScanIssue = z.infer<typeof scanIssueSchema>;
/** A parse failure. */
export type ScanError = z.infer<typeof scanErrorSchema>;
/** A whole scan: the tool's output plus how many files we handed it. */
export type ScanRun = z.infer<typeof scanOutputSchema> & { filesScanned: number };

/** Whether the scan passes, the lines that fail it, and one summary line. */
export type ScanVerdict = { passed: boolean; failures: string[]; summary: string };

/** Where to read about a check (the tool's own short links point at the retired git.io). */
export function describeCheck(id: string): string {
  return `https://github.com/doyensec/electronegativity/wiki/${id}`;
}

/** Formats a finding as `ID severity at file:line — description; what to do`. */
export function formatIssue(issue: ScanIssue): string {
  const where = `${issue.file}:${issue.location.line}`;
  const severity = issue.severity.name.toUpperCase();
  return `${issue.id} ${severity} at ${where}: ${withoutStop(issue.description)}. Fix the cause (see ${describeCheck(issue.id)}).`;
}

/** Formats a parse failure as `Error parsing file — message; what to do`. */
export function formatParseError(error: ScanError): string {
  const kind = error.tolerable ? 'Tolerable error parsing' : 'Error parsing';
  return `${kind} ${error.file}: ${withoutStop(error.message)}. The scan did not see this file whole; make it parse or stop shipping it.`;
}

// The tool's messages sometimes end in a full stop and sometimes not; ours add one.
function withoutStop(text: string): string {
  return text.trim().replace(/\.+$/, '');
}

/** Judges a scan: any HIGH finding, any file it could not parse, or a scan of nothing fails; the rest is summed up. */
export function judgeScan(run: ScanRun): ScanVerdict {
  const failures: string[] = [];
  if (run.filesScanned === 0) failures.push('Electronegativity scanned no files; run `npm run build` first.');
  if (run.atomicChecks + run.globalChecks === 0) failures.push('Electronegativity loaded no checks; reinstall it.');
  failures.push(...run.errors.map(formatParseError));
  const high = run.issues.filter((issue) => issue.severity.name.toUpperCase() === 'HIGH');
  failures.push(...high.map(formatIssue));
  const rest = run.issues.filter((issue) => !high.includes(issue));
  const listed = rest.map((issue) => `${issue.id} ${issue.severity.name} (${issue.file}:${issue.location.line})`);
  const summary =
    `Electronegativity: ${run.filesScanned} files, ${run.atomicChecks + run.globalChecks} checks, ` +
    `${high.length} high, ${rest.length} medium/low${listed.length > 0 ? `: ${listed.join(', ')}` : ''}, ` +
    `${run.errors.length} parse errors.`;
  return { passed: failures.length === 0, failures, summary };
}
