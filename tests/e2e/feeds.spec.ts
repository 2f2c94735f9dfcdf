import { expect, type Page, test } from "@playwright/test";

// Every public page advertises the site feed (and its own section's or zone's), and each advertised
// feed answers with XML that parses as RSS or Atom. A page that sets its canonical URL must not lose them.

async function advertisedFeeds(page: Page): Promise<string[]> {
  return page.locator('head link[rel="alternate"][type="application/rss+xml"], head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) =>
    // metadataBase makes them absolute: compare paths
    links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
  );
}

async function expectFeedParses(page: Page, href: string) {
  const response = await page.request.get(href);
  expect(response.status(), href).toBe(200);
  const xml = await response.text();
  const root = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, "application/xml");
    return document.querySelector("parsererror") ? "parsererror" : document.documentElement.localName;
  }, xml);
  expect(["rss", "feed"], `${href} parses as a feed`).toContain(root);
}

async function firstLinkUnder(page: Page, listPath: string, hrefPrefix: string): Promise<string> {
  await page.goto(listPath);
  const href = await page.locator(`main a[href^="${hrefPrefix}"]`).first().getAttribute("href");
  expect(href, `a link to ${hrefPrefix}… on ${listPath}`).toBeTruthy();
  return href as string;
}

test("the home, news, bulletin and zone pages each advertise feeds that parse", async ({ page }) => {
  const pages = [
    { path: "/", own: "/feeds/bulletins.rss" },
    { path: await firstLinkUnder(page, "/news", "/news/"), own: "/feeds/news.rss" },
    { path: await firstLinkUnder(page, "/bulletins", "/bulletins/"), own: "/feeds/bulletins.rss" },
    { path: await firstLinkUnder(page, "/zones", "/zones/"), own: "/feeds/zone/" },
  ];
  for (const { path, own } of pages) {
    await page.goto(path);
    const feeds = await advertisedFeeds(page);
    expect(feeds, `${path} advertises the site feed`).toContain("/feeds/news.rss");
    expect(feeds.some((href) => href.startsWith(own)), `${path} advertises ${own}`).toBe(true);
    for (const href of feeds) await expectFeedParses(page, href);
  }
});
