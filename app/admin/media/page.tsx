import { PageHeader } from "@/components/admin/page-header";
import { MediaAltForm, MediaDeleteForm, MediaUploadForm } from "@/components/editor/media-forms";
import { requirePagePermission } from "@/lib/auth/session";
import { listMedia } from "@/lib/media/queries";

export const metadata = { title: "媒体库" };

export default async function MediaLibraryPage() {
  await requirePagePermission("media.upload", "/admin/media");
  const media = await listMedia(120);
  return (
    <>
      <PageHeader title="媒体库" description="稿件中的图片。在编辑器里用“插入图片”引用，或复制地址写成 ![替代文字](地址)。" />
      <section aria-labelledby="upload-heading" className="mb-6 rounded-md border border-gray-200 bg-white p-4">
        <h2 id="upload-heading" className="mb-3 text-base font-semibold">
          上传图片
        </h2>
        <MediaUploadForm />
      </section>
      {media.length ? (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="已上传的图片">
          {media.map((item) => (
            <li key={item.id} className="rounded-md border border-gray-200 bg-white p-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own media route */}
              <img src={item.url} alt={item.alt} className="mb-2 h-40 w-full rounded bg-gray-100 object-contain" loading="lazy" />
              <p className="truncate text-sm font-medium" title={item.originalName}>
                {item.originalName}
              </p>
              <p className="mb-2 text-xs text-gray-500">
                {item.mimeType} · {Math.ceil(item.byteSize / 1024)} KB{item.width ? ` · ${item.width}×${item.height}` : ""}
              </p>
              <p className="mb-2 break-all rounded bg-gray-50 px-2 py-1 font-mono text-xs text-gray-700">{item.url}</p>
              <MediaAltForm id={item.id} alt={item.alt} name={item.originalName} />
              <MediaDeleteForm id={item.id} name={item.originalName} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-gray-600">还没有上传图片。</p>
      )}
    </>
  );
}
