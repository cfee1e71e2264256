/** The values of every cookie called `name` in a Cookie header, as sent (not decoded). */
export function* cookieValues(header: string | undefined, name: string): Generator<string> {
  if (!header) return;
  for (const pair of header.split(";")) {
    const separator = pair.indexOf("=");
    if (separator >= 0 && pair.slice(0, separator).trim() === name)
      yield pair.slice(separator + 1).trim();
  }
}
