// GET|POST /views/<articleId> — counts one reading (阅读数). The article page loads it as a 1×1 image
// after its HTML, so counting works without JavaScript, never delays rendering, and still happens when
// the page itself is served from the caching front.
import { recordArticleView } from "@/lib/content/read-count";

export const dynamic = "force-dynamic";

// a transparent 1×1 GIF
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

const NO_STORE = { "Cache-Control": "no-store", "X-Http-Cache": "no-store" };

type Context = { params: Promise<{ id: string }> };

async function count({ params }: Context) {
  const { id } = await params;
  if (/^[a-z0-9]{8,40}$/i.test(id)) await recordArticleView(id);
}

export async function GET(_request: Request, context: Context) {
  await count(context);
  return new Response(PIXEL, { headers: { ...NO_STORE, "Content-Type": "image/gif" } });
}

export async function POST(_request: Request, context: Context) {
  await count(context);
  return new Response(null, { status: 204, headers: NO_STORE });
}
