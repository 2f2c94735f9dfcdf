import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { adminPaths } from "@/components/admin/admin-paths";
import { EditableTable, type EditableColumn } from "@/components/admin/editable-table";
import { SelectField, TextAreaField, TextField } from "@/components/admin/field";
import type { FormAction } from "@/lib/forms/form-state";
import { Notice } from "@/components/admin/notice";
import { PageHeader } from "@/components/admin/page-header";
import { Panel } from "@/components/admin/panel";
import { firstValue, type QueryValues } from "@/components/admin/query-string";
import { SubmitButton } from "@/components/admin/submit-button";
import { canNow } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatIsoDay } from "@/lib/content/dates";
import { mergeZoneAction, saveZoneAwardsAction, saveZoneIndicatorsAction, updateZoneAction } from "@/lib/zones/actions";
import { ZONE_LEVEL_LABELS, ZONE_TYPE_LABELS, zonePath } from "@/lib/zones/labels";
import { getZoneForEdit, listMergeTargets } from "@/lib/zones/queries";
import { descriptionToText, ZONE_STATUS_LABELS, ZONE_STATUSES } from "@/lib/zones/schema";

export const metadata: Metadata = { title: "编辑开发区" };

const AWARD_COLUMNS: EditableColumn[] = [
  { name: "year", label: "年份", type: "number", inputMode: "numeric", width: "w-20", required: true },
  { name: "title", label: "荣誉或排名", width: "min-w-56", required: true },
  { name: "rank", label: "名次", type: "number", inputMode: "numeric", width: "w-16" },
  { name: "issuer", label: "颁发单位", width: "min-w-32" },
  { name: "sourceTitle", label: "来源", width: "min-w-40" },
  { name: "sourceUrl", label: "来源网址", type: "url", width: "min-w-40" },
  { name: "sourceDate", label: "来源日期", type: "date", width: "w-36" },
];

const INDICATOR_COLUMNS: EditableColumn[] = [
  { name: "metric", label: "指标", width: "min-w-36", required: true },
  { name: "year", label: "年份", type: "number", inputMode: "numeric", width: "w-20", required: true },
  { name: "value", label: "数值", type: "number", width: "w-28", required: true },
  { name: "unit", label: "单位", width: "w-20", required: true },
  { name: "sourceTitle", label: "来源", width: "min-w-40", required: true },
  { name: "sourceUrl", label: "来源网址", type: "url", width: "min-w-40" },
  { name: "sourceDate", label: "来源日期", type: "date", width: "w-36" },
];

const day = (date: Date | null) => (date ? formatIsoDay(date) : "");
const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));


/** Which zone, and the version the editor loaded (a save over a newer one is refused). */
function ZoneKeys({ zone }: { zone: { id: string; version: number } }) {
  return (
    <>
      <input type="hidden" name="zoneId" value={zone.id} />
      <input type="hidden" name="version" value={zone.version} />
    </>
  );
}

function ZoneTableForm({ zone, action, caption, columns, rows, submitLabel }: { zone: { id: string; version: number }; action: FormAction; caption: string; columns: EditableColumn[]; rows: Array<Record<string, string>>; submitLabel: string }) {
  return (
    <ActionForm action={action} successMessage="已保存" label={caption}>
      <ZoneKeys zone={zone} />
      <EditableTable caption={caption} columns={columns} initialRows={rows} />
      <SubmitButton className="mt-3" pendingText="保存中…">
        {submitLabel}
      </SubmitButton>
    </ActionForm>
  );
}

/** The zone editor: fields and aliases, awards, indicators, and merging a duplicate into another zone. */
export default async function ZoneEditPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<QueryValues> }) {
  const { id } = await params;
  const user = await requirePagePermission("zone.edit", adminPaths.zone(id));
  const zone = await getZoneForEdit(id);
  if (!zone) notFound();
  const justMerged = firstValue((await searchParams).merged) === "1";
  const mayPublish = canNow(user, "content.publish");
  const mayMerge = canNow(user, "zone.merge") && !zone.mergedIntoId;
  const targets = mayMerge ? await listMergeTargets(zone.id) : [];
  const statusOptions = ZONE_STATUSES.map((status) => ({ value: status, label: ZONE_STATUS_LABELS[status], disabled: !mayPublish && status !== zone.status }));

  if (zone.mergedInto) {
    return (
      <>
        <PageHeader title={zone.name} breadcrumbs={[{ href: "/admin/zones", label: "开发区" }]} />
        <Notice tone="info" title="已合并">
          该园区已合并到 <Link href={adminPaths.zone(zone.mergedInto.id)} className="font-medium underline">{zone.mergedInto.name}</Link>，其名称已作为别名保留。
        </Notice>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={zone.name}
        description={`${ZONE_LEVEL_LABELS[zone.level]} · 第 ${zone.version} 版 · 相关文章 ${zone._count.articles} 篇`}
        breadcrumbs={[{ href: "/admin/zones", label: "开发区" }]}
        actions={
          zone.status === "published" ? (
            <Link href={zonePath(zone.slug)} className="text-sm text-brand-700 underline">
              查看公开页面
            </Link>
          ) : null
        }
      />
      {justMerged ? (
        <Notice tone="success" className="mb-4">
          合并完成：原园区的文章、咨询、荣誉和指标已并入本园区，原名称已加为别名。
        </Notice>
      ) : null}
      {zone.origin === "import" ? (
        <Notice tone="warning" className="mb-4" title="导入时自动创建">
          这个园区是导入文章时从正文中识别出来的。如果它和已有园区是同一个，请在页面底部“合并”；否则补全资料后发布。
        </Notice>
      ) : null}

      <Panel className="mb-6" id="fields-heading" title="基本信息">
        <ActionForm action={updateZoneAction} successMessage="已保存" label="基本信息">
          <ZoneKeys zone={zone} />
          <div className="grid gap-x-4 md:grid-cols-2">
            <TextField name="name" label="全称" required defaultValue={zone.name} />
            <TextField name="shortName" label="简称" defaultValue={text(zone.shortName)} />
            <SelectField name="level" label="级别" required options={Object.entries(ZONE_LEVEL_LABELS).map(([value, label]) => ({ value, label }))} defaultValue={zone.level} />
            <SelectField name="type" label="类型" placeholder="未注明" options={Object.entries(ZONE_TYPE_LABELS).map(([value, label]) => ({ value, label }))} defaultValue={zone.type ?? ""} />
            <SelectField name="status" label="状态" required options={statusOptions} defaultValue={zone.status} hint={mayPublish ? "发布后在门户公开显示" : "您没有发布权限"} />
            <TextField name="province" label="省份" defaultValue={text(zone.province)} />
            <TextField name="city" label="城市" defaultValue={text(zone.city)} />
            <TextField name="district" label="区县" defaultValue={text(zone.district)} />
            <TextField name="approvedAt" type="date" label="批准设立日期" hint="来源只给到月份时填该月 1 日（公开页面显示为“1988年6月”）" defaultValue={day(zone.approvedAt)} />
            <TextField name="areaKm2" label="核准面积（平方公里）" hint="1 平方公里 = 100 公顷" inputMode="decimal" defaultValue={text(zone.areaKm2)} />
            <TextField name="website" type="url" label="官方网站" defaultValue={text(zone.website)} />
            <TextField name="featuredRank" label="首页推荐顺序" inputMode="numeric" hint="1–99，留空表示不在首页推荐" defaultValue={text(zone.featuredRank)} />
            <TextField name="industries" label="主导产业" hint="用顿号或逗号分隔" defaultValue={zone.industries.join("、")} />
            <TextField name="catalogueSource" label="数据来源（文件）" hint="级别、类型、批准时间、面积、主导产业的出处，如《中国开发区审核公告目录》（2018年版）" defaultValue={text(zone.catalogueSource)} className="md:col-span-2" />
            <TextField name="catalogueSourceUrl" type="url" label="来源网址" defaultValue={text(zone.catalogueSourceUrl)} />
            <TextField name="catalogueYear" label="来源年份" inputMode="numeric" defaultValue={text(zone.catalogueYear)} />
          </div>
          <TextAreaField name="aliases" label="别名" rows={3} hint="每行一个（如“合肥经开区”）。导入文章时，这些名称会链接到本园区。" defaultValue={zone.aliases.join("\n")} />
          <TextAreaField name="summary" label="简介" rows={3} defaultValue={text(zone.summary)} />
          <TextAreaField name="description" label="介绍" rows={10} hint="段落之间空一行；“## ”开头为小标题，“- ”开头为列表项。" defaultValue={descriptionToText(zone.description)} />
          <SubmitButton pendingText="保存中…">保存基本信息</SubmitButton>
        </ActionForm>
      </Panel>

      <Panel className="mb-6" id="awards-heading" title="荣誉与排名" description="保存时以表格内容为准；空行会被忽略。">
        <ZoneTableForm
          zone={zone}
          action={saveZoneAwardsAction}
          caption="荣誉与排名"
          columns={AWARD_COLUMNS}
          rows={zone.awards.map((award) => ({ year: text(award.year), title: award.title, rank: text(award.rank), issuer: text(award.issuer), sourceTitle: text(award.sourceTitle), sourceUrl: text(award.sourceUrl), sourceDate: day(award.sourceDate) }))}
          submitLabel="保存荣誉"
        />
      </Panel>

      <Panel className="mb-6" id="indicators-heading" title="经济指标" description="每个指标每年一行；数值、单位和来源必填。保存时以表格内容为准。">
        <ZoneTableForm
          zone={zone}
          action={saveZoneIndicatorsAction}
          caption="经济指标"
          columns={INDICATOR_COLUMNS}
          rows={zone.indicators.map((indicator) => ({ metric: indicator.metric, year: text(indicator.year), value: indicator.value, unit: indicator.unit, sourceTitle: indicator.sourceTitle, sourceUrl: text(indicator.sourceUrl), sourceDate: day(indicator.sourceDate) }))}
          submitLabel="保存指标"
        />
      </Panel>

      {mayMerge ? (
        <Panel className="mb-6" id="merge-heading" title="合并到另一个园区" description="用于导入产生的重复条目：本条的文章、咨询、投稿、荣誉和指标转到目标园区，本条名称成为目标园区的别名，本条归档。此操作不能撤销。">
          <ActionForm action={mergeZoneAction} label="合并园区">
            <ZoneKeys zone={zone} />
            <SelectField name="targetId" label="并入" required placeholder="请选择园区" options={targets.map((target) => ({ value: target.id, label: `${target.name}${target.province ? `（${target.province}）` : ""}${target.origin === "import" ? " · 导入" : ""}` }))} />
            <SubmitButton variant="danger" confirm={`确定把“${zone.name}”合并到所选园区吗？此操作不能撤销。`}>
              合并
            </SubmitButton>
          </ActionForm>
        </Panel>
      ) : null}
    </>
  );
}
