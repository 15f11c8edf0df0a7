// Events table with filters (type, actor, dates, text, confidence, reviewed-wrong), columns
// sorted by the server (click a header), pages, review buttons and CSV/JSONL downloads.
// By default one row per event record (one real event however many articles report it) with
// its reports; "groups" shows a multilateral event once; "mentions" one row per report.
import { lang, t } from "./i18n.js";
import { apiUrl, entityLink, evidenceHref, getJSON, h, ltr, name, pager } from "./api.js";
import { eventType, eventTypes, modeLabel, quadLabel, quads, value } from "./ontology.js";
import { entityPicker } from "./picker.js";
import { confidenceBadge, confidenceSelect, minConfidence, reviewControls, reviewerInput,
  wrongToggle } from "./trust.js";

const FILTERS = ["actor", "type", "quad", "since", "until", "source", "target", "doc", "view", "text", "conf", "wrong", "sort"];
const VIEWS = ["records", "groups", "mentions"];
const PAGE = 50;
// Column -> the server's sort key (none: not sortable).
const SORTS = { date: "date", source: "source", type: "type", mode: "mode", target: "target",
  intensity: "intensity", location: "location", confidence: "confidence", reports: "reports" };
const RECORD_ONLY = ["reports"]; // sort keys of one view only
const MENTION_ONLY = ["confidence"];

export async function renderEvents(view, query) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) || ""]));
  if (!VIEWS.includes(filters.view)) filters.view = "";
  filters.conf = minConfidence(query);
  const other = filters.view === "mentions" ? RECORD_ONLY : MENTION_ONLY;
  if (other.includes(filters.sort.replace(/^-/, ""))) filters.sort = "";
  const offset = Math.max(0, Number(query.get("offset")) || 0);
  view.replaceChildren(h("section", { class: "card" }, h("h1", {}, t("events_title")),
    filterForm(filters), h("div", { id: "events-body" }, h("p", { class: "muted" }, t("loading")))));
  const body = document.getElementById("events-body");
  const mentions = filters.view === "mentions";
  const params = apiParams(filters);
  const path = mentions ? "/api/events" : "/api/event-records";
  const data = await getJSON(path, { ...params, sort: filters.sort,
    groups: filters.view === "groups" ? "true" : "", limit: PAGE, offset });
  body.replaceChildren(exportLinks(params, filters), h("div", { class: "table-wrap" },
    mentions ? table(data, filters) : recordTable(data, filters)), pager(data, PAGE,
      (offset) => "#/events?" + new URLSearchParams({ ...clean(filters), offset }), { count: "events-count" }));
}

// The API's parameters of the page's filters.
function apiParams(f) {
  const { view, conf, wrong, sort, ...rest } = f;
  return { ...rest, min_confidence: conf, include_wrong: wrong ? "true" : "" };
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
    h("label", {}, t("text_filter"), h("input", { name: "text", value: f.text, size: 14, id: "text-filter",
      placeholder: t("text_filter_hint"), dir: "auto" })),
    confidenceSelect(f.conf), wrongToggle(Boolean(f.wrong)),
    h("label", {}, t("view"), viewSelect),
    h("button", { type: "submit" }, t("apply")),
    h("a", { class: "button secondary", href: "#/events" }, t("reset")),
    reviewerInput());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const id = await actor.resolve(); // a name or a code in any case: its ID
    if (id === null) return;
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) params.set(k, String(v).trim());
    if (id) params.set("actor", id);
    for (const k of ["source", "target", "doc", "sort"]) if (f[k]) params.set(k, f[k]);
    location.hash = "#/events?" + params;
  });
  return form;
}

function exportLinks(params, f) {
  const groups = f.view === "groups" ? { groups: "true" } : {};
  const link = (path, format, key, label, name) => h("a", { class: "button secondary",
    href: apiUrl(path, { ...params, ...(key.startsWith("records") ? groups : { sort: f.sort, names: lang() }), format }),
    download: `${name}.${format}`, "data-export": key }, `${label} ${format.toUpperCase()}`);
  return h("div", { class: "pager" },
    link("/api/event-records/export", "csv", "records-csv", t("export"), "event-records"),
    link("/api/event-records/export", "jsonl", "records-jsonl", t("export"), "event-records"),
    link("/api/events/export", "csv", "csv", t("export_reports"), "events"),
    link("/api/events/export", "jsonl", "jsonl", t("export_reports"), "events"));
}

// A header: a link that sorts by the column (again: the other way).
function header(key, f) {
  const attrs = key === "intensity" ? { title: t("intensity_scale") } : {};
  const label = [key === "confidence" ? h("span", { title: t("confidence_note") }, t(key)) : t(key),
    key === "intensity" ? " ⓘ" : ""];
  const sortKey = SORTS[key];
  if (!sortKey) return h("th", attrs, ...label);
  const current = f.sort.replace(/^-/, "") === sortKey ? (f.sort.startsWith("-") ? "desc" : "asc") : "";
  const next = current === "asc" ? `-${sortKey}` : sortKey;
  const params = new URLSearchParams(clean({ ...f, sort: next }));
  return h("th", { ...attrs, "data-sort": sortKey, "aria-sort": current ? `${current}ending` : "none" },
    h("a", { href: "#/events?" + params, class: "sort" }, ...label, current === "asc" ? " ▲" : current === "desc" ? " ▼" : ""));
}

function typeCell(e) {
  return h("td", { title: e.event_type }, eventType(e.event_type),
    e.modality !== "actual" ? h("span", { class: "badge", title: e.modality }, value(e.modality)) : "");
}

function evidenceCell(docId, ev, text) {
  return h("td", { dir: "auto", class: "evidence" }, ev ? h("a", { href: evidenceHref(docId, ev.start, ev.end), "data-evidence": "1" },
    truncate(text || t("evidence"), 80)) : "");
}

function personsCell(persons, names) {
  const unique = [...new Set(persons.filter(Boolean))];
  return h("td", { class: "persons" }, ...unique.flatMap((p, i) => [i ? "، " : "", h("span", { title: p }, name(p, names))]));
}

function locationCell(id, names) {
  return h("td", { class: "location" }, id ? h("span", { title: id }, name(id, names)) : "");
}

function table(data, f) {
  if (!data.items.length) return h("p", { class: "empty" }, t("none"));
  const names = data.names;
  const columns = ["date", "source", "type", "mode", "target", "persons", "location", "intensity", "confidence", "evidence", "review"];
  return h("table", { id: "events-table" },
    h("thead", {}, h("tr", {}, columns.map((k) => header(k, f)))),
    h("tbody", {}, data.items.map((e) => h("tr", { "data-type": e.event_type, "data-id": e.id,
      class: e.review?.verdict === "wrong" ? "reviewed-wrong" : "" },
      h("td", { class: "num" }, ltr(e.date || "")), h("td", {}, entityLink(e.source, names)), typeCell(e),
      h("td", { title: e.mode || "" }, e.mode ? modeLabel(e.mode) : ""), h("td", {}, entityLink(e.target, names)),
      personsCell([e.source_person, e.target_person], names), locationCell(e.location, names),
      h("td", { class: "num" }, ltr(e.intensity)), h("td", { class: "num" }, confidenceBadge(e.confidence)),
      evidenceCell(e.doc_id, e.evidence[0], e.evidence_text),
      h("td", {}, reviewControls("event", e.id, e.review))))));
}

function recordTable(data, f) {
  if (!data.items.length) return h("p", { class: "empty" }, t("none"));
  const names = data.names;
  const columns = ["date", "source", "type", "mode", "target", "persons", "location", "intensity", "confidence", "reports", "evidence", "review"];
  return h("table", { id: "events-table" },
    h("thead", {}, h("tr", {}, columns.map((k) => MENTION_ONLY.includes(k) ? stripSort(header(k, f)) : header(k, f)))),
    h("tbody", {}, data.items.map((r) => {
      const first = r.mentions[0];
      const target = r.participants ? h("span", { title: t("participants"), "data-participants": r.participants.join(" ") },
        ...r.participants.filter((p) => p !== r.source).flatMap((p, i) => [i ? "، " : "", entityLink(p, names)])) : entityLink(r.target, names);
      const persons = r.mentions.flatMap((m) => [m.source_person, m.target_person]);
      return h("tr", { "data-type": r.event_type, "data-id": r.id, "data-documents": r.n_documents,
        class: r.review?.verdict === "wrong" ? "reviewed-wrong" : "" },
        h("td", { class: "num" }, ltr(r.date || r.first_report || "")), h("td", {}, entityLink(r.source, names)), typeCell(r),
        h("td", { title: r.mode || "" }, r.mode ? modeLabel(r.mode) : ""), h("td", {}, target),
        personsCell(persons, names), locationCell(r.location, names),
        h("td", { class: "num" }, ltr(r.intensity)), h("td", { class: "num" }, confidenceBadge(r.confidence)),
        reportsCell(r), evidenceCell(first?.doc_id, first?.evidence[0], first?.evidence[0]?.text),
        h("td", {}, reviewControls("record", r.id, r.review)));
    })));
}

// Records are not sorted by confidence on the server (a record has many reports).
function stripSort(th) {
  const link = th.querySelector("a.sort");
  if (link) link.replaceWith(...link.childNodes);
  th.removeAttribute("data-sort");
  return th;
}

function reportsCell(r) {
  const summary = `${r.n_documents} ${t("documents")} · ${r.n_sources} ${t("sources")}`;
  if (r.mentions.length < 2) return h("td", { class: "reports" }, summary);
  return h("td", { class: "reports" }, h("details", {}, h("summary", {}, summary),
    h("ul", {}, r.mentions.map((m) => {
      const ev = m.evidence[0];
      const label = [m.published || "", m.source_tag || "", m.lang].filter(Boolean).join(" · ");
      return h("li", { dir: "auto", "data-report": m.event_id, class: m.review?.verdict === "wrong" ? "reviewed-wrong" : "" },
        h("span", { class: "muted" }, ltr(label)), " ",
        ev ? h("a", { href: evidenceHref(m.doc_id, ev.start, ev.end) }, truncate(ev.text || t("evidence"), 60)) : "",
        " ", confidenceBadge(m.confidence), reviewControls("event", m.event_id, m.review));
    }))));
}

const clean = (f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v));
const truncate = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
