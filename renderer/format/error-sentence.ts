/** Makes one readable sentence of a failure: `Could not <action>: <reason>.` */
export function errorSentence(action: string, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).trim().replace(/[.!]+$/, '');
  return reason ? `Could not ${action}: ${reason}.` : `Could not ${action}.`;
}
