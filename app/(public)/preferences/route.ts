// GET /preferences?lang=en|zh&font=large|normal — stores the visitor's choice in a cookie and goes back.
import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "@/lib/i18n/dictionary";
import { FONT_COOKIE, LOCALE_COOKIE, PREFERENCE_MAX_AGE } from "@/lib/i18n/preferences";
import { returnPath } from "@/lib/i18n/return-path";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  const location = returnPath(request.headers.get("referer"), request.headers.get("host"));
  const response = new NextResponse(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
  const options = { path: "/", maxAge: PREFERENCE_MAX_AGE, sameSite: "lax" as const, httpOnly: true };
  const lang = request.nextUrl.searchParams.get("lang") ?? undefined;
  if (isLocale(lang)) response.cookies.set(LOCALE_COOKIE, lang, options);
  const font = request.nextUrl.searchParams.get("font");
  if (font === "large" || font === "normal") response.cookies.set(FONT_COOKIE, font, options);
  return response;
}
