/**
 * 投稿提示 (the short guidelines above the form) and 投稿须知 (the terms a submitter accepts). Our own text.
 * Each Contribution stores the TERMS_VERSION it was accepted under, so change the version whenever the
 * terms change in substance: the form sends the version it showed, and a stale form is asked to re-read.
 */
export const TERMS_VERSION = "2026-11";

export const TERMS_EFFECTIVE_DATE = "2026年11月1日";

export const BODY_MIN_CHARACTERS = 1000;
export const BODY_MAX_CHARACTERS = 2000;
export const REVIEW_SLA_HOURS = 24;

export type Guideline = { title: string; text: string };

export const CONTRIBUTION_GUIDELINES: readonly Guideline[] = [
  {
    title: "征稿范围",
    text: "本站征集招商资讯、招商方案、政策解读和产业经济分析四类稿件，欢迎各地招商部门、开发区管理机构、研究机构和专家学者来稿。企业宣传、产品推介等广告性质的稿件不予采用。",
  },
  {
    title: "篇幅与格式",
    text: `正文 ${BODY_MIN_CHARACTERS}～${BODY_MAX_CHARACTERS} 字（空格和换行不计），以纯文本提交，段落之间换行即可。暂不受理图片、表格和附件。`,
  },
  {
    title: "审阅时限",
    text: `编辑部按收稿先后顺序审阅，收稿后 ${REVIEW_SLA_HOURS} 小时内给出初审结果，并以邮件告知；您也可以凭查询码和邮箱随时查询进度。`,
  },
  {
    title: "编辑加工",
    text: "编辑部可能对标题和文字作必要的修改和删节；涉及数据、事实的内容，编辑会与作者核实后再发布。",
  },
  {
    title: "署名与反馈",
    text: "稿件采用发布时署明来稿单位和作者，发布后我们会通过邮件告知文章链接。",
  },
];

export type TermsSection = { heading: string; paragraphs: readonly string[] };

export const CONTRIBUTION_TERMS: readonly TermsSection[] = [
  {
    heading: "一、适用范围",
    paragraphs: [
      "本须知适用于通过本站“投稿”页面提交的全部稿件。勾选同意并提交稿件，即表示您已阅读、理解并接受本须知的全部内容。",
    ],
  },
  {
    heading: "二、内容要求",
    paragraphs: [
      "稿件内容应当真实、准确，引用的数据和事实应有可靠来源，并在文中说明出处。",
      "稿件不得含有违反宪法、法律和行政法规的内容，不得危害国家安全和社会稳定，不得破坏民族团结、宣扬地域歧视，不得宣扬恐怖主义、极端主义或邪教迷信，不得含有淫秽、色情、赌博、暴力等内容，不得编造或传播虚假信息扰乱经济和社会秩序。",
      "稿件不得侮辱、诽谤他人，不得公开他人的隐私或个人信息，不得冒用他人或其他单位的名义。",
      "本站不刊登商业广告、企业软文和招揽性质的推广信息。",
    ],
  },
  {
    heading: "三、原创与权利保证",
    paragraphs: [
      "您保证稿件为本人或本单位原创，或已取得权利人的书面授权；引用他人作品时已注明作者和出处。",
      "因稿件侵犯他人著作权、名誉权、隐私权等合法权益而产生的纠纷和责任，由投稿人自行承担；本站收到权利人有效通知后，可先行撤下相关内容。",
    ],
  },
  {
    heading: "四、发布授权",
    paragraphs: [
      "稿件被采用后，您同意本站在不改变原意的前提下对稿件进行编辑加工，并在本站及本站运营的其他渠道以非独占方式发布。稿件著作权仍归原作者或原单位所有。",
      "稿酬等事宜如有需要，由编辑部与您另行书面约定。",
    ],
  },
  {
    heading: "五、审阅与处理",
    paragraphs: [
      `编辑部在收稿后 ${REVIEW_SLA_HOURS} 小时内完成初审。未采用的稿件会退回并说明理由，您可以修改后重新投稿。`,
      "对违反本须知的稿件，本站有权拒绝发布；已发布的，有权撤下并保留相关记录，涉嫌违法的依法向主管部门报告。",
    ],
  },
  {
    heading: "六、个人信息",
    paragraphs: [
      "我们收集您的姓名、单位、电子邮箱和联系电话，仅用于联系您、核实稿件和署名。稿件发布时公开来稿单位和作者姓名，电子邮箱和联系电话不会公开。",
      "为防止滥用，我们会保存提交时网络地址的不可逆摘要。您可以通过本站公布的联系方式查询、更正或要求删除您的个人信息。",
    ],
  },
  {
    heading: "七、须知的更新",
    paragraphs: [
      `本须知版本 ${TERMS_VERSION}，自${TERMS_EFFECTIVE_DATE}起施行。须知更新时版本号随之变更，每篇稿件适用投稿时所确认的版本。`,
    ],
  },
];
