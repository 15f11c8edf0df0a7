// Network view: states and organisations drawn by vis-network (shipped in the pyvis package,
// served from /vendor), top-N nodes, filters by relation and time range, colours by the
// centre's own vectors, and edges that explain themselves (relation, counts, dates, evidence).
import { count, lang, t } from "./i18n.js";
import { evidenceLink, getJSON, h, ltr, name, vectorColors, vectorName } from "./api.js";
import { eventType, kindLabel, loadOntology, quadLabel } from "./ontology.js";
import { entityPicker } from "./picker.js";
import { eventItem } from "./home.js";

const SIZES = ["30", "60", "120", "250"];
const KIND_COLORS = { state: "#1f77b4", organization: "#e69f00" };
const CENTER_COLOR = "#111";
let visLoading = null;

// vis-network is loaded on this page only (a script of this server: CSP script-src 'self').
function loadVis() {
  if (window.vis?.Network) return Promise.resolve(window.vis);
  visLoading ??= new Promise((resolve, reject) => {
    const script = h("script", { src: "/vendor/vis-network.min.js" });
    script.addEventListener("load", () => resolve(window.vis));
    script.addEventListener("error", () => { visLoading = null; reject(new Error("/vendor/vis-network.min.js")); });
    document.head.append(script);
  });
  return visLoading;
}

function readQuery(query) {
  const maxNodes = query.get("max_nodes") || "30";
  return { center: query.get("center") || "", max_nodes: SIZES.includes(maxNodes) ? maxNodes : "30",
    relation: query.get("relation") || "", since: query.get("since") || "", until: query.get("until") || "" };
}

export async function renderNetwork(view, query) {
  const q = readQuery(query);
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const [graph, grouping, onto] = await Promise.all([
    getJSON("/api/network", { ...q, layout: "false" }),
    q.center ? getJSON("/api/vectors", { state: q.center }) : null,
    loadOntology(), loadVis()]);
  const center = graph.nodes.some((n) => n.id === q.center) ? q.center : "";
  const vectors = grouping ? [...grouping.vectors, grouping.other] : [];
  const plot = h("div", { class: "network", id: "network-chart" });
  const panel = h("div", { id: "edge-panel", class: "edge-panel", "aria-live": "polite" }, h("p", { class: "muted" }, t("edge_hint")));
  view.replaceChildren(h("section", { class: "card" }, h("h1", {}, t("network_title")),
    h("p", { class: "muted" }, t("network_note")), controls(q, onto, centerName(graph, q.center)),
    legend(vectors, q.center), plot, panel));
  if (!graph.nodes.length) { plot.replaceChildren(h("p", { class: "empty" }, t("none"))); plot.style.height = "auto"; return; }
  draw(plot, panel, graph, vectors, center, { q, onto });
}

function centerName(graph, id) {
  const node = graph.nodes.find((n) => n.id === id);
  return node ? name(id, { [id]: node }) : id;
}

function controls(q, onto, shown) {
  const m = h("select", { name: "max_nodes" }, SIZES.map((n) => h("option", { value: n, selected: n === q.max_nodes }, n)));
  const relation = relationSelect(q.relation, onto);
  const since = h("input", { name: "since", value: q.since, placeholder: "YYYY", inputmode: "numeric", size: 8, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" });
  const until = h("input", { name: "until", value: q.until, placeholder: "YYYY", inputmode: "numeric", size: 8, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" });
  const go = (id) => {
    const params = { center: id, max_nodes: m.value, relation: relation.value, since: since.value.trim(), until: until.value.trim() };
    location.hash = "#/network?" + new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  };
  const picker = entityPicker({ name: "center", value: shown, onPick: go, submit: false });
  const apply = async () => {
    if (!picker.input.value.trim()) return go("");
    const id = await picker.resolve();
    if (id !== null) go(id);
  };
  picker.input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); apply(); } });
  const api = new URLSearchParams(Object.entries({ center: q.center, relation: q.relation, since: q.since, until: q.until }).filter(([, v]) => v));
  return h("div", { class: "pickbar", id: "network-controls" }, h("label", {}, t("center"), " ", picker.el),
    h("label", {}, t("max_nodes"), " ", m), h("label", {}, t("relation"), " ", relation),
    h("label", {}, t("since"), " ", since), h("label", {}, t("until"), " ", until),
    h("button", { type: "button", onclick: apply }, t("apply")),
    h("a", { class: "button secondary", href: `/api/network?format=graphml&${api}` }, "GraphML"),
    h("a", { class: "button secondary", href: `/api/network?format=json&${api}`, target: "_blank" }, "JSON"));
}

// One select: every predicate, event type and quad, each under its group, in words.
function relationSelect(current, onto) {
  const pick = (entry, code) => entry?.label?.[lang() === "ar" ? "ar" : "en"] ?? code;
  const group = (label, table, text) => h("optgroup", { label }, Object.keys(table || {})
    .filter((code) => code !== "policy")
    .map((code) => h("option", { value: code, selected: code === current }, text(code, table[code]))));
  return h("select", { name: "relation" }, h("option", { value: "" }, t("all_relations")),
    group(t("facts_group"), onto.predicates, (code, entry) => pick(entry, code)),
    group(t("events_group"), onto.event_types, (code) => eventType(code)),
    group(t("quads_group"), onto.quads, (code) => quadLabel(code)));
}

function legend(vectors, center) {
  if (!center || !vectors.length) {
    return h("p", { class: "chips legend", id: "network-legend" }, h("span", { class: "muted" }, t("no_center_colour")), " ",
      Object.entries(KIND_COLORS).map(([kind, color]) => h("span", { class: "chip" }, swatch(color), kindLabel(kind))));
  }
  const colors = vectorColors(vectors);
  return h("p", { class: "chips legend", id: "network-legend" }, h("span", { class: "muted" }, t("colour_note")), " ",
    vectors.map((v) => h("span", { class: "chip", "data-vector": v.id }, swatch(colors[v.id]), vectorName(v))));
}

const swatch = (color) => h("span", { class: "swatch", style: { background: color } });

export function nodeColor(node, vectors, center) {
  if (node.id === center) return CENTER_COLOR;
  if (center && vectors.length) return vectorColors(vectors)[node.vector];
  return KIND_COLORS[node.kind] || KIND_COLORS.state;
}

function draw(el, panel, graph, vectors, center, { q, onto }) {
  const names = Object.fromEntries(graph.nodes.map((n) => [n.id, n]));
  const nodes = graph.nodes.map((n) => ({ id: n.id, label: name(n.id, names), value: n.strength,
    shape: n.kind === "organization" ? "square" : "dot", color: nodeColor(n, vectors, center),
    title: h("span", {}, name(n.id, names), ` (${n.id})`) }));
  const edges = graph.links.map((l, i) => ({ id: i, from: l.source, to: l.target, value: l.weight,
    color: { color: l.n_conflictual > l.n_cooperative ? "#c0392b" : "#9aa6b2", highlight: "#1f5f8b" },
    title: h("span", {}, `${name(l.source, names)} — ${name(l.target, names)}: ${l.weight}`) }));
  const network = new window.vis.Network(el, { nodes, edges }, options(graph.nodes.length));
  el.network = network; // for the tests: positions and label boxes
  el.graph = graph;
  network.once("stabilizationIterationsDone", () => {
    network.setOptions({ physics: false });
    network.fit();
    el.dataset.stable = "1";
  });
  network.on("click", (event) => {
    if (event.nodes.length) return showNode(panel, names[event.nodes[0]], names, q);
    if (event.edges.length) return showEdge(panel, graph.links[event.edges[0]], names, q, onto);
    return undefined;
  });
}

function options(n) {
  return {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: n <= 100 },
    nodes: { scaling: { min: 8, max: 30, label: { enabled: false } }, borderWidth: 1,
      font: { size: 13, face: "DejaVu Sans, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { scaling: { min: 1, max: 6 }, smooth: false, selectionWidth: 2 },
    physics: { solver: "forceAtlas2Based", stabilization: { iterations: 600, fit: true },
      forceAtlas2Based: { gravitationalConstant: -120, centralGravity: 0.01, springLength: 140,
        springConstant: 0.05, avoidOverlap: 1 } },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: true, multiselect: false },
  };
}

function showNode(panel, node, names, q) {
  const params = new URLSearchParams({ ...Object.fromEntries(Object.entries(q).filter(([, v]) => v)), center: node.id });
  panel.replaceChildren(h("h2", {}, name(node.id, names), " ", h("span", { class: "muted code" }, ltr(node.id))),
    h("p", {}, kindLabel(node.kind), " · ", ltr(node.strength)),
    h("p", { class: "pager" }, h("a", { class: "button", href: `#/country/${encodeURIComponent(node.id)}`, id: "node-open" }, t("open_page")),
      h("a", { class: "button secondary", href: `#/network?${params}`, id: "node-center" }, t("center"))));
}

async function showEdge(panel, link, names, q, onto) {
  panel.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const detail = await getJSON("/api/network/edge", { a: link.source, b: link.target, relation: q.relation, since: q.since, until: q.until });
  const all = { ...names, ...detail.names };
  const types = Object.entries(detail.by_type).sort((a, b) => b[1] - a[1]);
  panel.replaceChildren(
    h("h2", { id: "edge-title" }, `${t("edge_title")} `, h("bdi", {}, name(link.source, all)), " — ", h("bdi", {}, name(link.target, all))),
    h("p", { id: "edge-summary" }, count(detail.n_events, "events"), ` · ${link.n_facts} ${t("n_facts")}`,
      detail.first ? [` · ${t("first_last")}: `, ltr(detail.first === detail.last ? detail.first : `${detail.first} – ${detail.last}`)] : ""),
    types.length ? h("p", { class: "chips" }, types.map(([code, n]) => h("span", { class: "chip", title: code }, eventType(code), " ", ltr(n)))) : "",
    detail.facts.length ? h("ul", { class: "facts", id: "edge-facts" }, detail.facts.map((f) => h("li", { "data-fact": f.id },
      h("bdi", {}, name(f.subject, all)), " · ", predicateText(f.predicate, onto), " · ", h("bdi", {}, name(f.object, all)), " ",
      (f.evidence || []).map((ref) => evidenceLink(ref))))) : "",
    detail.events.length ? h("ul", { class: "eventlist", id: "edge-events" }, detail.events.map((e) => eventItem(e, all))) : "");
  panel.scrollIntoView({ block: "nearest" });
}

function predicateText(code, onto) {
  const entry = onto.predicates?.[code];
  return h("span", { "data-predicate": code }, entry?.label?.[lang() === "ar" ? "ar" : "en"] ?? code);
}
