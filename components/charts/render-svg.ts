import "server-only";
import * as echarts from "echarts";

/**
 * Charts are drawn on the server by ECharts' SSR renderer into an SVG string: the page ships no chart
 * JavaScript, works without JavaScript and prints crisply.
 */
export type ChartSize = { width: number; height: number };

const FONT = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/**
 * Drawn charts by their option and size. Rendering one costs milliseconds of CPU (ECharts lays out the
 * whole scene graph), the output depends on nothing else, and a zone profile draws one chart per metric
 * on every render: a bounded memo makes repeat renders of the same figures free without ever serving a
 * chart for other figures (the key is the full option).
 */
const MEMO_LIMIT = 2_000;
const drawn = new Map<string, string>();

export function renderChartSvg(option: echarts.EChartsCoreOption, size: ChartSize): string {
  const key = JSON.stringify([option, size.width, size.height]);
  const known = drawn.get(key);
  if (known !== undefined) {
    // least recently used first out: re-inserting moves the key to the end
    drawn.delete(key);
    drawn.set(key, known);
    return known;
  }
  const svg = drawChartSvg(option, size);
  drawn.set(key, svg);
  if (drawn.size > MEMO_LIMIT) drawn.delete(drawn.keys().next().value as string);
  return svg;
}

function drawChartSvg(option: echarts.EChartsCoreOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function barChartOption({ labels, values, unit, horizontal = false, color = "#1d5fa8" }: { labels: string[]; values: number[]; unit: string; horizontal?: boolean; color?: string }) {
  const category = { type: "category" as const, data: labels, axisLabel: { color: "#374151", fontSize: 12 } };
  const value = { type: "value" as const, name: unit, axisLabel: { color: "#374151" }, nameTextStyle: { color: "#374151" } };
  return {
    grid: { left: horizontal ? 90 : 56, right: 24, top: 32, bottom: 32, containLabel: false },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: "bar" as const,
        data: values,
        itemStyle: { color },
        barMaxWidth: 28,
        label: { show: true, position: horizontal ? ("right" as const) : ("top" as const), color: "#111827", fontSize: 12 },
      },
    ],
  };
}

export function lineChartOption({ labels, values, unit }: { labels: string[]; values: number[]; unit: string }) {
  return {
    grid: { left: 64, right: 24, top: 36, bottom: 32 },
    xAxis: { type: "category" as const, data: labels, axisLabel: { color: "#374151" } },
    yAxis: { type: "value" as const, name: unit, axisLabel: { color: "#374151" }, nameTextStyle: { color: "#374151" } },
    series: [
      {
        type: "line" as const,
        data: values,
        symbolSize: 8,
        itemStyle: { color: "#b8322a" },
        lineStyle: { width: 2, color: "#b8322a" },
        label: { show: true, position: "top" as const, color: "#111827", fontSize: 12 },
      },
    ],
  };
}
