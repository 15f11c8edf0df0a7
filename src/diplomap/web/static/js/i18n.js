// Interface strings in Arabic and English; the choice is kept in localStorage.
// Labels of ontology terms (event types, sections, values) come from /api/ontology: ontology.js.
const KEY = "diplomap.lang";

const STRINGS = {
  nav_country: ["الدولة", "Country"],
  nav_network: ["الشبكة", "Network"],
  nav_events: ["الأحداث", "Events"],
  search: ["بحث", "Search"],
  search_placeholder: ["ابحث في النصوص…", "Search the texts…"],
  switch_to: ["English", "العربية"],
  footer: ["diplomap: نموذج مدعوم بالأدلة للعلاقات الخارجية", "diplomap: an evidence-linked model of foreign relations"],
  loading: ["جارٍ التحميل…", "Loading…"],
  error: ["خطأ", "Error"],
  none: ["لا توجد بيانات", "No data"],
  go: ["عرض", "Show"],
  state: ["الدولة", "State"],
  events_total: ["الأحداث", "events"],
  cooperative: ["تعاونية", "cooperative"],
  conflictual: ["صراعية", "conflictual"],
  documents: ["وثيقة", "doc."],
  evidence: ["الدليل", "evidence"],
  balance: ["توازن الاتجاهات عبر الزمن", "Balance of vectors over time"],
  balance_note: ["حصة كل اتجاه من الأحداث التعاونية (VC/MC) في كل سنة؛ الإنتروبيا المعيارية (1 = توزيع متساوٍ) ومؤشر هيرفندال-هيرشمان (1 = اتجاه واحد).",
    "Share of each vector in the cooperative events (VC/MC) per year; normalised entropy (1 = even spread) and Herfindahl-Hirschman index (1 = a single vector)."],
  entropy: ["الإنتروبيا المعيارية", "normalised entropy"],
  hhi: ["مؤشر هيرفندال-هيرشمان", "HHI"],
  share: ["الحصة", "share"],
  partners_by_vector: ["الشركاء حسب الاتجاه", "Partners by vector"],
  timeline: ["العضويات عبر الزمن", "Memberships over time"],
  profile: ["الملف", "Profile"],
  all_events: ["كل أحداث هذه الدولة", "All events of this state"],
  network_title: ["شبكة الدول والمنظمات", "Network of states and organisations"],
  network_note: ["الحواف: الحقائق وعدد الأحداث بين الطرفين. انقر على عقدة لفتح صفحة الدولة.",
    "Edges: facts and event counts between the two. Click a node to open its page."],
  center: ["المركز", "Centre"],
  max_nodes: ["أقصى عدد للعقد", "Max nodes"],
  events_title: ["جدول الأحداث", "Events"],
  actor: ["الفاعل", "Actor"],
  type: ["النوع", "Type"],
  quad: ["الفئة", "Quad"],
  since: ["من", "Since"],
  until: ["إلى", "Until"],
  apply: ["تطبيق", "Apply"],
  reset: ["مسح", "Clear"],
  any: ["الكل", "Any"],
  export: ["تنزيل", "Download"],
  date: ["التاريخ", "Date"],
  source: ["المصدر", "Source"],
  target: ["الهدف", "Target"],
  mode: ["الطريقة", "Mode"],
  intensity: ["الشدة", "Intensity"],
  prev: ["السابق", "Previous"],
  next: ["التالي", "Next"],
  of: ["من", "of"],
  doc_title: ["عارض الأدلة", "Evidence viewer"],
  published: ["تاريخ النشر", "Published"],
  chars: ["الحروف", "characters"],
  search_title: ["نتائج البحث", "Search results"],
  results: ["نتيجة", "results"],
  km: ["كم", "km"],
  modality: ["الصيغة", "Modality"],
  sources: ["مصادر", "sources"],
  reports: ["التقارير", "Reports"],
  view: ["العرض", "View"],
  view_records: ["حدث واحد لكل واقعة", "One row per event"],
  view_groups: ["القمم مرة واحدة", "Summits once"],
  view_mentions: ["كل تقرير على حدة", "One row per report"],
  participants: ["المشاركون", "Participants"],
  export_reports: ["تنزيل التقارير", "Download reports"],
};

export function lang() {
  const stored = localStorage.getItem(KEY);
  return stored === "en" ? "en" : "ar";
}

export function setLang(value) {
  localStorage.setItem(KEY, value === "en" ? "en" : "ar");
  applyLang();
}

function pick(pair) {
  return pair ? pair[lang() === "ar" ? 0 : 1] : undefined;
}

export const t = (key) => pick(STRINGS[key]) ?? key;

export function applyLang() {
  const root = document.documentElement;
  root.lang = lang();
  root.dir = lang() === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll("[data-i18n-placeholder]").forEach((el) => {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  });
  const button = document.getElementById("lang-switch");
  if (button) button.textContent = t("switch_to");
}
