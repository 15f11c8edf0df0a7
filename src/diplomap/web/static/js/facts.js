// Facts: filtered by actor, relation, confidence and reviews, each with its confidence,
// sources, evidence and review buttons; downloads as CSV or JSONL (issue 14).
import { count, lang, t } from "./i18n.js";
import { apiUrl, entityLink, evidenceLink, getJSON, h, pager } from "./api.js";
import { predicateLabel, predicates, value } from "./ontology.js";
import { entityPicker } from "./picker.js";
import { confidenceBadge, confidenceSelect, minConfidence, reviewControls, reviewerInput,
  wrongToggle } from "./trust.js";
import { formatAttrs } from "./country.js";

const PAGE = 50;

export async function renderFacts(view, query) {
  const f = { actor: query.get("actor") || "", predicate: query.get("predicate") || "",
    conf: minConfidence(query), wrong: query.get("wrong") || "" };
  const offset = Math.max(0, Number(query.get("offset")) || 0);
  const params = { actor: f.actor, predicate: f.predicate, min_confidence: f.conf,
    include_wrong: f.wrong ? "true" : "" };
  view.replaceChildren(h("section", { class: "card" }, h("h1", {}, t("facts_title")), form(f),
    h("div", { id: "facts-body" }, h("p", { class: "muted" }, t("loading")))));
  const data = await getJSON("/api/facts", { ...params, limit: PAGE, offset });
  const link = (format) => h("a", { class: "button secondary", "data-export": `facts-${format}`,
    href: apiUrl("/api/facts/export", { ...params, names: lang(), format }), download: `facts.${format}` },
  `${t("export_facts")} ${format.toUpperCase()}`);
  document.getElementById("facts-body").replaceChildren(
    h("div", { class: "pager" }, link("csv"), link("jsonl")),
    data.items.length ? h("ul", { class: "facts", id: "facts-list" }, data.items.map((fact) => factItem(fact, data.names)))
      : h("p", { class: "empty" }, t("none")),
    pager(data, PAGE, (offset) => "#/facts?" + new URLSearchParams(Object.fromEntries(
      Object.entries({ ...f, offset }).filter(([, v]) => v !== ""))), { count: "facts-count" }));
}

function factItem(fact, names) {
  const object = fact.predicate === "policy" ? h("strong", {}, value(fact.object)) : entityLink(fact.object, names);
  return h("li", { "data-fact": fact.fact_id, class: fact.review?.verdict === "wrong" ? "reviewed-wrong" : "" },
    entityLink(fact.subject, names), " · ", h("strong", { title: fact.predicate }, predicateLabel(fact.predicate)), " · ", object,
    fact.modality !== "actual" ? h("span", { class: "badge" }, value(fact.modality)) : "", " ",
    h("span", { class: "attrs" }, ...formatAttrs(fact.attrs, names)),
    h("span", { class: "badge" }, count(fact.n_documents, "documents")), " ",
    confidenceBadge(fact.confidence), fact.evidence.map((ref) => evidenceLink(ref)), " ",
    reviewControls("fact", fact.fact_id, fact.review));
}

function form(f) {
  const actor = entityPicker({ name: "actor", value: f.actor, size: 12, submit: false, kinds: [] });
  const select = h("select", { name: "predicate" }, h("option", { value: "" }, t("any")),
    predicates().map((p) => h("option", { value: p, selected: p === f.predicate }, predicateLabel(p))));
  const el = h("form", { class: "filters", id: "fact-filters" }, h("label", {}, t("actor"), actor.el),
    h("label", {}, t("predicate"), select), confidenceSelect(f.conf), wrongToggle(Boolean(f.wrong)),
    h("button", { type: "submit" }, t("apply")), reviewerInput());
  el.addEventListener("submit", async (event) => {
    event.preventDefault();
    const id = await actor.resolve();
    if (id === null) return;
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(el)) if (String(v).trim()) params.set(k, String(v).trim());
    if (id) params.set("actor", id);
    location.hash = "#/facts?" + params;
  });
  return el;
}
