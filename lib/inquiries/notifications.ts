import type { MailMessage } from "@/lib/mail/transport";
import { INQUIRY_CATEGORY_LABELS, type InquiryCategoryValue } from "./schema";

/** The texts of the 招商咨询 notifications: plain text, pure. */
const SIGNATURE = "\n\n——\n此邮件由开发区资讯门户自动发送，请勿直接回复。";

type Received = {
  id: string;
  trackingCode: string;
  category: InquiryCategoryValue;
  company: string;
  contactName: string;
  email: string;
  phone: string;
  industry: string | null;
  message: string;
};

export function inquiryReceivedMails(item: Received, zoneNames: readonly string[], siteUrl: string, notifyEmail?: string): MailMessage[] {
  const category = INQUIRY_CATEGORY_LABELS[item.category];
  const zones = zoneNames.length ? zoneNames.join("、") : "未指定";
  const mails: MailMessage[] = [
    {
      to: item.email,
      subject: `已收到您的招商咨询（${category}）`,
      text:
        `${item.contactName}，您好：\n\n我们已收到${item.company}的招商咨询，招商专员将在 1 个工作日内与您联系。\n\n` +
        `咨询类别：${category}\n意向园区：${zones}\n查询码：${item.trackingCode}\n\n` +
        `您可以在 ${siteUrl}/inquiry/track 输入查询码和本邮箱查看处理进度。` +
        SIGNATURE,
    },
  ];
  if (notifyEmail) {
    mails.push({
      to: notifyEmail,
      subject: `新招商咨询：${item.company}（${category}）`,
      text:
        `企业：${item.company}\n联系人：${item.contactName}　${item.phone}　${item.email}\n行业：${item.industry ?? "未填写"}\n意向园区：${zones}\n\n` +
        `${item.message}\n\n处理：${siteUrl}/admin/inquiries/${item.id}`,
    });
  }
  return mails;
}
