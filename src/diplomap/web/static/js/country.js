// Country page: profile, partners by vector, balance over time, memberships timeline.
import { t, lang } from "./i18n.js";
import { entityLink, evidenceLink, getJSON, h, ltr, name, vectorColors, vectorName } from "./api.js";
import { attributeLabel, attributeOrder, attributeType, sectionTitle, value } from "./ontology.js";

export async function renderCountry(view, state, query) {
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const [profile, balance] = await Promise.all([
    getJSON(`/api/profile/${encodeURIComponent(state)}`),
    getJSON(`/api/balance/${encodeURIComponent(state)}`, { by: "year", ids: 5 }),
  ]);
  localStorage.setItem("diplomap.state", state);
  const names = profile.names;
  const vectors = [...profile.vectors.vectors, profile.vectors.other];
  const colors = vectorColors(vectors);
  view.replaceChildren(
    header(profile, names),
    h("section", { class: "card", id: "balance" }, h("h2", {}, t("balance")),
      h("p", { class: "muted" }, t("balance_note")), h("div", { class: "chart", id: "balance-chart" })),
    h("section", { class: "card", id: "partners" }, h("h2", {}, t("partners_by_vector")),
      partnersByVector(profile.partners_by_vector, names, colors)),
    h("section", { class: "card", id: "timeline" }, h("h2", {}, t("timeline")),
      h("div", { class: "chart timeline", id: "timeline-chart" })),
    h("section", { class: "card", id: "profile" }, h("h2", {}, t("profile")),
      h("div", { class: "cols" }, sections(profile, names))),
  );
  drawBalance(document.getElementById("balance-chart"), balance, colors);
  drawTimeline(document.getElementById("timeline-chart"), profile, names);
}

function statePicker(current) {
  const input = h("input", { list: "state-list", value: current, size: 8, "aria-label": t("state") });
  const list = h("datalist", { id: "state-list" });
  getJSON("/api/entities", { kind: "state", limit: 500 }).then((data) => {
    list.replaceChildren(...data.items.map((e) => h("option", { value: e.id }, name(e.id, { [e.id]: e }))));
  }).catch(() => {});
  const go = () => { if (input.value.trim()) location.hash = `#/country/${encodeURIComponent(input.value.trim())}`; };
  input.addEventListener("keydown", (e) => { if (e.key === "Enter") go(); });
  return h("div", { class: "pickbar" }, h("label", {}, t("state"), " "), input, list,
    h("button", { type: "button", onclick: go }, t("go")));
}

function header(profile, names) {
  const e = profile.events;
  const quads = Object.entries(e.by_quad).map(([q, n]) => `${q} ${n}`).join(" · ");
  return h("section", { class: "card", id: "country-head" },
    statePicker(profile.state),
    h("h1", {}, name(profile.state, names), " ", h("span", { class: "muted" }, `(${profile.state})`)),
    h("p", {}, `${e.total} ${t("events_total")}`, quads ? ` — ${quads}` : "",
      e.first_year ? [" — ", ltr(`${e.first_year}–${e.last_year}`)] : "", " ",
      h("a", { href: `#/events?actor=${encodeURIComponent(profile.state)}` }, t("all_events"))));
}

function partnersByVector(groups, names, colors) {
  const cards = groups.filter((g) => g.partners.length).map((g) => h("div",
    { class: "card vector", style: { "--vc": colors[g.vector] }, "data-vector": g.vector },
    h("h3", {}, vectorName(g), " ", h("span", { class: "muted" }, "· ", ltr(g.n_events), ` ${t("events_total")}`)),
    h("div", { class: "chips" }, g.partners.map((p) => h("span", { class: "chip" },
      entityLink(p.id, names), p.n ? h("span", { class: "n" }, ` ${p.n}`) : "")))));
  return cards.length ? h("div", { class: "grid" }, cards) : h("p", { class: "empty" }, t("none"));
}

function sections(profile, names) {
  return Object.entries(profile.sections).filter(([, items]) => items.length).map(([key, items]) =>
    h("div", { class: "section", "data-section": key }, h("h3", {}, sectionTitle(key)),
      h("ul", { class: "facts" }, items.map((fact) => factLine(fact, names)))));
}

function factLine(fact, names) {
  const counterpart = fact.predicate === "policy" ? h("strong", {}, value(fact.counterpart))
    : entityLink(fact.counterpart, names);
  const modality = fact.modality !== "actual" ? h("span", { class: "badge" }, value(fact.modality)) : "";
  return h("li", { "data-fact": fact.fact_id }, counterpart, modality, " ",
    h("span", { class: "attrs" }, ...formatAttrs(fact.attrs)),
    h("span", { class: "badge", title: t("documents") }, `${fact.n_documents} ${t("documents")}`),
    fact.n_sources > 1 ? h("span", { class: "badge", title: t("sources") }, `${fact.n_sources} ${t("sources")}`) : "",
    fact.evidence.map((ref) => evidenceLink(ref)));
}

export function formatAttrs(attrs) {
  const keys = Object.keys(attrs).sort((a, b) => rank(a) - rank(b));
  const parts = keys.map((k) => {
    const v = attrs[k];
    if (attributeType(k) === "date") return [`${attributeLabel(k)} `, ltr(v)];
    if (k === "length_km") return [ltr(Number(v).toLocaleString("en")), ` ${t("km")}`];
    if (k === "amount_usd") return [ltr(`${Number(v).toLocaleString("en")} USD`)];
    if (typeof v === "string") return [h("bdi", {}, value(v))];
    return [`${k}: `, ltr(v)];
  });
  return parts.flatMap((p, i) => (i ? [" · ", ...p] : p));
}

const rank = (k) => (attributeOrder().indexOf(k) + 1 || 99);

function drawBalance(el, balance, colors) {
  if (!balance.periods.length) { el.replaceChildren(h("p", { class: "empty" }, t("none"))); el.style.minHeight = "0"; return; }
  const years = balance.periods.map((p) => p.period);
  const traces = balance.vectors.map((v) => ({
    type: "bar", name: vectorName(v), x: years, y: balance.periods.map((p) => p.shares[v.id]),
    marker: { color: colors[v.id] },
    customdata: balance.periods.map((p) => [p.counts[v.id], p.total]),
    hovertemplate: `${vectorName(v)}: %{y:.0%} (%{customdata[0]}/%{customdata[1]})<extra></extra>`,
  }));
  traces.push({ type: "scatter", mode: "lines+markers", name: t("entropy"), x: years,
    y: balance.periods.map((p) => p.entropy), yaxis: "y2", line: { color: "#111", width: 2 } });
  traces.push({ type: "scatter", mode: "lines", name: t("hhi"), x: years,
    y: balance.periods.map((p) => p.hhi), yaxis: "y2", line: { color: "#777", dash: "dot" } });
  const rtl = lang() === "ar";
  Plotly.newPlot(el, traces, {
    barmode: "stack", margin: { t: 10, r: 50, l: 50, b: 40 }, height: 380,
    xaxis: { type: "category", autorange: rtl ? "reversed" : true },
    yaxis: { title: { text: t("share") }, tickformat: ".0%", range: [0, 1], side: rtl ? "right" : "left" },
    yaxis2: { overlaying: "y", side: rtl ? "left" : "right", range: [0, 1.05], showgrid: false,
      title: { text: `${t("entropy")} / ${t("hhi")}` } },
    legend: { orientation: "h", y: -0.15 }, font: { family: "DejaVu Sans, sans-serif" },
  }, { displayModeBar: false, responsive: true });
}

function drawTimeline(el, profile, names) {
  const items = [...profile.sections.memberships, ...profile.sections.chairs];
  const dated = items.filter((f) => f.attrs.since || f.attrs.date);
  if (!dated.length) { el.replaceChildren(h("p", { class: "empty" }, t("none"))); el.style.minHeight = "0"; return; }
  const now = new Date().getFullYear() + 1;
  const year = (s) => Number(String(s).slice(0, 4)) + (String(s).length >= 7 ? (Number(String(s).slice(5, 7)) - 1) / 12 : 0);
  const rows = dated.map((f) => {
    const start = year(f.attrs.since || f.attrs.date);
    const end = f.attrs.until ? year(f.attrs.until) + 1 : (f.predicate === "chair_of" ? start + 1 : now);
    return { label: `${name(f.counterpart, names)}${f.predicate === "chair_of" ? " ★" : ""}`, start, end, f };
  }).sort((a, b) => b.start - a.start);
  const rtl = lang() === "ar";
  Plotly.newPlot(el, [{
    type: "bar", orientation: "h", base: rows.map((r) => r.start), x: rows.map((r) => r.end - r.start),
    y: rows.map((r) => r.label), marker: { color: rows.map((r) => (r.f.predicate === "chair_of" ? "#e69f00" : "#1f5f8b")) },
    customdata: rows.map((r) => r.f.attrs.since || r.f.attrs.date),
    hovertemplate: "%{y}: %{customdata}<extra></extra>",
  }], {
    margin: { t: 10, r: rtl ? 220 : 20, l: rtl ? 20 : 220, b: 30 }, height: 60 + rows.length * 34,
    xaxis: { autorange: rtl ? "reversed" : true }, yaxis: { automargin: true, side: rtl ? "right" : "left" },
    font: { family: "DejaVu Sans, sans-serif" },
  }, { displayModeBar: false, responsive: true });
}
