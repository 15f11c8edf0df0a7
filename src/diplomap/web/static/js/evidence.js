// Evidence viewer: the article text with the supporting span highlighted.
import { t } from "./i18n.js";
import { getJSON, h, ltr, safeUrl } from "./api.js";

export async function renderEvidence(view, docId, query) {
  view.replaceChildren(h("p", { class: "muted" }, t("loading")));
  const doc = await getJSON(`/api/documents/${encodeURIComponent(docId)}`);
  const start = Number(query.get("start"));
  const end = Number(query.get("end"));
  const hasSpan = query.has("start") && Number.isInteger(start) && Number.isInteger(end) && end >= start;
  const chars = Array.from(doc.text); // offsets count code points, as Python does
  const textDir = doc.lang === "ar" ? "rtl" : "ltr";
  const body = h("div", { class: "doctext", dir: textDir, lang: doc.lang, id: "doc-text" },
    ...(hasSpan ? highlighted(chars, doc.sentences, start, end) : [chars.join("")]));
  view.replaceChildren(h("section", { class: "card" },
    h("h1", {}, doc.title || doc.id),
    h("p", { class: "muted", id: "doc-meta" }, `${t("published")}: `, ltr(doc.published || "—"),
      ` · ${doc.source || ""} · ${doc.lang} · `,
      doc.url && safeUrl(doc.url) ? h("a", { href: doc.url, rel: "noreferrer" }, ltr(doc.url))
        : doc.url || doc.path || "",
      hasSpan ? [` · ${t("chars")} `, ltr(`${start}–${end}`)] : ""),
    body));
  document.getElementById("evidence-mark")?.scrollIntoView({ block: "center" });
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
