// GET /api/media/<key>: serves an uploaded image from the media storage (public: images appear in published articles).
import { getMediaByKey } from "@/lib/media/queries";
import { isValidMediaKey, mediaStorage } from "@/lib/media/storage";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  if (!isValidMediaKey(key)) return new Response("Not found", { status: 404 });
  const asset = await getMediaByKey(key);
  const object = asset ? await (await mediaStorage()).get(key) : null;
  if (!asset || !object) return new Response("Not found", { status: 404 });
  return new Response(object.body, {
    headers: {
      "Content-Type": asset.mimeType,
      "Content-Length": String(object.size),
      // keys are unique per upload and never rewritten: cache for a year
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
