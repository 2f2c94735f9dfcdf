import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/** axe-core over every public template: home, lists, article, policy, bulletin, archive, directory, profile, compare, feeds, 404. */
async function firstHref(page: Page, path: string, selector: string): Promise<string> {
  await page.goto(path);
  const href = await page.locator(selector).first().getAttribute("href");
  expect(href).toBeTruthy();
  return href as string;
}

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `axe violations on ${path}`).toEqual([]);
}

test("public templates have no axe violations", async ({ page }) => {
  test.setTimeout(120_000);
  const article = await firstHref(page, "/news", 'main section a[href^="/news/"]');
  const policy = await firstHref(page, "/policies", 'main section a[href^="/policies/"]');
  const bulletin = await firstHref(page, "/bulletins", 'main a[href^="/bulletins/"]');
  const zone = await firstHref(page, "/zones", 'main article a[href^="/zones/"]');
  const zoneSlug = zone.split("/").pop() ?? "";
  const paths = ["/", "/news", "/reports", "/policies?validity=valid", article, policy, "/bulletins", bulletin, "/zones", zone, `/zones/compare?zone=${zoneSlug}`, "/feeds", "/no-such-page"];
  for (const path of paths) await expectNoViolations(page, path);
});

test("the English interface and 大字模式 also pass axe", async ({ page }) => {
  await page.goto("/preferences?font=large");
  await page.goto("/preferences?lang=en");
  await expectNoViolations(page, "/");
  await expectNoViolations(page, "/zones");
});
