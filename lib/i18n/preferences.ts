import "server-only";
import { cookies } from "next/headers";
import { type Dictionary, dictionary, isLocale, type Locale } from "@/lib/i18n/dictionary";

/** Visitor preferences kept in cookies so they persist and work without JavaScript. */
export const LOCALE_COOKIE = "zp_lang";
export const FONT_COOKIE = "zp_font";
export const PREFERENCE_MAX_AGE = 60 * 60 * 24 * 365;

export type FontSize = "normal" | "large";

export type Preferences = { locale: Locale; fontSize: FontSize; t: Dictionary };

export async function getPreferences(): Promise<Preferences> {
  const store = await cookies();
  const lang = store.get(LOCALE_COOKIE)?.value;
  const locale: Locale = isLocale(lang) ? lang : "zh";
  const fontSize: FontSize = store.get(FONT_COOKIE)?.value === "large" ? "large" : "normal";
  return { locale, fontSize, t: dictionary(locale) };
}
