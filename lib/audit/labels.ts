/**
 * Chinese names of audit actions, for the log page and its CSV. Actions are free-form strings written by
 * each domain ("create", "inquiry.assign" …); one not listed here is shown as written.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: "创建",
  update: "修改",
  delete: "删除",
  publish: "发布",
  unpublish: "撤下",
  schedule: "排期",
  archive: "归档",
  submit: "提交审核",
  approve: "审核通过",
  return: "退回修改",
  restore: "恢复版本",
  merge: "合并",
  import: "导入",
  import_publish: "导入并发布",
  export: "导出",
  login: "登录",
  login_failed: "登录失败",
  login_throttled: "登录受限",
  logout: "退出登录",
  logout_everywhere: "退出所有设备",
  password_change: "修改密码",
  password_reset: "重置密码",
  totp_enable: "启用动态口令",
  totp_disable: "关闭动态口令",
  totp_reset: "重置动态口令",
  role_change: "修改角色",
  disable: "停用账号",
  enable: "启用账号",
  "contribution.submit": "收到投稿",
  "contribution.start_review": "开始审稿",
  "contribution.return": "退回投稿",
  "contribution.accept": "采用投稿",
  "inquiry.submit": "收到咨询",
  "inquiry.status": "咨询状态",
  "inquiry.note": "咨询备注",
  "inquiry.assign": "分配咨询",
  "inquiry.add_suggested_zones": "添加推荐园区",
  "mail.requeue": "重发通知",
};

export const ENTITY_TYPE_LABELS = { article: "文章", bulletin: "工作简报", zone: "开发区", contribution: "投稿", inquiry: "招商咨询", user: "用户" } as const;

export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action] : action;
}
