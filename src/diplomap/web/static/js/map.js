// Map of event locations on offline geometry: Natural Earth's countries (public domain),
// simplified and shipped with the program (/static/data/world.json), drawn by plotly.js as
// plain shapes (no tiles, no topojson from the internet). A circle per location, sized by
// its number of events; a click lists the events there with their evidence.
import { count, lang, t } from "./i18n.js";
import { getJSON, h, ltr, name } from "./api.js";
import { eventItem } from "./home.js";
import { entityPicker } from "./picker.js";

const FONT = { family: "DejaVu Sans, sans-serif" };
let world = null;

const loadWorld = async () => (world ??= await getJSON("/static/data/world.json"));

export async function renderMap(view, query) {
  const q = { actor: query.get("actor") || "", since: query.get("since") || "", until: query.get("until") || "" };
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const [data, geo] = await Promise.all([getJSON("/api/map", q), loadWorld()]);
  const centres = Object.fromEntries(geo.countries.map((c) => [c.id, c.center]));
  const at = (p) => geo.points[p.id] || centres[p.id] || (p.state && (geo.points[p.state] || centres[p.state]));
  const placed = data.places.filter((p) => at(p));
  const unplaced = data.places.filter((p) => !at(p));
  const chart = h("div", { class: "map", id: "map-chart" });
  const panel = h("div", { id: "map-events" });
  view.replaceChildren(h("section", { class: "card" }, h("h1", {}, t("map_title")),
    h("p", { class: "muted" }, t("map_note")), controls(q),
    h("p", { id: "map-counts" }, count(placed.reduce((s, p) => s + p.n, 0), "events"), " · ",
      `${t("unplaced")}: `, ltr(data.unlocated + unplaced.reduce((s, p) => s + p.n, 0)),
      unplaced.length ? [" (", unplaced.map((p) => name(p.id, data.names)).join(lang() === "ar" ? "، " : ", "), ")"] : ""),
    chart, panel));
  draw(chart, geo, placed, at, data.names, (p) => showEvents(panel, p, q, data.names));
}

function controls(q) {
  const input = (key) => h("input", { name: key, value: q[key], placeholder: "YYYY", size: 8, inputmode: "numeric" });
  const since = input("since");
  const until = input("until");
  const picker = entityPicker({ name: "actor", value: q.actor, submit: false });
  const apply = async () => {
    const actor = picker.input.value.trim() ? await picker.resolve() : "";
    if (actor === null) return;
    const params = Object.entries({ actor, since: since.value.trim(), until: until.value.trim() }).filter(([, v]) => v);
    location.hash = "#/map?" + new URLSearchParams(params);
  };
  return h("div", { class: "pickbar", id: "map-controls" }, h("label", {}, t("actor"), " ", picker.el),
    h("label", {}, t("since"), " ", since), h("label", {}, t("until"), " ", until),
    h("button", { type: "button", onclick: apply }, t("apply")));
}

// Countries as filled outlines (one trace, rings separated by nulls), locations as circles.
function draw(el, geo, placed, at, names, onPick) {
  const xs = [];
  const ys = [];
  for (const c of geo.countries) for (const ring of c.rings) {
    for (const [x, y] of ring) { xs.push(x); ys.push(y); }
    xs.push(null); ys.push(null);
  }
  const land = { type: "scatter", mode: "lines", x: xs, y: ys, fill: "toself", fillcolor: "#e4e9ee",
    line: { color: "#ffffff", width: 0.6 }, hoverinfo: "skip", showlegend: false };
  const max = Math.max(1, ...placed.map((p) => p.n));
  const spots = { type: "scatter", mode: "markers", x: placed.map((p) => at(p)[0]), y: placed.map((p) => at(p)[1]),
    customdata: placed.map((p) => p.id), text: placed.map((p) => `${name(p.id, names)}: ${p.n}`),
    hovertemplate: "%{text}<extra></extra>", showlegend: false,
    marker: { size: placed.map((p) => 8 + 26 * Math.sqrt(p.n / max)), color: "rgba(192,57,43,0.7)",
      line: { color: "#7b241c", width: 1 } } };
  const box = bounds(placed.map(at));
  Plotly.newPlot(el, [land, spots], {
    margin: { t: 5, r: 5, l: 5, b: 5 }, hovermode: "closest", dragmode: "pan", showlegend: false, font: FONT,
    xaxis: { visible: false, range: box.x }, yaxis: { visible: false, range: box.y, scaleanchor: "x" },
    plot_bgcolor: "#cfe3f1",
  }, { displayModeBar: false, responsive: true, scrollZoom: true });
  el.on("plotly_click", (event) => {
    const point = event.points?.find((p) => p.curveNumber === 1);
    const place = point && placed.find((p) => p.id === point.customdata);
    if (place) onPick(place);
  });
}

// The located events with some margin; the whole world when there are none.
function bounds(points) {
  if (!points.length) return { x: [-170, 190], y: [-58, 85] };
  const lon = points.map((p) => p[0]);
  const lat = points.map((p) => p[1]);
  const pad = 18;
  return { x: [Math.min(...lon) - pad, Math.max(...lon) + pad], y: [Math.min(...lat) - pad, Math.max(...lat) + pad] };
}

async function showEvents(panel, place, q, names) {
  panel.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const data = await getJSON("/api/map", { ...q, location: place.id });
  const all = { ...names, ...data.names };
  panel.replaceChildren(h("h2", { id: "map-place" }, h("bdi", {}, name(place.id, all)),
    place.state && place.state !== place.id ? [" · ", h("bdi", {}, name(place.state, all))] : "",
    " ", h("span", { class: "muted" }, "(", count(place.n, "events"), ")")),
  h("ul", { class: "eventlist", id: "map-event-list" }, data.items.map((e) => eventItem(e, all))));
  panel.scrollIntoView({ block: "nearest" });
}
