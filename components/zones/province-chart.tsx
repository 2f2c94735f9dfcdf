import { barChartOption, renderChartSvg } from "@/components/charts/render-svg";
import { SvgChart } from "@/components/charts/svg-chart";
import type { FacetCount } from "@/lib/content/zone-directory";

/** The China overview: how many zones each province has, as a server-rendered bar chart. */
export function ProvinceChart({ counts, title }: { counts: FacetCount[]; title: string }) {
  if (!counts.length) return null;
  const svg = renderChartSvg(
    barChartOption({ labels: counts.map((row) => row.value), values: counts.map((row) => row.count), unit: "个", horizontal: true }),
    { width: 640, height: Math.max(160, 60 + counts.length * 26) },
  );
  return (
    <SvgChart
      svg={svg}
      title={title}
      table={
        <table className="mt-1 text-sm">
          <thead>
            <tr>
              <th scope="col" className="px-2 text-left">省份</th>
              <th scope="col" className="px-2 text-right">园区数</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((row) => (
              <tr key={row.value}>
                <td className="px-2">{row.value}</td>
                <td className="px-2 text-right tabular-nums">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
