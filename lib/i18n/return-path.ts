/**
 * Where to send a visitor back after switching language or text size: the page they came from, only if
 * it is on this site (never an open redirect), else the home page.
 */
export function returnPath(referer: string | null, requestUrl: string): string {
  if (!referer) return "/";
  try {
    const from = new URL(referer);
    const self = new URL(requestUrl);
    if (from.host !== self.host || from.pathname.startsWith("/preferences")) return "/";
    return `${from.pathname}${from.search}${from.hash}`;
  } catch {
    return "/";
  }
}
