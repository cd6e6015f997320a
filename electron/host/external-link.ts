/** The schemes a link may have to be handed to the system's browser or mail program. */
const externalSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address to hand to the system when the reader clicks a link that leaves the app, or null when it must not
 * leave: only well-formed http, https and mailto addresses with no user name or password in them go out.
 */
export function externalLinkOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!externalSchemes.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && (!parsed.hostname || parsed.username || parsed.password)) return null;
  return parsed.href;
}
