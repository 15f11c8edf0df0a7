// Evidence viewer: the article text with the supporting span highlighted, the claim that the
// span supports in words, and every other item of the document, each linking to its sentence.
import { lang, t } from "./i18n.js";
import { evidenceHref, getJSON, h, ltr, name, safeUrl } from "./api.js";
import { eventType, loadOntology, modeLabel, quadLabel, value } from "./ontology.js";
import { formatAttrs } from "./country.js";

export async function renderEvidence(view, docId, query) {
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const [doc, items, onto] = await Promise.all([
    getJSON(`/api/documents/${encodeURIComponent(docId)}`),
    getJSON(`/api/documents/${encodeURIComponent(docId)}/items`),
    loadOntology(),
  ]);
  const start = Number(query.get("start"));
  const end = Number(query.get("end"));
  const hasSpan = query.has("start") && Number.isInteger(start) && Number.isInteger(end) && end >= start;
  const chars = Array.from(doc.text); // offsets count code points, as Python does
  const textDir = doc.lang === "ar" ? "rtl" : "ltr";
  const body = h("div", { class: "doctext", dir: textDir, lang: doc.lang, id: "doc-text" },
    ...(hasSpan ? highlighted(chars, doc.sentences, start, end) : [chars.join("")]));
  const all = [...items.facts, ...items.events];
  const supported = hasSpan ? all.filter((item) => item.spans.some((s) => s.start <= start && end <= s.end)) : [];
  const say = (item) => describe(item, items.names, onto);
  view.replaceChildren(
    h("section", { class: "card", id: "doc-head" },
      h("h1", { dir: "auto", id: "doc-title" }, doc.label || t("untitled")),
      h("p", { class: "muted", id: "doc-meta" }, `${t("published")}: `, ltr(doc.published || "—"),
        doc.source ? [" · ", h("bdi", {}, doc.source)] : "", ` · ${t(`lang_${doc.lang}`)}`,
        doc.url && /^https?:/i.test(doc.url) && safeUrl(doc.url)
          ? [" · ", h("a", { href: doc.url, rel: "noreferrer", dir: "ltr" }, hostOf(doc.url))] : "",
        hasSpan ? [` · ${t("chars")} `, ltr(`${start}–${end}`)] : "")),
    hasSpan ? h("section", { class: "card claim", id: "evidence-claim" }, h("h2", {}, t("ev_claim")),
      supported.length ? h("ul", { class: "facts" }, supported.map((item) => h("li", { "data-item": item.id }, say(item))))
        : h("p", { class: "muted" }, t("ev_no_claim"))) : "",
    h("section", { class: "card" }, body),
    h("section", { class: "card", id: "doc-items" }, h("h2", {}, t("ev_items"), " ", h("span", { class: "muted" }, "(", ltr(all.length), ")")),
      all.length ? h("ol", { class: "facts" }, all.map((item) => itemLine(item, doc.id, say, supported.includes(item))))
        : h("p", { class: "empty" }, t("none"))),
  );
  document.getElementById("evidence-mark")?.scrollIntoView({ block: "center" });
}

const hostOf = (url) => { try { return new URL(url).host + new URL(url).pathname; } catch { return url; } };

function itemLine(item, docId, say, current) {
  const span = item.spans[0];
  return h("li", { "data-item": item.id, class: current ? "current" : undefined },
    say(item), " ",
    span ? h("a", { class: "ev", href: evidenceHref(docId, span.start, span.end), "data-item-link": item.id },
      `↗ ${t("ev_sentence")}`) : "");
}

// A fact or an event in words: names, the relation's label, dates, mode and quad.
export function describe(item, names, onto) {
  const pick = (entry, code) => entry?.label?.[lang() === "ar" ? "ar" : "en"] ?? code;
  const who = (id) => (id ? h("strong", {}, h("bdi", {}, names[id] ? name(id, names) : value(id))) : "");
  const badge = (text, title) => h("span", { class: "badge", title }, text);
  if (item.kind === "fact") {
    return h("span", { class: "claim-text" }, who(item.subject), " · ",
      pick(onto.predicates?.[item.predicate], item.predicate), " · ", who(item.object),
      Object.keys(item.attrs).length ? [" (", ...formatAttrs(item.attrs, names), ")"] : "",
      item.modality !== "actual" ? [" ", badge(value(item.modality))] : "");
  }
  return h("span", { class: "claim-text" }, item.date ? [ltr(item.date), " · "] : "",
    who(item.source), " · ", eventType(item.event_type), item.target ? [" · ", who(item.target)] : "",
    item.mode ? [" ", badge(modeLabel(item.mode))] : "", " ", badge(quadLabel(item.quad), item.quad),
    item.modality !== "actual" ? [" ", badge(value(item.modality))] : "");
}

// The text as nodes: the sentence around the span tinted, the span itself in <mark>.
function highlighted(chars, sentences, start, end) {
  const s = sentences.find((x) => x.start <= start && end <= x.end) || { start, end };
  const part = (a, b) => chars.slice(a, b).join("");
  return [
    part(0, s.start),
    h("span", { class: "sent-hl" }, part(s.start, start),
      h("mark", { id: "evidence-mark" }, part(start, end)), part(end, s.end)),
    part(s.end, chars.length),
  ];
}
