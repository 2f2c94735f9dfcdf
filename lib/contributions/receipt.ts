import { normalizeTrackingCode, type TrackingPrefix } from "./tracking-code";

/** What the confirmation page shows after a redirect: the code, and whether it is an earlier one. */
export type Receipt = { trackingCode: string; isDuplicate: boolean };

export const CONTRIBUTION_RECEIPT_COOKIE = "zp_contribution_receipt";

export function encodeReceipt(receipt: Receipt): string {
  return `${receipt.trackingCode}${receipt.isDuplicate ? "~dup" : ""}`;
}

/** Anything that is not a well-formed receipt (tampered, stale format) reads as no receipt. */
export function decodeReceipt(value: string | undefined, prefix: TrackingPrefix): Receipt | null {
  if (!value) return null;
  const [code, flag] = value.split("~");
  const trackingCode = normalizeTrackingCode(code ?? "", prefix);
  if (!trackingCode || trackingCode !== code) return null;
  return { trackingCode, isDuplicate: flag === "dup" };
}
