// Readiness: database reachable, migrations applied (503 otherwise); search engine reachable or degraded.
import { checkReadiness } from "@/lib/health/readiness";
import { requestLogger } from "@/lib/log";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  if (!readiness.ok || readiness.search === "degraded") (await requestLogger()).warn({ readiness }, "not fully ready");
  return Response.json(readiness, { status: readiness.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
