// The first screen: the corpus at a glance (documents by language, source and year, the
// busiest actors with links to their pages, the latest events) and the documents list.
import { count, t } from "./i18n.js";
import { entityLink, evidenceHref, getJSON, h, ltr, name } from "./api.js";
import { eventType, hasPage } from "./ontology.js";

export async function renderHome(view) {
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const data = await getJSON("/api/overview");
  const names = data.names;
  const totals = data.totals;
  const actors = data.top_actors.filter((a) => hasPage(names[a.id]?.kind));
  view.replaceChildren(
    h("section", { class: "card", id: "home-head" }, h("h1", {}, t("home_title")),
      h("p", { id: "home-totals" }, count(totals.documents, "documents"), " · ", count(totals.events, "events"),
        data.last_date ? [" · ", ltr(`${firstYear(data.years)}–${String(data.last_date).slice(0, 4)}`)] : ""),
      h("a", { href: "#/docs", id: "all-docs" }, `${t("docs_title")} →`)),
    h("div", { class: "grid3" },
      barCard("by-language", t("by_language"), data.languages, (k) => t(`lang_${k}`)),
      barCard("by-source", t("by_source"), data.sources, (k) => (k === "unknown" ? t("unknown_year") : k)),
      barCard("by-year", t("by_year"), data.years, (k) => (k === "unknown" ? t("unknown_year") : ltr(k)))),
    h("section", { class: "card", id: "top-actors" }, h("h2", {}, t("top_actors")),
      actors.length ? h("ol", { class: "actors" }, actors.map((a) => h("li", {},
        h("a", { href: `#/country/${encodeURIComponent(a.id)}`, "data-country": a.id }, name(a.id, names)),
        " ", h("span", { class: "muted" }, count(a.n, "events"))))) : h("p", { class: "empty" }, t("none"))),
    h("section", { class: "card", id: "latest-events" }, h("h2", {}, t("latest_events")),
      data.latest_events.length ? h("ul", { class: "eventlist" }, data.latest_events.map((e) => eventItem(e, names)))
        : h("p", { class: "empty" }, t("none"))),
  );
}

const firstYear = (years) => Object.keys(years).filter((y) => /^\d{4}$/.test(y)).sort()[0] || "";

function barCard(id, title, counts, label) {
  const entries = Object.entries(counts);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return h("section", { class: "card", id },
    h("h2", {}, title),
    entries.length ? h("ul", { class: "bars" }, entries.map(([k, n]) => h("li", { "data-key": k },
      h("span", { class: "bar-label" }, label(k)),
      h("span", { class: "bar", style: { width: `${Math.round((100 * n) / max)}%` } }),
      h("span", { class: "bar-n" }, ltr(n))))) : h("p", { class: "empty" }, t("none")));
}

export function eventItem(e, names) {
  const ev = e.evidence?.[0];
  return h("li", { "data-event": e.id },
    h("span", { class: "date" }, ltr(e.date || "—")), " ",
    entityLink(e.source, names), " · ", h("strong", { title: e.event_type }, eventType(e.event_type)),
    e.target ? [" · ", entityLink(e.target, names)] : "", " ",
    ev ? h("a", { class: "ev", href: evidenceHref(e.doc_id, ev.start, ev.end), "data-evidence": "1", dir: "auto" },
      `↗ ${truncate(e.evidence_text || t("evidence"), 90)}`) : "");
}

const truncate = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
const PAGE = 50;

export async function renderDocs(view, query) {
  const offset = Math.max(0, Number(query.get("offset")) || 0);
  const lang = query.get("lang") || "";
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const data = await getJSON("/api/documents", { limit: PAGE, offset, lang });
  const go = (o) => "#/docs?" + new URLSearchParams({ ...(lang ? { lang } : {}), offset: o });
  const last = Math.min(data.offset + data.items.length, data.total);
  view.replaceChildren(h("section", { class: "card" }, h("h1", {}, t("docs_title")),
    h("p", { class: "muted", id: "docs-count" }, count(data.total, "documents")),
    data.items.length ? h("ul", { class: "doclist", id: "docs-list" }, data.items.map((d) => h("li", { "data-doc": d.id },
      h("a", { href: `#/doc/${encodeURIComponent(d.id)}`, dir: "auto" }, d.title || baseName(d.path) || t("untitled")),
      h("div", { class: "muted" }, t(`lang_${d.lang}`), " · ", d.source || "—", " · ", ltr(d.published || "—")))))
      : h("p", { class: "empty" }, t("none")),
    h("div", { class: "pager" },
      data.offset > 0 ? h("a", { href: go(Math.max(0, data.offset - PAGE)) }, t("prev")) : "",
      h("span", { class: "muted" }, ltr(`${data.total ? data.offset + 1 : 0}–${last}`), ` ${t("of")} `, ltr(data.total)),
      last < data.total ? h("a", { href: go(data.offset + PAGE) }, t("next")) : "")));
}

const baseName = (path) => (path ? String(path).split(/[\\/]/).pop() : "");
