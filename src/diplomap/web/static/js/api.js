// Fetching from the JSON API, building DOM safely, names of entities.
import { lang, t } from "./i18n.js";
import { hasPage } from "./ontology.js";

export class ApiError extends Error {
  constructor(status, message, body = {}) { super(message); this.status = status; this.body = body; }
}

export function apiUrl(path, params = {}) {
  const url = new URL(path, location.origin);
  if (params instanceof URLSearchParams) { // repeated keys (kind=state&kind=organization)
    for (const [k, v] of params) url.searchParams.append(k, v);
    return url.pathname + url.search;
  }
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  }
  return url.pathname + url.search;
}

export async function getJSON(path, params = {}) {
  const response = await fetch(apiUrl(path, params));
  if (!response.ok) {
    let message = response.statusText;
    let body = {};
    try {
      body = await response.json();
      message = body.message || body.detail || message;
    } catch { /* not JSON */ }
    throw new ApiError(response.status, message, body);
  }
  return response.json();
}

// A link target from data may only be http(s) or a path of this site: never javascript:,
// data: or any other scheme (the browser ignores tabs, newlines and case in schemes).
export function safeUrl(url) {
  const plain = String(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  return /^(https?:\/\/|[#?]|\/(?![\/\\]))/i.test(plain);
}

// h("a", {href: "#/x", class: "chip"}, "text", child, ...): an element, text kept as text;
// an href or src that is not safeUrl is left out (the element stays, as plain text).
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "style" && typeof v === "object") Object.assign(el.style, v);
    else if ((k === "href" || k === "src") && !safeUrl(v)) continue;
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

// Dates and numbers kept left-to-right inside Arabic text (2021-12 must not read 12-2021).
export const ltr = (v) => h("bdi", { dir: "ltr" }, String(v));

export function name(id, names = {}) {
  const n = names[id];
  if (!n) return id;
  return (lang() === "ar" ? n.ar || n.en : n.en || n.ar) || id;
}

// A link to the country page for states and organisations, plain text otherwise.
export function entityLink(id, names = {}) {
  if (!id) return "";
  const kind = names[id]?.kind;
  const label = name(id, names);
  if (kind && !hasPage(kind)) return h("span", { title: id }, label);
  return h("a", { href: `#/country/${encodeURIComponent(id)}`, title: id }, label);
}

export function evidenceHref(docId, start, end) {
  return `#/doc/${encodeURIComponent(docId)}?start=${start}&end=${end}`;
}

// Labelled by its document (title or first words, source, date): several sources of a fact
// read as different links.
export function evidenceLink(ref, label) {
  if (!ref) return "";
  const doc = [ref.label || t("untitled"), ref.source, ref.published].filter(Boolean);
  const short = (s) => (s.length > 40 ? s.slice(0, 39) + "…" : s);
  return h("a", { class: "ev", href: evidenceHref(ref.doc_id, ref.start, ref.end), dir: "auto",
    title: ref.sentence_text || ref.text || "", "data-evidence": "1" },
  label || `↗ ${doc.map((x, i) => (i ? x : short(x))).join(" · ")}`);
}

export function showError(view, error) {
  view.replaceChildren(h("p", { class: "error" }, `${t("error")}: ${error.message || error}`));
}

export const VECTOR_COLORS = ["#c0392b", "#e69f00", "#1f77b4", "#3949ab", "#009e73",
  "#8e44ad", "#2e7d32", "#56b4e9", "#cc79a7", "#795548"];
export const OTHER_COLOR = "#9aa3ab";

export function vectorColors(vectors) {
  const colors = {};
  vectors.forEach((v, i) => {
    colors[v.id] = i === vectors.length - 1 ? OTHER_COLOR : VECTOR_COLORS[i % VECTOR_COLORS.length];
  });
  return colors;
}

export function vectorName(v) {
  return lang() === "ar" ? v.ar || v.en : v.en || v.ar;
}

// A page's links to the pages before and after it and its place in the whole: `go(offset)`
// is the hash of the page at `offset`; `data.next_offset`, where the API gives it, says
// whether there is a next page; `ids` names the links and the count for tests.
export function pager(data, page, go, ids = {}) {
  const last = Math.min(data.offset + data.items.length, data.total);
  const next = "next_offset" in data ? data.next_offset : (last < data.total ? data.offset + page : null);
  return h("div", { class: "pager" },
    data.offset > 0 ? h("a", { href: go(Math.max(0, data.offset - page)), id: ids.prev }, t("prev")) : "",
    h("span", { class: "muted", id: ids.count }, h("bdi", { dir: "ltr" }, `${data.total ? data.offset + 1 : 0}–${last}`),
      ` ${t("of")} ${data.total}`),
    next !== null ? h("a", { href: go(next), id: ids.next }, t("next")) : "");
}
