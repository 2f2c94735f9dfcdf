import { describe, expect, it } from "vitest";
import { barChartOption, lineChartOption, renderChartSvg } from "@/components/charts/render-svg";

describe("renderChartSvg", () => {
  const size = { width: 560, height: 240 };

  it("draws the figures it is given", () => {
    const svg = renderChartSvg(lineChartOption({ labels: ["2023", "2024"], values: [123.5, 456.25], unit: "亿元" }), size);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("123.5");
    expect(svg).toContain("456.25");
  });

  it("answers a repeated chart from its memo, byte for byte and without drawing again", () => {
    const option = () => lineChartOption({ labels: ["2021", "2022", "2023"], values: [10, 20, 31], unit: "亿元" });
    const first = renderChartSvg(option(), size);
    const started = performance.now();
    for (let i = 0; i < 50; i += 1) expect(renderChartSvg(option(), size)).toBe(first);
    // 50 draws take hundreds of milliseconds; 50 memo hits take well under one draw
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("never answers other figures, another size or another kind of chart from the memo", () => {
    const base = renderChartSvg(barChartOption({ labels: ["天津市"], values: [7], unit: "个" }), size);
    expect(renderChartSvg(barChartOption({ labels: ["天津市"], values: [8], unit: "个" }), size)).not.toBe(base);
    expect(renderChartSvg(barChartOption({ labels: ["江苏省"], values: [7], unit: "个" }), size)).not.toBe(base);
    expect(renderChartSvg(barChartOption({ labels: ["天津市"], values: [7], unit: "个" }), { width: 600, height: 240 })).not.toBe(base);
    expect(renderChartSvg(barChartOption({ labels: ["天津市"], values: [7], unit: "个", horizontal: true }), size)).not.toBe(base);
  });
});
