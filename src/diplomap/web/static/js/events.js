// Events table with filters (type, actor, date range), pages and CSV/JSONL download links.
import { t } from "./i18n.js";
import { apiUrl, entityLink, evidenceHref, getJSON, h, ltr } from "./api.js";
import { eventType, eventTypes, modeLabel, quadLabel, quads, value } from "./ontology.js";
import { entityPicker } from "./picker.js";

const FILTERS = ["actor", "type", "quad", "since", "until", "source", "target", "doc"];
const PAGE = 50;

export async function renderEvents(view, query) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) || ""]));
  const offset = Math.max(0, Number(query.get("offset")) || 0);
  view.replaceChildren(h("section", { class: "card" }, h("h1", {}, t("events_title")),
    filterForm(filters), h("div", { id: "events-body" }, h("p", { class: "muted" }, t("loading")))));
  const body = document.getElementById("events-body");
  const data = await getJSON("/api/events", { ...filters, limit: PAGE, offset });
  body.replaceChildren(exportLinks(filters), table(data), pager(data, filters));
}

function filterForm(f) {
  const input = (key, attrs = {}) => h("label", {}, t(key), h("input", { name: key, value: f[key], ...attrs }));
  const actor = entityPicker({ name: "actor", value: f.actor, size: 12, submit: false, kinds: [] });
  const types = h("select", { name: "type" }, h("option", { value: "" }, t("any")),
    eventTypes().map((code) => h("option", { value: code, selected: code === f.type, title: code }, eventType(code))));
  const quadSelect = h("select", { name: "quad" }, h("option", { value: "" }, t("any")),
    quads().map((q) => h("option", { value: q, selected: q === f.quad, title: q }, quadLabel(q))));
  const form = h("form", { class: "filters", id: "event-filters" },
    h("label", {}, t("actor"), actor.el), h("label", {}, t("type"), types),
    h("label", {}, t("quad"), quadSelect),
    input("since", { size: 10, placeholder: "2015", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
    input("until", { size: 10, placeholder: "2024-12", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
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

function exportLinks(filters) {
  const link = (format) => h("a", { class: "button secondary", href: apiUrl("/api/events/export", { ...filters, format }),
    download: `events.${format}`, "data-export": format }, `${t("export")} ${format.toUpperCase()}`);
  return h("div", { class: "pager" }, link("csv"), link("jsonl"));
}

function table(data) {
  if (!data.items.length) return h("p", { class: "empty" }, t("none"));
  const names = data.names;
  return h("table", { id: "events-table" },
    h("thead", {}, h("tr", {}, ["date", "source", "type", "mode", "target", "intensity", "evidence"].map((k) =>
      h("th", k === "intensity" ? { title: t("intensity_scale") } : {}, t(k), k === "intensity" ? " ⓘ" : "")))),
    h("tbody", {}, data.items.map((e) => {
      const ev = e.evidence[0];
      return h("tr", { "data-type": e.event_type, "data-id": e.id },
        h("td", { class: "num" }, ltr(e.date || "")), h("td", {}, entityLink(e.source, names)),
        h("td", { title: e.event_type }, eventType(e.event_type),
          e.modality !== "actual" ? h("span", { class: "badge", title: e.modality }, value(e.modality)) : ""),
        h("td", { title: e.mode || "" }, e.mode ? modeLabel(e.mode) : ""), h("td", {}, entityLink(e.target, names)),
        h("td", { class: "num" }, ltr(e.intensity)),
        h("td", { dir: "auto" }, ev ? h("a", { href: evidenceHref(e.doc_id, ev.start, ev.end), "data-evidence": "1" },
          truncate(e.evidence_text || t("evidence"), 80)) : ""));
    })));
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
