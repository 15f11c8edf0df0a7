// Country page: profile, the state's vectors (shown, editable), the balance over time (counts,
// not only shares; empty and undated years said; the events behind a share on click),
// partners by vector, the memberships timeline. An organisation gets a page of its own.
import { count, t, lang } from "./i18n.js";
import { entityLink, evidenceLink, getJSON, h, ltr, name, vectorColors, vectorName } from "./api.js";
import { attributeLabel, attributeOrder, attributeType, kindLabel, quadLabel, sectionTitle, typesWithMode, value } from "./ontology.js";
import { entityPicker } from "./picker.js";
import { eventItem } from "./home.js";
import { chartConfig, confidenceBadge, reviewControls } from "./trust.js"; // issue 14

const FONT = { family: "DejaVu Sans, sans-serif" };
const vectorsKey = (state) => `diplomap.vectors.${state}`;

export async function renderCountry(view, state, query) {
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const found = await getJSON("/api/resolve", { q: state });
  if (!found.id) return unknownState(view, state);
  if (found.id !== state) { // a name or a code in another case: the page of its ID
    location.replace(`#/country/${encodeURIComponent(found.id)}`);
    return;
  }
  const custom = localStorage.getItem(vectorsKey(state)) || undefined;
  const profile = await getJSON(`/api/profile/${encodeURIComponent(state)}`, { vectors: custom });
  localStorage.setItem("diplomap.state", state);
  if (profile.organisation) return renderOrganisation(view, profile);
  const range = timeRange(query);
  const balance = await getJSON(`/api/balance/${encodeURIComponent(state)}`, { by: "year", ids: 0, vectors: custom, ...range });
  const names = profile.names;
  const vectors = [...profile.vectors.vectors, profile.vectors.other];
  const colors = vectorColors(vectors);
  view.replaceChildren(
    header(profile, names),
    h("section", { class: "card", id: "balance" }, h("h2", {}, t("balance")),
      h("p", { class: "muted" }, t("balance_note2")), rangeBar(state, range), h("div", { class: "chart", id: "balance-chart" }),
      balanceSummary(balance, state, custom), h("div", { id: "balance-events" })),
    vectorsCard(state, profile.vectors, names, colors, Boolean(custom)),
    h("section", { class: "card", id: "partners" }, h("h2", {}, t("partners_by_vector")),
      partnersByVector(profile.partners_by_vector, names, colors)),
    h("section", { class: "card", id: "timeline" }, h("h2", {}, t("timeline")),
      h("div", { class: "chart timeline", id: "timeline-chart" }), h("div", { id: "timeline-undated" })),
    h("section", { class: "card", id: "profile" }, h("h2", {}, t("profile")),
      h("div", { class: "cols" }, sections(profile, names))),
  );
  drawBalance(document.getElementById("balance-chart"), balance, colors, state, custom);
  const items = [...profile.sections.memberships, ...profile.sections.founded, ...profile.sections.chairs];
  drawTimeline(document.getElementById("timeline-chart"), document.getElementById("timeline-undated"),
    items, profile.last_date, (f) => name(f.counterpart, names));
}

// --- issue 14: a time range (since/until in the address) for the balance and the events ---
const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function timeRange(query) {
  const range = {};
  for (const key of ["since", "until"]) {
    const v = query?.get(key);
    if (v && DATE_RE.test(v)) range[key] = v;
  }
  return range;
}

function rangeBar(state, range) {
  const input = (key) => h("input", { name: key, value: range[key] || "", placeholder: "YYYY", size: 8, inputmode: "numeric" });
  const since = input("since");
  const until = input("until");
  const go = (r) => { location.hash = `#/country/${encodeURIComponent(state)}` + (Object.keys(r).length ? `?${new URLSearchParams(r)}` : ""); };
  const apply = () => go(timeRange(new URLSearchParams({ since: since.value.trim(), until: until.value.trim() })));
  const events = new URLSearchParams({ actor: state, ...range });
  return h("div", { class: "pickbar", id: "time-range" }, h("strong", {}, t("time_range")),
    h("label", {}, t("since"), " ", since), h("label", {}, t("until"), " ", until),
    h("button", { type: "button", id: "range-apply", onclick: apply }, t("apply")),
    Object.keys(range).length ? [h("button", { type: "button", class: "secondary", onclick: () => go({}) }, t("clear")),
      h("span", { class: "muted", id: "range-note" }, t("range_note"), " "), h("a", { href: `#/events?${events}` }, t("all_events"))] : "");
}

function unknownState(view, state) {
  const picker = entityPicker({ onPick: (id) => { location.hash = `#/country/${encodeURIComponent(id)}`; } });
  picker.input.value = state;
  view.replaceChildren(h("section", { class: "card", id: "country-head" }, h("div", { class: "pickbar" }, picker.el)));
  return picker.resolve(); // shows the message and the suggestions in the page's language
}

function statePicker(current) {
  const picker = entityPicker({ label: t("state"), onPick: (id) => { location.hash = `#/country/${encodeURIComponent(id)}`; } });
  picker.input.value = current;
  return h("div", { class: "pickbar", id: "state-picker" }, picker.el);
}

// Quads as words, each with its code and meaning in a tooltip.
function quadChips(byQuad) {
  return Object.entries(byQuad).map(([q, n]) => h("span", { class: "chip", title: `${q}: ${quadLabel(q)} — ${t("quad_legend")}`,
    "data-quad": q }, `${quadLabel(q)} `, ltr(n)));
}

function header(profile, names) {
  const e = profile.events;
  return h("section", { class: "card", id: "country-head" },
    statePicker(name(profile.state, names)),
    h("h1", {}, name(profile.state, names), " ", h("span", { class: "muted code" }, ltr(profile.state))),
    h("p", {}, h("span", { id: "events-total" }, count(e.total, "events")),
      e.first_year ? [" · ", ltr(`${e.first_year}–${e.last_year}`)] : "", " ",
      h("a", { href: `#/events?actor=${encodeURIComponent(profile.state)}` }, t("all_events"))),
    h("div", { class: "chips", id: "quads" }, quadChips(e.by_quad)));
}

function partnersByVector(groups, names, colors) {
  const cards = groups.filter((g) => g.partners.length).map((g) => h("div",
    { class: "card vector", style: { "--vc": colors[g.vector] }, "data-vector": g.vector },
    h("h3", {}, vectorName(g), " ", h("span", { class: "muted" }, "· ", count(g.n_events, "events"))),
    h("div", { class: "chips" }, g.partners.map((p) => h("span", { class: "chip" },
      entityLink(p.id, names), p.n ? h("span", { class: "n" }, " ", ltr(p.n)) : "")))));
  return cards.length ? h("div", { class: "grid" }, cards) : h("p", { class: "empty" }, t("none"));
}

// --- vectors: which countries each holds, editable ----------------------------------------

function vectorsCard(state, grouping, names, colors, edited) {
  const rows = grouping.vectors.map((v) => vectorRow(v, names, colors));
  rows.push(h("li", { "data-vector-def": grouping.other.id, style: { "--vc": colors[grouping.other.id] } },
    h("strong", {}, vectorName(grouping.other)), " — ", h("span", { class: "muted" }, t("vector_other_note"))));
  const list = h("ul", { class: "vectors", id: "vector-list" }, rows);
  const editor = h("div", { id: "vector-editor", hidden: true });
  const edit = () => {
    editor.hidden = false;
    editor.replaceChildren(vectorEditor(state, grouping));
  };
  return h("section", { class: "card", id: "vectors" },
    h("h2", {}, t("vectors_title"), edited ? h("span", { class: "badge", id: "vectors-edited" }, t("edited")) : ""),
    h("p", { class: "muted" }, t("vectors_note")), list,
    h("div", { class: "pager" }, h("button", { type: "button", id: "vectors-edit", onclick: edit }, t("edit")),
      edited ? h("button", { type: "button", class: "secondary", id: "vectors-restore", onclick: () => {
        localStorage.removeItem(vectorsKey(state));
        rerender();
      } }, t("restore")) : ""),
    editor);
}

function vectorRow(v, names, colors) {
  const members = v.members.slice(0, 40);
  return h("li", { "data-vector-def": v.id, style: { "--vc": colors[v.id] } },
    h("strong", {}, vectorName(v)), " ", h("span", { class: "muted" }, `(${count(v.members.length, "members")})`), " ",
    h("span", { class: "chips" }, members.map((m) => h("span", { class: "chip", title: m }, name(m, names))),
      v.members.length > members.length ? "…" : ""));
}

function vectorEditor(state, grouping) {
  const inputs = grouping.vectors.map((v) => h("label", { class: "vector-edit" }, vectorName(v),
    h("input", { "data-vector-id": v.id, value: v.members.join(", "), placeholder: t("members_hint") })));
  const message = h("div", { class: "picker-message" });
  const save = async () => {
    const vectors = [];
    for (const [i, v] of grouping.vectors.entries()) {
      const tokens = inputs[i].querySelector("input").value.split(/[,،;]/).map((s) => s.trim()).filter(Boolean);
      const ids = [];
      for (const token of tokens) {
        const found = await getJSON("/api/resolve", { q: token });
        if (!found.id) { message.replaceChildren(h("span", { class: "error" }, `${t("unknown_name")}: «`, h("bdi", {}, token), "»")); return; }
        ids.push(found.id);
      }
      vectors.push({ id: v.id, name: { en: v.en, ar: v.ar }, members: ids.filter((m) => m !== state) });
    }
    const other = grouping.other;
    localStorage.setItem(vectorsKey(state), JSON.stringify({ vectors, other: { id: other.id, name: { en: other.en, ar: other.ar } } }));
    rerender();
  };
  return h("div", { class: "card" }, ...inputs, message,
    h("button", { type: "button", id: "vectors-save", onclick: save }, t("save")));
}

const rerender = () => window.dispatchEvent(new HashChangeEvent("hashchange"));

// --- the balance: counts per year, shares in colour, every year on the axis -----------------

function years(periods) {
  if (!periods.length) return [];
  const first = Number(periods[0].period);
  const last = Number(periods.at(-1).period);
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

const fmt = (x) => (x === null || x === undefined ? "—" : Number(x).toFixed(2));

function balanceSummary(balance, state, custom) {
  const o = balance.overall;
  const undated = balance.undated
    ? h("span", { id: "balance-undated" }, " · ", count(balance.undated, "events"), ` ${t("undated_note")} `,
      h("button", { type: "button", class: "secondary small", onclick: () => showShare(state, "", null, custom, t("undated")) }, t("show")))
    : "";
  return h("p", { id: "balance-overall" }, h("strong", {}, `${t("overall")}: `), count(o.total, "events"),
    ` · ${t("entropy")} `, ltr(fmt(o.entropy)), ` · ${t("hhi")} `, ltr(fmt(o.hhi)), undated);
}

function drawBalance(el, balance, colors, state, custom) {
  if (!balance.periods.length) { el.replaceChildren(h("p", { class: "empty" }, t("none"))); el.style.minHeight = "0"; return; }
  const xs = years(balance.periods);
  const by = Object.fromEntries(balance.periods.map((p) => [p.period, p]));
  const traces = balance.vectors.map((v) => ({
    type: "bar", name: vectorName(v), x: xs, y: xs.map((y) => by[y]?.counts[v.id] || 0),
    marker: { color: colors[v.id] },
    customdata: xs.map((y) => [by[y]?.shares[v.id] || 0, by[y]?.total || 0, v.id]),
    hovertemplate: `${vectorName(v)}: %{y} / %{customdata[1]} (%{customdata[0]:.0%})<extra></extra>`,
  }));
  traces.push({ type: "scatter", mode: "lines+markers", name: t("entropy"), x: xs, yaxis: "y2",
    y: xs.map((y) => by[y]?.entropy ?? null), line: { color: "#111", width: 2 }, hoverinfo: "y+name" });
  traces.push({ type: "scatter", mode: "lines+markers", name: t("hhi"), x: xs, yaxis: "y2",
    y: xs.map((y) => by[y]?.hhi ?? null), line: { color: "#777", dash: "dot" }, hoverinfo: "y+name" });
  const rtl = lang() === "ar";
  const totals = xs.map((y) => by[y]?.total || 0);
  const narrow = el.clientWidth < 560; // a phone: no axis titles, upright year labels
  Plotly.newPlot(el, traces, {
    barmode: "stack", margin: narrow ? { t: 20, r: 30, l: 30, b: 50 } : { t: 20, r: 50, l: 50, b: 40 },
    height: narrow ? 460 : 400,
    xaxis: { type: "category", autorange: rtl ? "reversed" : true, tickangle: narrow ? -90 : "auto" },
    yaxis: { title: { text: narrow ? "" : t("events_axis") }, rangemode: "tozero", tickformat: "d",
      side: rtl ? "right" : "left", dtick: Math.max(...totals) <= 8 ? 1 : undefined }, // whole events
    yaxis2: { overlaying: "y", side: rtl ? "left" : "right", range: [0, 1.05], showgrid: false,
      title: { text: narrow ? "" : `${t("entropy")} / ${t("hhi")}` } },
    annotations: xs.map((y, i) => ({ x: i, y: totals[i], text: String(totals[i]), showarrow: false, yshift: 9,
      font: { size: 11 } })),
    legend: { orientation: "h", y: narrow ? -0.3 : -0.18, font: { size: narrow ? 11 : 12 } }, font: FONT,
  }, chartConfig(`diplomap-${el.id || "chart"}`));
  el.on("plotly_click", (event) => {
    const point = event.points?.[0];
    if (!point || point.data.type !== "bar") return;
    const vector = point.customdata[2];
    const v = balance.vectors.find((x) => x.id === vector);
    showShare(state, String(point.x), vector, custom, `${vectorName(v)} · ${point.x}`);
  });
}

async function showShare(state, period, vector, custom, title) {
  const box = document.getElementById("balance-events");
  box.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const data = await getJSON(`/api/balance/${encodeURIComponent(state)}/events`, { period, vector, vectors: custom });
  box.replaceChildren(h("h3", { id: "share-title" }, `${t("events_behind")}: `, h("bdi", {}, title), " (", count(data.total, "events"), ")"),
    h("ul", { class: "eventlist", id: "share-events" }, data.items.map((e) => eventItem(e, data.names))));
  box.scrollIntoView({ block: "nearest" });
}

// --- the timeline of memberships and chairs -------------------------------------------------

const startKey = { member_of: "since", founder_of: "date", chair_of: "date" };
const COLORS = { member_of: "#1f5f8b", founder_of: "#2e7d32", chair_of: "#e69f00" };
const LEGEND = { member_of: "membership", founder_of: "founder", chair_of: "chair" };

function yearOf(s) {
  const text = String(s);
  return Number(text.slice(0, 4)) + (text.length >= 7 ? (Number(text.slice(5, 7)) - 1) / 12 : 0);
}

// Memberships start at their `since` (a founder's at the founding it took part in; never at
// the date a statement was made); open bars end at the last date of the data; the undated
// are listed, not dropped.
export function drawTimeline(el, undatedBox, items, lastDate, label) {
  const dated = items.filter((f) => f.attrs[startKey[f.predicate]]);
  const undated = items.filter((f) => f.predicate === "member_of" && !f.attrs.since
    && !dated.some((d) => d.counterpart === f.counterpart));
  undatedBox.replaceChildren(undated.length ? h("p", { id: "undated-members" }, h("strong", {}, `${t("undated_members")}: `),
    ...undated.flatMap((f, i) => [i ? (lang() === "ar" ? "، " : ", ") : "", h("span", { class: "chip", "data-undated": f.counterpart }, label(f))])) : "");
  if (!dated.length) { el.replaceChildren(h("p", { class: "empty" }, t("none"))); el.style.minHeight = "0"; return; }
  const end = lastDate ? yearOf(lastDate) + 1 / 12 : new Date().getFullYear();
  const rows = dated.map((f) => {
    const start = yearOf(f.attrs[startKey[f.predicate]]);
    const stop = f.attrs.until ? yearOf(f.attrs.until) + 1 / 12 : (f.predicate === "chair_of" ? start + 1 : Math.max(end, start + 1 / 12));
    return { label: label(f), start, stop, f };
  }).sort((a, b) => b.start - a.start);
  const min = Math.floor(Math.min(...rows.map((r) => r.start)));
  const max = Math.ceil(Math.max(...rows.map((r) => r.stop)));
  const traces = Object.keys(COLORS).map((predicate) => {
    const mine = rows.filter((r) => r.f.predicate === predicate);
    return { type: "bar", orientation: "h", name: t(LEGEND[predicate]), showlegend: mine.length > 0,
      base: mine.map((r) => r.start), x: mine.map((r) => r.stop - r.start), y: mine.map((r) => r.label),
      marker: { color: COLORS[predicate] }, customdata: mine.map((r) => r.f.attrs[startKey[predicate]]),
      hovertemplate: `%{y}: ${t(LEGEND[predicate])} %{customdata}<extra></extra>` };
  });
  const rtl = lang() === "ar";
  const span = max - min;
  const side = Math.round(Math.min(220, el.clientWidth * 0.38));
  Plotly.newPlot(el, traces, {
    barmode: "overlay", margin: { t: 10, r: rtl ? side : 20, l: rtl ? 20 : side, b: 30 }, height: 90 + new Set(rows.map((r) => r.label)).size * 30,
    xaxis: { autorange: rtl ? "reversed" : true, tickformat: "d", tick0: min,
      dtick: Math.max(1, Math.ceil(span / (el.clientWidth < 560 ? 5 : 12))), range: [min, max] },
    yaxis: { automargin: true, side: rtl ? "right" : "left", type: "category" },
    legend: { orientation: "h", y: -0.25 }, font: FONT,
  }, chartConfig(`diplomap-${el.id || "chart"}`));
  el.after(h("p", { class: "muted small", id: "timeline-note" }, t("open_until"), lastDate ? [" (", ltr(lastDate), ")"] : ""));
}

// --- an organisation's own page ----------------------------------------------------------------

async function renderOrganisation(view, profile) {
  const org = profile.state;
  const names = profile.names;
  const [summits, statements] = await Promise.all([
    getJSON("/api/events", { actor: org, type: typesWithMode("multilateral")[0], limit: 20 }),
    getJSON("/api/events", { source: org, limit: 20 }),
  ]);
  const info = profile.organisation;
  const members = profile.sections.members;
  view.replaceChildren(
    h("section", { class: "card", id: "country-head", "data-kind": "organization" },
      statePicker(name(org, names)),
      h("h1", {}, name(org, names), " ", h("span", { class: "muted code" }, ltr(org))),
      h("p", {}, h("span", { class: "badge" }, kindLabel("organization")), " ", count(members.length, "members"),
        info.founded ? [" · ", `${t("founded")} `, ltr(info.founded), " ", h("span", { class: "muted" }, `(${t("founded_note")})`)] : "")),
    h("section", { class: "card", id: "org-members" }, h("h2", {}, t("org_members")),
      h("div", { class: "chart timeline", id: "timeline-chart" }), h("div", { id: "timeline-undated" })),
    info.members_listed.length ? h("section", { class: "card", id: "org-listed" }, h("h2", {}, t("org_listed")),
      h("div", { class: "chips" }, info.members_listed.map((m) => h("span", { class: "chip" }, entityLink(m, names))))) : "",
    eventsCard("org-summits", t("summits"), summits),
    eventsCard("org-statements", t("statements"), statements),
    h("section", { class: "card", id: "profile" }, h("h2", {}, t("profile")),
      h("div", { class: "cols" }, sections(profile, names, ["members"]))),
  );
  drawTimeline(document.getElementById("timeline-chart"), document.getElementById("timeline-undated"),
    members, profile.last_date, (f) => name(f.counterpart, names));
}

function eventsCard(id, title, data) {
  return h("section", { class: "card", id }, h("h2", {}, title, " ", h("span", { class: "muted" }, `(${count(data.total, "events")})`)),
    data.items.length ? h("ul", { class: "eventlist" }, data.items.map((e) => eventItem(e, data.names)))
      : h("p", { class: "empty" }, t("none")));
}

// --- the profile's sections ----------------------------------------------------------------------

function sections(profile, names, skip = []) {
  return Object.entries(profile.sections).filter(([key, items]) => items.length && !skip.includes(key)).map(([key, items]) =>
    h("div", { class: "section", "data-section": key }, h("h3", {}, sectionTitle(key)),
      h("ul", { class: "facts" }, items.map((fact) => factLine(fact, names)))));
}

function factLine(fact, names) {
  const counterpart = fact.predicate === "policy" ? h("strong", {}, value(fact.counterpart))
    : entityLink(fact.counterpart, names);
  const modality = fact.modality !== "actual" ? h("span", { class: "badge" }, value(fact.modality)) : "";
  return h("li", { "data-fact": fact.fact_id }, counterpart, modality, " ",
    h("span", { class: "attrs" }, ...formatAttrs(fact.attrs, names)),
    h("span", { class: "badge", title: t("documents") }, count(fact.n_documents, "documents")),
    fact.n_sources > 1 ? h("span", { class: "badge", title: t("sources") }, `${fact.n_sources} ${t("sources")}`) : "",
    fact.evidence.map((ref) => evidenceLink(ref)),
    " ", confidenceBadge(fact.confidence), reviewControls("fact", fact.fact_id, fact.review)); // issue 14
}

export function formatAttrs(attrs, names = {}) {
  const keys = Object.keys(attrs).sort((a, b) => rank(a) - rank(b));
  const parts = keys.map((k) => {
    const v = attrs[k];
    if (attributeType(k) === "date") return [`${attributeLabel(k)} `, ltr(v)];
    if (k === "length_km") return [ltr(Number(v).toLocaleString("en")), ` ${t("km")}`];
    if (k === "amount_usd") return [ltr(`${Number(v).toLocaleString("en")} USD`)];
    if (typeof v === "string" && names[v]) return [`${attributeLabel(k)} `, h("bdi", {}, name(v, names))];
    if (typeof v === "string") return [h("bdi", {}, value(v))];
    return [`${attributeLabel(k)}: `, ltr(v)];
  });
  return parts.flatMap((p, i) => (i ? [" · ", ...p] : p));
}

const rank = (k) => (attributeOrder().indexOf(k) + 1 || 99);
