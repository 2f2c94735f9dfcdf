/** The inquiry confirmation page's receipt cookie (same format as the 投稿 one, see lib/contributions/receipt.ts). */
export const INQUIRY_RECEIPT_COOKIE = "zp_inquiry_receipt";
