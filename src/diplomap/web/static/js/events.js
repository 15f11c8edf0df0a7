// Events table with filters (type, actor, date range), pages and CSV/JSONL download links.
// By default one row per event record (one real event however many articles report it) with
// its reports; "groups" shows a multilateral event once; "mentions" one row per report.
import { t } from "./i18n.js";
import { apiUrl, entityLink, evidenceHref, getJSON, h, ltr } from "./api.js";
import { eventType, eventTypes, modeLabel, quadLabel, quads, value } from "./ontology.js";
import { entityPicker } from "./picker.js";

const FILTERS = ["actor", "type", "quad", "since", "until", "source", "target", "doc", "view"];
const VIEWS = ["records", "groups", "mentions"];
const PAGE = 50;

export async function renderEvents(view, query) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) || ""]));
  if (!VIEWS.includes(filters.view)) filters.view = "";
  const offset = Math.max(0, Number(query.get("offset")) || 0);
  view.replaceChildren(h("section", { class: "card" }, h("h1", {}, t("events_title")),
    filterForm(filters), h("div", { id: "events-body" }, h("p", { class: "muted" }, t("loading")))));
  const body = document.getElementById("events-body");
  const { view: mode, ...params } = filters;
  const mentions = mode === "mentions";
  const path = mentions ? "/api/events" : "/api/event-records";
  const data = await getJSON(path, { ...params, groups: mode === "groups" ? "true" : "", limit: PAGE, offset });
  body.replaceChildren(exportLinks(params, mode), mentions ? table(data) : recordTable(data), pager(data, filters));
}

function filterForm(f) {
  const input = (key, attrs = {}) => h("label", {}, t(key), h("input", { name: key, value: f[key], ...attrs }));
  const actor = entityPicker({ name: "actor", value: f.actor, size: 12, submit: false, kinds: [] });
  const types = h("select", { name: "type" }, h("option", { value: "" }, t("any")),
    eventTypes().map((code) => h("option", { value: code, selected: code === f.type, title: code }, eventType(code))));
  const quadSelect = h("select", { name: "quad" }, h("option", { value: "" }, t("any")),
    quads().map((q) => h("option", { value: q, selected: q === f.quad, title: q }, quadLabel(q))));
  const viewSelect = h("select", { name: "view" }, VIEWS.map((v) =>
    h("option", { value: v === "records" ? "" : v, selected: (f.view || "records") === v }, t(`view_${v}`))));
  const form = h("form", { class: "filters", id: "event-filters" },
    h("label", {}, t("actor"), actor.el), h("label", {}, t("type"), types),
    h("label", {}, t("quad"), quadSelect),
    input("since", { size: 10, placeholder: "2015", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
    input("until", { size: 10, placeholder: "2024-12", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
    h("label", {}, t("view"), viewSelect),
    h("button", { type: "submit" }, t("apply")),
    h("a", { class: "button secondary", href: "#/events" }, t("reset")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const id = await actor.resolve(); // a name or a code in any case: its ID
    if (id === null) return;
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) params.set(k, String(v).trim());
    if (id) params.set("actor", id);
    for (const k of ["source", "target", "doc"]) if (f[k]) params.set(k, f[k]);
    location.hash = "#/events?" + params;
  });
  return form;
}

function exportLinks(filters, mode) {
  const groups = mode === "groups" ? { groups: "true" } : {};
  const link = (path, format, key, label, name) => h("a", { class: "button secondary",
    href: apiUrl(path, { ...filters, ...(key.startsWith("records") ? groups : {}), format }),
    download: `${name}.${format}`, "data-export": key }, `${label} ${format.toUpperCase()}`);
  return h("div", { class: "pager" },
    link("/api/event-records/export", "csv", "records-csv", t("export"), "event-records"),
    link("/api/event-records/export", "jsonl", "records-jsonl", t("export"), "event-records"),
    link("/api/events/export", "csv", "csv", t("export_reports"), "events"),
    link("/api/events/export", "jsonl", "jsonl", t("export_reports"), "events"));
}

function typeCell(e) {
  return h("td", { title: e.event_type }, eventType(e.event_type),
    e.modality !== "actual" ? h("span", { class: "badge", title: e.modality }, value(e.modality)) : "");
}

function evidenceCell(docId, ev, text) {
  return h("td", { dir: "auto" }, ev ? h("a", { href: evidenceHref(docId, ev.start, ev.end), "data-evidence": "1" },
    truncate(text || t("evidence"), 80)) : "");
}

function table(data) {
  if (!data.items.length) return h("p", { class: "empty" }, t("none"));
  const names = data.names;
  return h("table", { id: "events-table" },
    h("thead", {}, h("tr", {}, ["date", "source", "type", "mode", "target", "intensity", "evidence"].map((k) =>
      h("th", k === "intensity" ? { title: t("intensity_scale") } : {}, t(k), k === "intensity" ? " ⓘ" : "")))),
    h("tbody", {}, data.items.map((e) => h("tr", { "data-type": e.event_type, "data-id": e.id },
      h("td", { class: "num" }, ltr(e.date || "")), h("td", {}, entityLink(e.source, names)), typeCell(e),
      h("td", { title: e.mode || "" }, e.mode ? modeLabel(e.mode) : ""), h("td", {}, entityLink(e.target, names)),
      h("td", { class: "num" }, ltr(e.intensity)), evidenceCell(e.doc_id, e.evidence[0], e.evidence_text)))));
}

function recordTable(data) {
  if (!data.items.length) return h("p", { class: "empty" }, t("none"));
  const names = data.names;
  return h("table", { id: "events-table" },
    h("thead", {}, h("tr", {}, ["date", "source", "type", "mode", "target", "intensity", "reports", "evidence"].map((k) =>
      h("th", k === "intensity" ? { title: t("intensity_scale") } : {}, t(k), k === "intensity" ? " ⓘ" : "")))),
    h("tbody", {}, data.items.map((r) => {
      const first = r.mentions[0];
      const target = r.participants ? h("span", { title: t("participants"), "data-participants": r.participants.join(" ") },
        ...r.participants.filter((p) => p !== r.source).flatMap((p, i) => [i ? "، " : "", entityLink(p, names)])) : entityLink(r.target, names);
      return h("tr", { "data-type": r.event_type, "data-id": r.id, "data-documents": r.n_documents },
        h("td", { class: "num" }, ltr(r.date || r.first_report || "")), h("td", {}, entityLink(r.source, names)), typeCell(r),
        h("td", { title: r.mode || "" }, r.mode ? modeLabel(r.mode) : ""), h("td", {}, target),
        h("td", { class: "num" }, ltr(r.intensity)), reportsCell(r),
        evidenceCell(first?.doc_id, first?.evidence[0], first?.evidence[0]?.text));
    })));
}

function reportsCell(r) {
  const summary = `${r.n_documents} ${t("documents")} · ${r.n_sources} ${t("sources")}`;
  if (r.mentions.length < 2) return h("td", { class: "reports" }, summary);
  return h("td", { class: "reports" }, h("details", {}, h("summary", {}, summary),
    h("ul", {}, r.mentions.map((m) => {
      const ev = m.evidence[0];
      const label = [m.published || "", m.source_tag || "", m.lang].filter(Boolean).join(" · ");
      return h("li", { dir: "auto", "data-report": m.event_id }, h("span", { class: "muted" }, ltr(label)), " ",
        ev ? h("a", { href: evidenceHref(m.doc_id, ev.start, ev.end) }, truncate(ev.text || t("evidence"), 60)) : "");
    }))));
}

function pager(data, filters) {
  const go = (offset) => "#/events?" + new URLSearchParams({ ...clean(filters), offset });
  const last = Math.min(data.offset + data.items.length, data.total);
  return h("div", { class: "pager" },
    data.offset > 0 ? h("a", { href: go(Math.max(0, data.offset - PAGE)) }, t("prev")) : "",
    h("span", { class: "muted", id: "events-count" }, h("bdi", { dir: "ltr" }, `${data.total ? data.offset + 1 : 0}–${last}`),
      ` ${t("of")} ${data.total}`),
    last < data.total ? h("a", { href: go(data.offset + PAGE) }, t("next")) : "");
}

const clean = (f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v));
const truncate = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
