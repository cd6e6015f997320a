/** The address when it is an http(s) URL that may be offered as a link, else undefined. */
export function webLink(value: string | undefined): URL | undefined {
  if (!value || !/^https?:\/\//i.test(value.trim())) return undefined;
  try {
    return new URL(value.trim());
  } catch {
    return undefined;
  }
}
