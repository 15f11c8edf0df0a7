// Search results: sentences matching the query (normalised Arabic), each linked to the viewer.
import { count, t } from "./i18n.js";
import { evidenceHref, getJSON, h, ltr } from "./api.js";

export async function renderSearch(view, query) {
  const q = query.get("q") || "";
  document.getElementById("search-input").value = q;
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const data = await getJSON("/api/search", { q, limit: 50 });
  view.replaceChildren(h("section", { class: "card" },
    h("h1", {}, t("search_title"), ": ", h("span", { class: "muted" }, q)),
    h("p", { class: "muted", id: "search-count" }, count(data.total, "results")),
    data.items.length ? h("ol", { class: "results", id: "search-results" }, data.items.map((r) => h("li", {},
      h("a", { href: evidenceHref(r.doc_id, r.start, r.end), dir: r.lang === "ar" ? "rtl" : "ltr" }, r.text),
      h("div", { class: "muted" }, `${r.title || r.doc_id} · `, ltr(r.published || "")))))
      : h("p", { class: "empty" }, t("none"))));
}
