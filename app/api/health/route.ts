// Liveness: the process answers. No database call, so a database outage does not restart healthy nodes.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true, uptimeSeconds: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } });
}
