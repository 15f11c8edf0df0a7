// Compare two countries: each one's balance of its own vectors side by side (counts per
// year, overall entropy and HHI), then their mutual relations (events per year between them
// both ways, the facts linking them, the latest events with their evidence).
import { count, lang, t } from "./i18n.js";
import { evidenceLink, getJSON, h, ltr, name, vectorColors, vectorName } from "./api.js";
import { entityPicker } from "./picker.js";
import { eventItem } from "./home.js";
import { loadOntology } from "./ontology.js";

const FONT = { family: "DejaVu Sans, sans-serif" };
const fmt = (x) => (x === null || x === undefined ? "—" : Number(x).toFixed(2));

export async function renderCompare(view, query) {
  const a = query.get("a") || "";
  const b = query.get("b") || "";
  const pickers = [entityPicker({ name: "a", value: a, submit: false }), entityPicker({ name: "b", value: b, submit: false })];
  const apply = async () => {
    const [x, y] = await Promise.all(pickers.map((p) => p.resolve()));
    if (x && y) location.hash = "#/compare?" + new URLSearchParams({ a: x, b: y });
  };
  pickers.forEach((p) => p.input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); apply(); } }));
  const head = h("section", { class: "card", id: "compare-head" }, h("h1", {}, t("compare_title")),
    h("div", { class: "pickbar" }, pickers[0].el, " ⇄ ", pickers[1].el, h("button", { type: "button", onclick: apply }, t("apply"))));
  if (!a || !b || a === b) { view.replaceChildren(head); return; }
  view.replaceChildren(head, h("p", { class: "muted" }, t("loading")));
  const [sideA, sideB, dyad, factsAB, factsBA, events, onto] = await Promise.all([
    side(a), side(b), getJSON(`/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { by: "year" }),
    getJSON("/api/facts", { subject: a, object: b, limit: 50 }), getJSON("/api/facts", { subject: b, object: a, limit: 50 }),
    bothWays(a, b), loadOntology()]);
  const names = { ...sideA.profile.names, ...sideB.profile.names, ...factsAB.names, ...factsBA.names, ...events.names };
  pickers[0].input.value = name(a, names);
  pickers[1].input.value = name(b, names);
  head.querySelector("h1").replaceChildren(`${t("compare_title")}: `, h("bdi", {}, name(dyad.a || a, names)), " ⇄ ", h("bdi", {}, name(dyad.b || b, names)));
  const facts = [...factsAB.items, ...factsBA.items];
  view.replaceChildren(head,
    h("div", { class: "compare", id: "compare-sides" }, sideCard(sideA, names, "compare-a"), sideCard(sideB, names, "compare-b")),
    h("section", { class: "card", id: "mutual" }, h("h2", {}, t("mutual")),
      h("h3", {}, t("dyad_chart")), h("div", { class: "chart", id: "dyad-chart" }),
      facts.length ? h("ul", { class: "facts", id: "mutual-facts" }, facts.map((f) => h("li", { "data-fact": f.id },
        h("bdi", {}, name(f.subject, names)), " · ", onto.predicates?.[f.predicate]?.label?.[lang() === "ar" ? "ar" : "en"] ?? f.predicate,
        " · ", h("bdi", {}, name(f.object, names)), " ", (f.evidence || []).map((ref) => evidenceLink(ref))))) : "",
      events.items.length ? h("ul", { class: "eventlist", id: "mutual-events" }, events.items.map((e) => eventItem(e, names)))
        : h("p", { class: "empty" }, t("none"))));
  drawSide(document.querySelector("#compare-a .chart"), sideA);
  drawSide(document.querySelector("#compare-b .chart"), sideB);
  drawDyad(document.getElementById("dyad-chart"), dyad, a, b, names);
}

async function side(state) {
  const profile = await getJSON(`/api/profile/${encodeURIComponent(state)}`, { evidence: 0 });
  const balance = profile.organisation ? null : await getJSON(`/api/balance/${encodeURIComponent(state)}`, { by: "year", ids: 0 });
  return { state: profile.state, profile, balance };
}

async function bothWays(a, b) {
  const [x, y] = await Promise.all([getJSON("/api/events", { source: a, target: b, limit: 10 }),
    getJSON("/api/events", { source: b, target: a, limit: 10 })]);
  const items = [...x.items, ...y.items].sort((p, q) => String(q.date || "").localeCompare(String(p.date || ""))).slice(0, 12);
  return { items, names: { ...x.names, ...y.names } };
}

function sideCard(s, names, id) {
  const o = s.balance?.overall;
  return h("section", { class: "card", id, "data-state": s.state },
    h("h2", {}, h("a", { href: `#/country/${encodeURIComponent(s.state)}` }, name(s.state, names)), " ", h("span", { class: "muted code" }, ltr(s.state))),
    o ? h("p", { class: "overall" }, count(o.total, "events"), ` · ${t("entropy")} `, ltr(fmt(o.entropy)), ` · ${t("hhi")} `, ltr(fmt(o.hhi))) : "",
    h("div", { class: "chart" }));
}

function drawSide(el, s) {
  const periods = s.balance?.periods || [];
  if (!periods.length) { el.replaceChildren(h("p", { class: "empty" }, t("none"))); el.style.minHeight = "0"; return; }
  const vectors = s.balance.vectors;
  const colors = vectorColors(vectors);
  const first = Number(periods[0].period);
  const xs = Array.from({ length: Number(periods.at(-1).period) - first + 1 }, (_, i) => String(first + i));
  const by = Object.fromEntries(periods.map((p) => [p.period, p]));
  const traces = vectors.map((v) => ({ type: "bar", name: vectorName(v), x: xs, y: xs.map((y) => by[y]?.counts[v.id] || 0),
    marker: { color: colors[v.id] }, hovertemplate: `${vectorName(v)}: %{y}<extra></extra>` }));
  const max = Math.max(...xs.map((y) => by[y]?.total || 0));
  Plotly.newPlot(el, traces, layout(el, max), { displayModeBar: false, responsive: true });
}

function drawDyad(el, dyad, a, b, names) {
  if (!dyad.series.length) { el.replaceChildren(h("p", { class: "empty" }, t("none"))); el.style.minHeight = "0"; return; }
  const xs = dyad.series.map((p) => p.period);
  const traces = [
    { type: "bar", name: `${name(a, names)} → ${name(b, names)}`, x: xs, y: dyad.series.map((p) => p.a_to_b), marker: { color: "#1f5f8b" } },
    { type: "bar", name: `${name(b, names)} → ${name(a, names)}`, x: xs, y: dyad.series.map((p) => p.b_to_a), marker: { color: "#e69f00" } },
  ];
  Plotly.newPlot(el, traces, layout(el, Math.max(...dyad.series.map((p) => p.n))), { displayModeBar: false, responsive: true });
}

function layout(el, max = Infinity) {
  const rtl = lang() === "ar";
  const narrow = el.clientWidth < 560;
  return { barmode: "stack", height: 320, margin: { t: 10, r: 20, l: 30, b: narrow ? 80 : 60 }, font: FONT,
    xaxis: { type: "category", autorange: rtl ? "reversed" : true, tickangle: narrow ? -90 : "auto" },
    yaxis: { rangemode: "tozero", tickformat: "d", side: rtl ? "right" : "left", dtick: max <= 8 ? 1 : undefined },
    legend: { orientation: "h", y: narrow ? -0.45 : -0.25, font: { size: 11 } } };
}
