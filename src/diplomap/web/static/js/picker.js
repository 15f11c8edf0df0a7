// The entity picker: a box that takes a code in any case or an Arabic or English name
// (clitics and spelling variants too), resolved by the server's one resolver (/api/resolve),
// with suggestions while typing and a message in the page's language for unknown input.
import { lang, t } from "./i18n.js";
import { getJSON, h, name } from "./api.js";
import { kindsWithPage } from "./ontology.js";

let counter = 0;

// entityPicker({ name, value, kinds, onPick, label }): { el, input, resolve() }.
// resolve() -> the entity ID, "" for an empty box, or null (message shown) when unknown.
export function entityPicker({ name: field = "entity", value = "", kinds = kindsWithPage(), onPick,
  label, size = 14, submit = true } = {}) {
  const listId = `picker-list-${++counter}`;
  const input = h("input", { name: field, value, size, list: listId, autocomplete: "off",
    placeholder: t("name_or_code"), "aria-label": label || t("name_or_code"), "data-picker": "1" });
  const list = h("datalist", { id: listId });
  const message = h("div", { class: "picker-message", role: "status", "data-picker-message": "1" });
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => suggest(input.value, kinds, list), 200);
  });
  const resolve = async () => {
    const text = input.value.trim();
    message.replaceChildren();
    if (!text) return "";
    const found = await getJSON("/api/resolve", queryOf(text, kinds));
    if (found.id) return found.id;
    message.replaceChildren(unknown(text, found.suggestions || [], (id) => {
      message.replaceChildren();
      input.value = id;
      if (onPick) onPick(id);
    }));
    return null;
  };
  const go = async () => {
    const id = await resolve();
    if (id && onPick) onPick(id);
  };
  if (submit) input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); go(); } });
  const parts = [label ? h("label", {}, label, " ", input) : input, list];
  if (submit) parts.push(h("button", { type: "button", onclick: go, "data-picker-go": "1" }, t("go")));
  const el = h("span", { class: "picker" }, ...parts, message);
  return { el, input, resolve, message };
}

function queryOf(text, kinds) {
  const params = new URLSearchParams({ q: text });
  for (const k of kinds || []) params.append("kind", k);
  return params;
}

async function suggest(text, kinds, list) {
  if (text.trim().length < 2) return;
  try {
    const found = await getJSON("/api/resolve", queryOf(text.trim(), kinds));
    const items = found.suggestions || [];
    list.replaceChildren(...items.map((s) => h("option", { value: label(s) }, s.id)));
  } catch { /* suggestions are a help, not a need */ }
}

const label = (s) => (lang() === "ar" ? s.ar || s.en : s.en || s.ar) || s.id;

function unknown(text, suggestions, pick) {
  return h("span", { class: "error", "data-unknown": "1" }, `${t("unknown_name")}: «`, h("bdi", {}, text), "». ",
    suggestions.length
      ? [t("did_you_mean"), " ", ...suggestions.map((s) => h("button", { type: "button", class: "chip linkish",
        "data-suggestion": s.id, onclick: () => pick(s.id) }, name(s.id, { [s.id]: s })))]
      : t("no_suggestion"));
}
