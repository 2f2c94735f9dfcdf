import { expect, test } from "@playwright/test";

test("an investor filters the directory, opens a profile, compares and reaches a pre-filled inquiry", async ({ page }) => {
  await page.goto("/zones");
  await expect(page.getByRole("heading", { level: 1, name: "开发区名录" })).toBeVisible();
  const total = Number(/共 (\d+) 个园区/.exec((await page.getByText(/共 \d+ 个园区/).textContent()) ?? "")?.[1]);

  // facet links carry counts; following one narrows the list to exactly that many
  const provinceFacet = page.getByRole("region", { name: "省份" }).getByRole("link").nth(1);
  const [provinceName, count] = ((await provinceFacet.innerText()) ?? "").split(/\s+/);
  await provinceFacet.click();
  await expect(page).toHaveURL(/province=/);
  await expect(page.getByText(`共 ${count} 个园区`)).toBeVisible();
  expect(Number(count)).toBeLessThanOrEqual(total);
  await expect(page.getByRole("figure")).toContainText("按省份分布");

  const card = page.getByRole("article").first();
  await expect(card).toContainText(provinceName);
  const zoneName = (await card.getByRole("heading").textContent())?.trim() ?? "";
  await card.getByRole("link", { name: zoneName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zoneName);
  const slug = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  await expect(page.getByRole("main").getByRole("link", { name: "招商咨询" })).toHaveAttribute("href", `/inquiry?zone=${encodeURIComponent(slug)}`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "GovernmentOrganization", name: zoneName });

  await page.getByRole("link", { name: "对比", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "园区对比" })).toBeVisible();
  const add = page.getByLabel(/添加园区/);
  const other = (await add.locator("option:not([disabled])").first().textContent())?.trim() ?? "";
  await add.selectOption({ label: other });
  await page.getByRole("button", { name: "添加" }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveCount(3);
  await expect(table.getByRole("columnheader", { name: new RegExp(zoneName) })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: new RegExp(other) })).toBeVisible();
  // every figure names its source
  const figures = table.locator("td").filter({ hasText: /\d+(\.\d+)? \S+（\d{4}年）/ });
  for (const cell of await figures.all()) await expect(cell).toContainText("数据来源：");

  await table.getByRole("link", { name: new RegExp(`招商咨询\\s*：${zoneName}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/inquiry\\?zone=${encodeURIComponent(slug)}`));
  await expect(page.getByText(`正在咨询：${zoneName}`)).toBeVisible();
  await expect(page.locator(`input[name="zones"][value="${slug}"]`)).toBeChecked();
});

test("the directory works with the keyboard and without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/zones?sort=approved");
  await expect(page.getByRole("link", { name: "按批准时间" })).toHaveAttribute("aria-current", "true");
  const boxes = page.getByRole("checkbox");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole("button", { name: /对比所选园区/ }).click();
  await expect(page).toHaveURL(/\/zones\/compare\?zone=.+&zone=/);
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(3);
  await context.close();

  const keyboard = await browser.newPage();
  await keyboard.goto("/");
  await keyboard.keyboard.press("Tab");
  await expect(keyboard.getByRole("link", { name: "跳到正文" })).toBeFocused();
  await keyboard.keyboard.press("Enter");
  await expect(keyboard).toHaveURL(/#main$/);
  await keyboard.close();
});
