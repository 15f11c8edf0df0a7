// Methods: what the model holds and how the numbers are made. The tables of event types,
// quads and predicates come from the ontology (/api/ontology) in the page's language; the
// explanations are written here in both languages.
import { lang, t } from "./i18n.js";
import { h, ltr } from "./api.js";
import { loadOntology } from "./ontology.js";

const TEXT = {
  plover: ["PLOVER (مخطط الأحداث السياسية) يصنّف الأحداث بين الفاعلين في 16 نوعًا. كل حدث مستخرج من جملة واحدة ويشير إليها: المصدر، النوع، النمط، الهدف، التاريخ، المكان، الشدة والجهة.",
    "PLOVER (the Political Language Ontology for Verifiable Event Records) sorts events between actors into 16 types. Each event is read from one sentence and points to it: source, type, mode, target, date, location, intensity and modality."],
  quads: ["الفئات الأربع تجمع الأنواع: تعاون لفظي، تعاون مادي، صراع لفظي، صراع مادي.",
    "Quads group the types: verbal cooperation, material cooperation, verbal conflict, material conflict."],
  intensity: ["الشدة على مقياس من ‎-10 (أشد صراعًا) إلى ‎+10 (أشد تعاونًا)؛ لكل نوع شدة أساسية، وقد يغيّرها النمط (مثلًا زيارة أو قمة متعددة الأطراف).",
    "Intensity runs from -10 (most conflictual) to +10 (most cooperative); each type has a base intensity, which its mode (a visit, a multilateral summit…) may change."],
  vectors: ["الاتجاهات تجمع شركاء الدولة المركز: القوى الكبرى، جيرانها (من حقائق الحدود)، إقليمها، منظماتها الإقليمية، ثم الباقون. تُحسب لكل دولة على حدة، ولا يضم أي اتجاه الدولة نفسها، ويمكن تعديلها في صفحة الدولة.",
    "Vectors group the focal state's partners: the great powers, its neighbours (from border facts), its region, its regional organisations, then the others. They are computed for each state, never hold the state itself, and can be edited on the country page."],
  entropy: ["الإنتروبيا المعيارية لحصص الاتجاهات من الأحداث التعاونية: ‎-Σ p log p ÷ log k، حيث k عدد الاتجاهات. القيمة 1 توزيع متساوٍ، و0 اتجاه واحد.",
    "Normalised entropy of the vectors' shares of cooperative events: -Σ p log p / log k, k the number of vectors. 1 is an even spread, 0 a single vector."],
  hhi: ["مؤشر هيرفندال-هيرشمان: Σ p²، من 1/k (توزيع متساوٍ) إلى 1 (اتجاه واحد).",
    "Herfindahl-Hirschman index: Σ p², from 1/k (even spread) to 1 (a single vector)."],
  confidence: ["الثقة لكل حقيقة وحدث هي نسبة العناصر الصحيحة من النوع نفسه في جزء الضبط من مجموعة التطوير (معايرة تجريبية)، لا تقدير ذاتي. يعرض المحلل الأضعف عند الحاجة، ويمكنه وسم عنصر بأنه خطأ.",
    "The confidence of each fact and event is the share of items of its kind that were right on the tune split of the development set (an empirical calibration), not a self-estimate. An analyst can show the weakest and mark an item wrong."],
  records: ["سجل الحدث يجمع تقارير الحدث الواحد من عدة وثائق؛ العدّ بالسجلات لا بالتقارير.",
    "An event record groups the reports of one event across documents; counts are of records, not reports."],
};
const say = (key) => TEXT[key][lang() === "ar" ? 0 : 1];
const pick = (entry, code) => entry?.label?.[lang() === "ar" ? "ar" : "en"] ?? code;

export async function renderMethods(view) {
  const onto = await loadOntology();
  const types = Object.entries(onto.event_types);
  view.replaceChildren(h("section", { class: "card methods", id: "methods" }, h("h1", {}, t("methods_title")),
    h("dl", {},
      h("dt", {}, "PLOVER"), h("dd", {}, say("plover")),
      h("dt", {}, t("quads_group")), h("dd", {}, say("quads"), quadTable(onto)),
      h("dt", {}, t("intensity")), h("dd", {}, say("intensity")),
      h("dt", { id: "m-types" }, t("events_group")), h("dd", {}, typeTable(types, onto)),
      h("dt", {}, t("vectors_title")), h("dd", {}, say("vectors")),
      h("dt", {}, t("entropy")), h("dd", {}, say("entropy")),
      h("dt", {}, t("hhi")), h("dd", {}, say("hhi")),
      h("dt", {}, t("m_confidence")), h("dd", {}, say("confidence")),
      h("dt", {}, t("facts_group")), h("dd", {}, predicateList(onto)),
      h("dd", {}, say("records")))));
}

function quadTable(onto) {
  return h("table", { id: "m-quads" }, Object.entries(onto.quads).map(([code, q]) => h("tr", { "data-quad": code },
    h("td", {}, pick(q, code)), h("td", {}, ltr(code)))));
}

function typeTable(types, onto) {
  return h("table", { id: "m-event-types" }, h("tr", {}, h("th", {}, t("events_group")), h("th", {}, t("quads_group")), h("th", {}, t("intensity"))),
    types.map(([code, e]) => h("tr", { "data-type": code }, h("td", { title: e.meaning || "" }, pick(e, code), " ", h("span", { class: "muted code" }, ltr(code))),
      h("td", {}, pick(onto.quads[e.quad], e.quad)), h("td", {}, ltr(e.intensity)))));
}

function predicateList(onto) {
  return h("p", { class: "chips", id: "m-predicates" }, Object.entries(onto.predicates).map(([code, p]) =>
    h("span", { class: "chip", title: p.meaning || code }, pick(p, code))));
}
