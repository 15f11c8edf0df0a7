// Search across sentences, events, facts and entities: a tab per kind with its total, pages,
// filters (language, type, year) and the matches marked (built as DOM from the server's
// offsets: the text stays text).
import { count, t } from "./i18n.js";
import { entityLink, evidenceHref, evidenceLink, getJSON, h, ltr, pager } from "./api.js";
import { eventType, eventTypes, predicateLabel } from "./ontology.js";
import { confidenceBadge, reviewControls } from "./trust.js";

const KINDS = ["sentence", "event", "fact", "entity"];
const PAGE = 20;

export async function renderSearch(view, query) {
  const q = query.get("q") || "";
  const f = { q, kind: KINDS.includes(query.get("kind")) ? query.get("kind") : "sentence",
    lang: query.get("lang") || "", type: query.get("type") || "", year: query.get("year") || "" };
  const offset = Math.max(0, Number(query.get("offset")) || 0);
  document.getElementById("search-input").value = q;
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const data = await getJSON("/api/search", { ...f, limit: PAGE, offset });
  view.replaceChildren(h("section", { class: "card" },
    h("h1", {}, t("search_title"), ": ", h("bdi", { class: "muted" }, q)),
    h("p", { class: "muted small" }, t("search_help")),
    data.notes.length ? h("ul", { class: "notes", id: "search-notes" }, data.notes.map((n) => h("li", { dir: "auto" }, n))) : "",
    filters(f), tabs(f, data.totals),
    h("p", { class: "muted", id: "search-count" }, count(data.total, "results")),
    data.items.length ? h("ol", { class: "results", id: "search-results", start: offset + 1, "data-kind": f.kind },
      data.items.map((item) => h("li", {}, RENDER[f.kind](item, data.names))))
      : h("p", { class: "empty" }, t("none")),
    pager(data, PAGE, (offset) => hashOf(f, { offset }), { prev: "search-prev", next: "search-next" })));
}

const hashOf = (f, extra = {}) => "#/search?" + new URLSearchParams(
  Object.fromEntries(Object.entries({ ...f, ...extra }).filter(([, v]) => v !== "" && v !== undefined)));

function tabs(f, totals) {
  return h("nav", { class: "tabs", id: "search-tabs" }, KINDS.map((kind) => h("a", {
    href: hashOf(f, { kind }), class: kind === f.kind ? "active" : "", "data-kind": kind },
    t(`kind_${kind}`), " ", h("span", { class: "n" }, ltr(totals[kind])))));
}

function filters(f) {
  const types = f.kind === "fact" ? [] : eventTypes();
  const form = h("form", { class: "filters", id: "search-filters" },
    h("label", {}, t("language"), h("select", { name: "lang" }, ["", "ar", "en"].map((l) =>
      h("option", { value: l, selected: l === f.lang }, l ? t(`lang_${l}`) : t("any"))))),
    types.length ? h("label", {}, t("type"), h("select", { name: "type" }, h("option", { value: "" }, t("any")),
      types.map((c) => h("option", { value: c, selected: c === f.type }, eventType(c))))) : "",
    h("label", {}, t("year"), h("input", { name: "year", value: f.year, size: 5, pattern: "\\d{4}", placeholder: "2024" })),
    h("button", { type: "submit" }, t("apply")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    location.hash = hashOf({ ...f, lang: values.lang || "", type: values.type || "", year: (values.year || "").trim() });
  });
  return form;
}

// `text` with the spans `marks` ([[start, end], ...]) in <mark>.
function marked(text, marks = []) {
  const parts = [];
  let last = 0;
  for (const [start, end] of marks) {
    parts.push(text.slice(last, start), h("mark", {}, text.slice(start, end)));
    last = end;
  }
  parts.push(text.slice(last));
  return parts;
}

const RENDER = {
  sentence: (r) => [h("a", { href: evidenceHref(r.doc_id, r.start, r.end), dir: r.lang === "ar" ? "rtl" : "ltr" }, ...marked(r.text, r.marks)),
    h("div", { class: "muted" }, h("bdi", {}, r.title || r.doc_id), " · ", ltr(r.published || ""),
      r.copies > 1 ? ` · ${r.copies} ${t("copies")}` : "")],
  event: (e, names) => [h("div", {}, entityLink(e.source, names), " · ", h("strong", {}, eventType(e.event_type)), " · ",
    entityLink(e.target, names), " ", ltr(e.date || ""), " ", confidenceBadge(e.confidence), reviewControls("event", e.id, e.review)),
    e.evidence[0] ? h("a", { dir: "auto", href: evidenceHref(e.doc_id, e.evidence[0].start, e.evidence[0].end) },
      ...marked(e.evidence_text || "", e.marks)) : ""],
  fact: (f, names) => [h("div", {}, entityLink(f.subject, names), " · ", h("strong", {}, predicateLabel(f.predicate)), " · ",
    entityLink(f.object, names), " ", confidenceBadge(f.confidence), reviewControls("fact", f.fact_id, f.review)),
    f.evidence[0] ? h("div", { dir: "auto" }, ...marked(f.evidence[0].text || "", f.marks), " ", evidenceLink(f.evidence[0])) : ""],
  entity: (e, names) => [entityLink(e.id, names), " ", h("span", { class: "muted" }, `${e.id} · `,
    h("bdi", {}, ...marked(e.en || "", e.en_marks)), " · ", h("bdi", {}, ...marked(e.ar || "", e.ar_marks)))],
};

