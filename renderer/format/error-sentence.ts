/** The sentence of any thrown value: an Error's message without its "Error:" name, anything else as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Makes one readable sentence of a failure: `Could not <action>: <reason>.` */
export function errorSentence(action: string, error: unknown): string {
  const reason = messageOf(error)
    .trim()
    .replace(/[.!]+$/, '');
  return reason ? `Could not ${action}: ${reason}.` : `Could not ${action}.`;
}
