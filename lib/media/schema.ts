import { z } from "zod";
import { entityId, optionalText } from "@/lib/content/form-fields";

/** The media library's forms: upload (the file itself is checked in lib/media/validate.ts), alt text, delete. */
export const uploadMediaSchema = z.object({ alt: optionalText("替代文字", 200) });

export const updateMediaAltSchema = z.object({ id: entityId, alt: z.string().trim().min(1, "请填写替代文字").max(200, "替代文字不超过 200 个字") });

export const mediaIdSchema = z.object({ id: entityId });
