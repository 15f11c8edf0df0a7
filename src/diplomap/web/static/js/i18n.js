// Interface strings in Arabic and English; the choice is kept in localStorage.
// Labels of ontology terms (event types, sections, values) come from /api/ontology: ontology.js.
const KEY = "diplomap.lang";

const STRINGS = {
  nav_home: ["الرئيسية", "Home"],
  nav_docs: ["الوثائق", "Documents"],
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
  network_note: ["الحواف: الحقائق والأحداث بين الطرفين؛ يزداد سمكها بعددها، وتحمرّ حيث يغلب الصراع.",
    "Edges: facts and events between the two; thicker with more, red where conflict prevails."],
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
  home_title: ["نظرة عامة على المدوّنة", "The corpus at a glance"],
  by_language: ["الوثائق حسب اللغة", "Documents by language"],
  by_source: ["الوثائق حسب المصدر", "Documents by source"],
  by_year: ["الوثائق حسب سنة النشر", "Documents by year of publication"],
  top_actors: ["أكثر الفاعلين نشاطًا", "Most active actors"],
  latest_events: ["أحدث الأحداث", "Latest events"],
  countries: ["صفحات الدول والمنظمات", "Country and organisation pages"],
  docs_title: ["قائمة الوثائق", "Documents"],
  title: ["العنوان", "Title"],
  language: ["اللغة", "Language"],
  unknown_year: ["غير معروف", "unknown"],
  lang_ar: ["العربية", "Arabic"],
  lang_en: ["الإنجليزية", "English"],
  lang_ru: ["الروسية", "Russian"],
  lang_other: ["أخرى", "other"],
  untitled: ["وثيقة بلا عنوان", "untitled document"],
  name_or_code: ["اسم أو رمز", "name or code"],
  unknown_name: ["اسم غير معروف", "Unknown name"],
  did_you_mean: ["هل تقصد:", "Did you mean:"],
  no_suggestion: ["لا اقتراحات؛ جرّب اسمًا آخر أو رمزًا مثل QAT.", "No suggestion; try another name or a code such as QAT."],
  events_axis: ["عدد الأحداث التعاونية", "cooperative events"],
  balance_note2: ["ارتفاع العمود = عدد الأحداث التعاونية (تعاون لفظي أو مادي) في السنة، والألوان حصص الاتجاهات؛ السنوات بلا أحداث تبقى على المحور. الإنتروبيا المعيارية (1 = توزيع متساوٍ) ومؤشر هيرفندال-هيرشمان (1 = اتجاه واحد) على المحور الثاني. انقر على جزء من عمود لعرض الأحداث التي وراءه.",
    "Bar height = the year's cooperative events (verbal or material cooperation); colours = the vectors' shares; years without events stay on the axis. Normalised entropy (1 = even spread) and the Herfindahl-Hirschman index (1 = a single vector) on the second axis. Click a part of a bar to list the events behind it."],
  overall: ["الإجمالي", "Overall"],
  undated: ["بلا تاريخ", "undated"],
  undated_note: ["بلا تاريخ، غير ظاهرة في الرسم", "without a date, not in the chart"],
  show: ["عرض", "show"],
  events_behind: ["الأحداث وراء هذه الحصة", "Events behind this share"],
  vectors_title: ["الاتجاهات ومكوّناتها", "Vectors and what they hold"],
  vectors_note: ["اتجاهات افتراضية نسبةً إلى هذه الدولة: القوى الكبرى، دول الجوار (حقائق الحدود)، إقليمها، منظماتها الإقليمية، والباقي. يمكن تعديلها هنا (تُحفظ في هذا المتصفح) أو بملف ‎--vectors.",
    "Default vectors relative to this state: the great powers, its neighbours (border facts), its region, its regional organisations, the others. Edit them here (kept in this browser) or with a --vectors file."],
  edit: ["تعديل", "Edit"],
  save: ["حفظ", "Save"],
  restore: ["الاتجاهات الافتراضية", "Default vectors"],
  edited: ["معدّلة", "edited"],
  members_hint: ["رموز أو أسماء مفصولة بفواصل", "codes or names, separated by commas"],
  vector_other_note: ["كل شريك لا يرد في اتجاه آخر", "every partner not in another vector"],
  membership: ["عضوية", "membership"],
  chair: ["رئاسة", "chairmanship"],
  founder: ["عضو مؤسس", "founding member"],
  undated_members: ["عضويات بلا تاريخ معروف", "Memberships without a known date"],
  open_until: ["الأعمدة المفتوحة تنتهي عند آخر تاريخ في البيانات", "Open bars end at the last date of the data"],
  org_members: ["الأعضاء عبر الزمن", "Members over time"],
  org_listed: ["الأعضاء كما يسردهم المعجم", "Members as the lexicon lists them"],
  founded: ["تأسست", "Founded"],
  founded_note: ["تاريخ التأسيس ليس تاريخ انضمام أي عضو", "the founding date is not any member's accession date"],
  summits: ["القمم والاجتماعات", "Summits and meetings"],
  statements: ["بيانات المنظمة ومواقفها", "The organisation's statements and actions"],
  quad_legend: ["الفئات (PLOVER): تعاون لفظي، تعاون مادي، صراع لفظي، صراع مادي", "Quads (PLOVER): verbal cooperation, material cooperation, verbal conflict, material conflict"],
  intensity_scale: ["الشدة من ‎−10 (أشد صراع) إلى ‎+10 (أشد تعاون)", "Intensity from −10 (most conflictual) to +10 (most cooperative)"],
  sources: ["مصادر", "sources"],
  reports: ["التقارير", "Reports"],
  view: ["العرض", "View"],
  view_records: ["حدث واحد لكل واقعة", "One row per event"],
  view_groups: ["القمم مرة واحدة", "Summits once"],
  view_mentions: ["كل تقرير على حدة", "One row per report"],
  participants: ["المشاركون", "Participants"],
  export_reports: ["تنزيل التقارير", "Download reports"],
  // --- issue 14: evidence viewer, network, compare, map, methods, time range ---
  ev_claim: ["ما يدعمه هذا المقطع", "What this passage supports"],
  ev_no_claim: ["لا يدعم هذا المقطع أي عنصر مستخرج", "No extracted item rests on this passage"],
  ev_items: ["عناصر الوثيقة", "Items of this document"],
  ev_sentence: ["الجملة", "sentence"],
  nav_compare: ["مقارنة", "Compare"],
  nav_map: ["الخريطة", "Map"],
  nav_methods: ["المنهجية", "Methods"],
  time_range: ["المدة", "Time range"],
  relation: ["العلاقة", "Relation"],
  all_relations: ["كل العلاقات", "All relations"],
  facts_group: ["الحقائق", "Facts"],
  events_group: ["أنواع الأحداث", "Event types"],
  quads_group: ["الفئات الأربع", "Quads"],
  edge_title: ["العلاقة بين", "Relation between"],
  edge_hint: ["انقر على خط لعرض العلاقة وأدلتها، وعلى عقدة لفتح صفحتها أو جعلها المركز.", "Click a line for the relation and its evidence, a node to open its page or centre on it."],
  n_facts: ["حقائق", "facts"],
  first_last: ["أول وآخر تاريخ", "first and last date"],
  open_page: ["فتح الصفحة", "Open the page"],
  colour_note: ["الألوان: اتجاهات الدولة المركز", "Colours: the centre's own vectors"],
  no_center_colour: ["الألوان: نوع الكيان (اختر مركزًا لتلوين الاتجاهات)", "Colours: kind of entity (pick a centre to colour its vectors)"],
  compare_title: ["مقارنة دولتين", "Compare two countries"],
  mutual: ["العلاقات المتبادلة", "Mutual relations"],
  dyad_chart: ["الأحداث بينهما عبر الزمن", "Events between them over time"],
  map_title: ["خريطة أماكن الأحداث", "Map of event locations"],
  map_note: ["كل دائرة مكان وقع فيه حدث؛ حجمها عدد الأحداث. الحدود من Natural Earth (ملكية عامة)، مبسطة ومحفوظة مع البرنامج.",
    "Each circle is a place where events happened, sized by their number. Borders from Natural Earth (public domain), simplified and shipped with the program."],
  unplaced: ["أحداث في أماكن بلا إحداثيات", "Events at places without coordinates"],
  methods_title: ["المنهجية", "Methods"],
  m_confidence: ["الثقة ومعايرتها", "Confidence and its calibration"],
  range_note: ["التوازن والأحداث في هذه المدة فقط", "Balance and events of this range only"],
  clear: ["مسح", "Clear"],
  // issue 14 (confidence, reviews, sorting, search, exports): one block
  confidence: ["الثقة", "Confidence"],
  confidence_note: ["نسبة ما كان صحيحًا من هذا النوع من الاستخراج في مجموعة التطوير", "Share of items of this kind that were right on the dev set"],
  min_confidence: ["أدنى ثقة", "Min. confidence"],
  conf_all: ["الكل", "all"],
  conf_default: ["≥ 0.3 (إخفاء الأضعف)", "≥ 0.3 (hide the weakest)"],
  show_wrong: ["إظهار ما رُوجع كخطأ", "Show reviewed-wrong"],
  review: ["المراجعة", "Review"],
  mark_right: ["صحيح", "Right"],
  mark_wrong: ["خطأ", "Wrong"],
  reviewed_right: ["رُوجع: صحيح", "reviewed: right"],
  reviewed_wrong: ["رُوجع: خطأ", "reviewed: wrong"],
  reviewed_mixed: ["رُوجع: مختلط", "reviewed: mixed"],
  reviewer_name: ["اسم المراجع", "Reviewer"],
  text_filter: ["نص", "Text"],
  text_filter_hint: ["كلمات الجملة أو اسم", "words of the sentence or a name"],
  persons: ["الأشخاص", "Persons"],
  location: ["المكان", "Location"],
  sort_by: ["ترتيب حسب", "Sort by"],
  facts_title: ["الحقائق", "Facts"],
  nav_facts: ["الحقائق", "Facts"],
  predicate: ["العلاقة", "Relation"],
  subject: ["الطرف الأول", "Subject"],
  object: ["الطرف الثاني", "Object"],
  export_facts: ["تنزيل الحقائق", "Download facts"],
  kind_sentence: ["الجمل", "Sentences"],
  kind_event: ["الأحداث", "Events"],
  kind_fact: ["الحقائق", "Facts"],
  kind_entity: ["الكيانات", "Entities"],
  year: ["السنة", "Year"],
  copies: ["نسخ", "copies"],
  search_help: ["الكلمات كلها مطلوبة؛ OR بين كلمتين لأيٍّ منهما؛ كلمة* لكل ما يبدأ بها", "All words are required; OR between words for either; word* for words starting with it"],
};

// Counted nouns: the CLDR plural category (Babel's rules, served at /api/plurals) picks
// the form; {n} is the number. Arabic: 0, 1, 2, 3-10, 11-99 and the rest differ.
const COUNTED = {
  events: {
    ar: { zero: "لا أحداث", one: "حدث واحد", two: "حدثان", few: "{n} أحداث", many: "{n} حدثًا", other: "{n} حدث" },
    en: { one: "{n} event", other: "{n} events" },
  },
  documents: {
    ar: { zero: "لا وثائق", one: "وثيقة واحدة", two: "وثيقتان", few: "{n} وثائق", many: "{n} وثيقة", other: "{n} وثيقة" },
    en: { one: "{n} document", other: "{n} documents" },
  },
  results: {
    ar: { zero: "لا نتائج", one: "نتيجة واحدة", two: "نتيجتان", few: "{n} نتائج", many: "{n} نتيجة", other: "{n} نتيجة" },
    en: { one: "{n} result", other: "{n} results" },
  },
  members: {
    ar: { zero: "لا أعضاء", one: "عضو واحد", two: "عضوان", few: "{n} أعضاء", many: "{n} عضوًا", other: "{n} عضو" },
    en: { one: "{n} member", other: "{n} members" },
  },
};

let plurals = null;
let pluralsLoading = null;

export function loadPlurals() {
  pluralsLoading ??= fetch("/api/plurals").then((r) => r.json())
    .then((json) => { plurals = json; return json; }, (error) => { pluralsLoading = null; throw error; });
  return pluralsLoading;
}

export function pluralCategory(n, language = lang()) {
  const table = plurals?.[language]?.categories;
  if (!table || !Number.isInteger(n) || n < 0) return "other";
  return table[n < table.length ? n : 100 + (n % 100)];
}

// "64 حدثًا", "5 وثائق", "3 events": the number with the noun in the form it governs.
export function count(n, key) {
  const forms = COUNTED[key]?.[lang()];
  if (!forms) return `${n} ${t(key)}`;
  const form = forms[pluralCategory(n)] ?? forms.other;
  return form.replace("{n}", Number(n).toLocaleString("en"));
}

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
