import { describe, expect, it } from "vitest";
import { checkUpload, imageSize, sniffImageType } from "@/lib/media/validate";

const png = (width: number, height: number) => {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
};

describe("media upload checks", () => {
  it("recognises images by their first bytes", () => {
    expect(sniffImageType(png(1, 1))?.mimeType).toBe("image/png");
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.mimeType).toBe("image/jpeg");
    expect(sniffImageType(new TextEncoder().encode("GIF89a……"))?.mimeType).toBe("image/gif");
    expect(sniffImageType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))?.mimeType).toBe("image/webp");
  });

  it("refuses what only claims to be an image: SVG, HTML, executables, empty files", () => {
    expect(checkUpload(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toMatchObject({ ok: false, reason: "not_an_image", message: "只能上传 JPEG、PNG、GIF 或 WebP 图片" });
    expect(checkUpload(new TextEncoder().encode("<html>"))).toMatchObject({ ok: false });
    expect(checkUpload(new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toMatchObject({ ok: false });
    expect(checkUpload(new Uint8Array())).toMatchObject({ ok: false, reason: "empty" });
  });

  it("refuses images over the size limit", () => {
    const big = new Uint8Array(2048);
    big.set(png(1, 1));
    expect(checkUpload(big, 1024)).toMatchObject({ ok: false, reason: "too_large", message: "图片不能超过 1 KB" });
    expect(checkUpload(big, 4096)).toMatchObject({ ok: true, type: { extension: ".png" } });
  });

  it("reads PNG and GIF dimensions from the header", () => {
    const type = sniffImageType(png(640, 480));
    expect(type && imageSize(png(640, 480), type)).toEqual({ width: 640, height: 480 });
  });
});
