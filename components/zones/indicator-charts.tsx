import { lineChartOption, renderChartSvg } from "@/components/charts/render-svg";
import { SvgChart } from "@/components/charts/svg-chart";
import { formatChineseDate } from "@/lib/content/dates";
import { groupIndicators, type IndicatorRow } from "@/lib/content/zone-directory";

export function formatFigure(value: number): string {
  return value.toLocaleString("zh-CN", { maximumFractionDigits: 2 });
}

/** One line chart per metric, each with its figures, sources and dates in a table. */
export function IndicatorCharts({ indicators }: { indicators: IndicatorRow[] }) {
  return (
    <>
      {groupIndicators(indicators).map((group) => (
        <SvgChart
          key={group.metric}
          title={`${group.metric}（${group.unit}）`}
          svg={renderChartSvg(
            lineChartOption({ labels: group.points.map((point) => `${point.year}`), values: group.points.map((point) => point.value), unit: group.unit }),
            { width: 560, height: 240 },
          )}
          table={
            <table className="mt-1 w-full text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="px-2">年份</th>
                  <th scope="col" className="px-2 text-right">数值</th>
                  <th scope="col" className="px-2">来源</th>
                </tr>
              </thead>
              <tbody>
                {group.points.map((point) => (
                  <tr key={point.year} className="border-t border-gray-100">
                    <td className="px-2">{point.year}</td>
                    <td className="px-2 text-right tabular-nums">
                      {formatFigure(point.value)} {point.unit}
                    </td>
                    <td className="px-2 text-gray-700">
                      {point.sourceUrl ? (
                        <a href={point.sourceUrl} className="underline" rel="noopener">
                          {point.sourceTitle}
                        </a>
                      ) : (
                        point.sourceTitle
                      )}
                      {point.sourceDate ? `（${formatChineseDate(point.sourceDate)}）` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ))}
    </>
  );
}
