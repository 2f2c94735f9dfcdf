import { expect, type Page } from "@playwright/test";
import { sampleEditor, type SampleAccount } from "../../prisma/seed/zones";

/**
 * Helpers for the 投稿 / 招商咨询 journeys. Signing in goes through next-auth's credentials endpoint
 * (the same one the sign-in page posts to), so these journeys do not depend on the sign-in page's markup.
 */
export async function signIn(page: Page, account: SampleAccount = sampleEditor): Promise<void> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, callbackUrl: "/admin", json: "true" },
  });
  expect(response.ok()).toBe(true);
  const cookies = await page.context().cookies();
  expect(cookies.some((cookie) => cookie.name.includes("next-auth.session-token"))).toBe(true);
}

/** A body of `characters` counted characters (whitespace is free), in paragraphs. */
export function bodyText(characters: number, seed = "开发区围绕主导产业开展精准招商推动产业链上下游协同发展"): string {
  const letters = Array.from(seed);
  const text = Array.from({ length: characters }, (_, index) => letters[index % letters.length]).join("");
  const paragraphs: string[] = [];
  for (let start = 0; start < text.length; start += 250) paragraphs.push(`　　${text.slice(start, start + 250)}`);
  return paragraphs.join("\n");
}

/** A unique suffix, so reruns against the same database never collide with duplicate detection. */
export const runId = () => Date.now().toString(36).slice(-5);
