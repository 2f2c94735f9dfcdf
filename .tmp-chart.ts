import * as echarts from "echarts";
const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: 400, height: 200 });
chart.setOption({ animation: false, xAxis: { type: "category", data: ["<script>甲", "乙&"] }, yAxis: { type: "value" }, series: [{ type: "bar", data: [1, 2], label: { show: true } }] });
const s = chart.renderToSVGString();
console.log(s.length, s.includes("<script>"), s.slice(0, 300));
