// Network view: states and organisations, laid out on the server (seeded spring layout).
import { t, lang } from "./i18n.js";
import { getJSON, h, name, vectorColors, vectorName } from "./api.js";
import { entityPicker } from "./picker.js";

export async function renderNetwork(view, query) {
  const center = query.get("center") || "";
  const maxNodes = query.get("max_nodes") || "60";
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const [graph, grouping] = await Promise.all([
    getJSON("/api/network", { center, max_nodes: maxNodes }),
    getJSON("/api/vectors", { state: center }),
  ]);
  const vectors = [...grouping.vectors, grouping.other];
  const plot = h("div", { class: "network", id: "network-chart" });
  view.replaceChildren(h("section", { class: "card" }, h("h1", {}, t("network_title")),
    h("p", { class: "muted" }, t("network_note")), controls(center, maxNodes), plot));
  if (!graph.nodes.length) { plot.replaceChildren(h("p", { class: "empty" }, t("none"))); return; }
  draw(plot, graph, vectors);
}

function controls(center, maxNodes) {
  const m = h("select", { name: "max_nodes" }, ["30", "60", "120", "250"].map((n) =>
    h("option", { value: n, selected: n === maxNodes }, n)));
  const go = (id) => { location.hash = "#/network?" + new URLSearchParams({ center: id, max_nodes: m.value }); };
  const picker = entityPicker({ name: "center", value: center, onPick: go, submit: false });
  picker.input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); apply(); } });
  const apply = async () => {
    const id = await picker.resolve();
    if (id !== null) go(id);
  };
  return h("div", { class: "pickbar" }, h("label", {}, t("center"), " ", picker.el),
    h("label", {}, t("max_nodes"), " ", m), h("button", { type: "button", onclick: apply }, t("apply")),
    h("a", { class: "button secondary", href: "/api/network?format=graphml" }, "GraphML"),
    h("a", { class: "button secondary", href: "/api/network?format=json", target: "_blank" }, "JSON"));
}

function draw(el, graph, vectors) {
  const colors = vectorColors(vectors);
  const pos = Object.fromEntries(graph.nodes.map((n) => [n.id, n]));
  const names = Object.fromEntries(graph.nodes.map((n) => [n.id, n]));
  const traces = edgeTraces(graph.links, pos);
  for (const v of vectors) {
    const nodes = graph.nodes.filter((n) => n.vector === v.id);
    if (!nodes.length) continue;
    traces.push({
      type: "scatter", mode: "markers+text", name: vectorName(v),
      x: nodes.map((n) => n.x), y: nodes.map((n) => n.y),
      text: nodes.map((n) => name(n.id, names)), textposition: "top center",
      customdata: nodes.map((n) => n.id),
      hovertemplate: "%{text} (%{customdata})<extra></extra>",
      marker: { color: colors[v.id], size: nodes.map((n) => 10 + 4 * Math.sqrt(n.strength)),
        symbol: nodes.map((n) => (n.kind === "organization" ? "square" : "circle")),
        line: { color: "#fff", width: 1 } },
    });
  }
  Plotly.newPlot(el, traces, {
    margin: { t: 10, r: 10, l: 10, b: 10 }, hovermode: "closest", dragmode: "pan",
    xaxis: { visible: false }, yaxis: { visible: false, scaleanchor: "x" },
    legend: { orientation: "h", x: lang() === "ar" ? 1 : 0, xanchor: lang() === "ar" ? "right" : "left" },
    font: { family: "DejaVu Sans, sans-serif" },
  }, { displayModeBar: false, responsive: true, scrollZoom: true });
  el.on("plotly_click", (event) => {
    const id = event.points?.[0]?.customdata;
    if (typeof id === "string") location.hash = `#/country/${encodeURIComponent(id)}`;
  });
}

function edgeTraces(links, pos) {
  const buckets = [[1, 0.6, "#c5ccd3"], [3, 1.4, "#9aa6b2"], [10, 2.6, "#6c7a88"], [Infinity, 4, "#45515c"]];
  return buckets.map(([max, width, color], i) => {
    const min = i ? buckets[i - 1][0] : 0;
    const xs = [], ys = [];
    for (const l of links.filter((l) => l.weight > min && l.weight <= max)) {
      xs.push(pos[l.source].x, pos[l.target].x, null);
      ys.push(pos[l.source].y, pos[l.target].y, null);
    }
    return { type: "scatter", mode: "lines", x: xs, y: ys, hoverinfo: "skip", showlegend: false,
      line: { width, color } };
  });
}
