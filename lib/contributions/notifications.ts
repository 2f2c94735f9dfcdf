import type { MailMessage } from "@/lib/mail/transport";
import { REVIEW_SLA_HOURS } from "./terms";

/** The texts of the 投稿 notifications: plain text, built from stored values only, pure. */
const SIGNATURE = "\n\n——\n此邮件由开发区资讯门户自动发送，请勿直接回复。\n开发区资讯门户编辑部";

type Submitted = { id: string; trackingCode: string; title: string; category: string; authorName: string; organisation: string; email: string };

export function contributionReceivedMails(item: Submitted, siteUrl: string, notifyEmail?: string): MailMessage[] {
  const mails: MailMessage[] = [
    {
      to: item.email,
      subject: `已收到您的投稿《${item.title}》`,
      text:
        `${item.authorName}，您好：\n\n我们已收到您的投稿《${item.title}》（${item.category}）。\n\n查询码：${item.trackingCode}\n\n` +
        `编辑部将在 ${REVIEW_SLA_HOURS} 小时内完成初审。您可以在 ${siteUrl}/contribute/track 输入查询码和本邮箱查询进度。` +
        SIGNATURE,
    },
  ];
  if (notifyEmail) {
    mails.push({
      to: notifyEmail,
      subject: `新投稿待审：《${item.title}》`,
      text: `类别：${item.category}\n来稿单位：${item.organisation}\n作者：${item.authorName}\n查询码：${item.trackingCode}\n\n审阅：${siteUrl}/admin/contributions/${item.id}\n请在 ${REVIEW_SLA_HOURS} 小时内处理。`,
    });
  }
  return mails;
}

type Decided = { trackingCode: string; title: string; authorName: string; email: string };

export function contributionReturnedMail(item: Decided, reason: string, siteUrl: string): MailMessage {
  return {
    to: item.email,
    subject: `您的投稿《${item.title}》未被采用`,
    text:
      `${item.authorName}，您好：\n\n感谢您的投稿。经编辑部审阅，《${item.title}》暂未采用，理由如下：\n\n${reason}\n\n` +
      `您可以根据以上意见修改后重新投稿：${siteUrl}/contribute\n查询码：${item.trackingCode}` +
      SIGNATURE,
  };
}

export function contributionAcceptedMail(item: Decided, siteUrl: string): MailMessage {
  return {
    to: item.email,
    subject: `您的投稿《${item.title}》已被采用`,
    text:
      `${item.authorName}，您好：\n\n您的投稿《${item.title}》已被采用，编辑部正在编校，发布后我们会再次邮件告知文章链接。\n\n` +
      `查询码：${item.trackingCode}（可在 ${siteUrl}/contribute/track 查询）` +
      SIGNATURE,
  };
}

export function contributionPublishedMail(item: Decided, articleUrl: string): MailMessage {
  return {
    to: item.email,
    subject: `您的投稿《${item.title}》已发布`,
    text: `${item.authorName}，您好：\n\n您的投稿《${item.title}》已在开发区资讯门户发布，文章署明来稿单位和作者：\n\n${articleUrl}\n\n再次感谢您的来稿。` + SIGNATURE,
  };
}
