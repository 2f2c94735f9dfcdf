/**
 * Where to send a visitor back after switching language or text size: the page they came from, only if
 * it is on this site (same Host as the request — never an open redirect), else the home page. The
 * answer is a path, sent as a relative Location, so it works whatever name the site is reached by.
 */
export function returnPath(referer: string | null, host: string | null): string {
  if (!referer || !host) return "/";
  try {
    const from = new URL(referer);
    if (from.host !== host || from.pathname.startsWith("/preferences")) return "/";
    return `${from.pathname}${from.search}${from.hash}`;
  } catch {
    return "/";
  }
}
