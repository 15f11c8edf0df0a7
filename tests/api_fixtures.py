"""A small, real-looking database for the analysis, API and UI tests.

Own Arabic (and one English) sentences stating public facts about Kazakhstan's
foreign relations, stored with sentences, mentions, facts, fact_mentions and PLOVER
events directly through SQL (no extractor), every offset computed from the text.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from diplomap.store import connect, document_id, transaction
from diplomap.store.records import rebuild
from diplomap.store.search import index_document_sentences

# (id, kind, en, ar, qid)
ENTITIES = [
    ("KAZ", "state", "Kazakhstan", "كازاخستان", "Q232"),
    ("RUS", "state", "Russia", "روسيا", "Q159"),
    ("CHN", "state", "China", "الصين", "Q148"),
    ("USA", "state", "United States", "الولايات المتحدة", "Q30"),
    ("TUR", "state", "Turkey", "تركيا", "Q43"),
    ("UZB", "state", "Uzbekistan", "أوزبكستان", "Q265"),
    ("AFG", "state", "Afghanistan", "أفغانستان", "Q889"),
    ("SYR", "state", "Syria", "سوريا", "Q858"),
    ("DEU", "state", "Germany", "ألمانيا", "Q183"),
    ("ABKHAZIA", "territory", "Abkhazia", "أبخازيا", "Q23334"),
    ("SOUTH_OSSETIA", "territory", "South Ossetia", "أوسيتيا الجنوبية", "Q23427"),
    ("EU", "organization", "European Union", "الاتحاد الأوروبي", "Q458"),
    ("UN", "organization", "United Nations", "الأمم المتحدة", "Q1065"),
    ("UNSC", "organization", "UN Security Council", "مجلس الأمن الدولي", "Q37470"),
    ("OSCE", "organization", "OSCE", "منظمة الأمن والتعاون في أوروبا", "Q81299"),
    ("SCO", "organization", "Shanghai Cooperation Organisation", "منظمة شنغهاي للتعاون",
     "Q485207"),
    ("OIC", "organization", "Organisation of Islamic Cooperation", "منظمة التعاون الإسلامي",
     "Q166546"),
    ("EAEU", "organization", "Eurasian Economic Union", "الاتحاد الاقتصادي الأوراسي",
     "Q4173083"),
    ("CICA", "organization", "CICA", "مؤتمر التفاعل وتدابير بناء الثقة في آسيا", "Q1049026"),
    ("OTS", "organization", "Organization of Turkic States", "منظمة الدول التركية",
     "Q1783233"),
    ("PER:tokayev", "person", "Kassym-Jomart Tokayev", "توكاييف", "Q1077337"),
    ("PER:putin", "person", "Vladimir Putin", "بوتين", "Q7747"),
    ("PER:xi_jinping", "person", "Xi Jinping", "شي جين بينغ", "Q15031"),
    ("ORG:chevron", "company", "Chevron", "شيفرون", "Q319642"),
    ("INIT:astana_process", "initiative", "Astana process", "محادثات أستانا", None),
    ("INIT:congress_world_religions", "initiative",
     "Congress of Leaders of World and Traditional Religions",
     "مؤتمر زعماء الأديان العالمية والتقليدية", None),
    ("INIT:iaea_leu_bank", "initiative", "IAEA LEU Bank",
     "بنك اليورانيوم منخفض التخصيب", None),
    ("INIT:bri", "initiative", "Belt and Road Initiative", "الحزام والطريق", None),
]

INTENSITY = {"AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "COOPERATE": 9.5, "AID": 10.0,
             "REJECT": -2.0}
MODE_INTENSITY = {"visit": 4.0, "multilateral": 4.0, "third-party": 1.0}
QUAD = {"AGREE": "VC", "CONSULT": "VC", "SUPPORT": "VC", "COOPERATE": "MC", "AID": "MC",
        "REJECT": "VK"}


@dataclass
class F:  # a fact stated by a sentence
    subject: str
    predicate: str
    object: str
    attrs: dict = field(default_factory=dict)
    ev: str | None = None           # evidence substring (default: the whole sentence)
    modality: str = "actual"


@dataclass
class E:  # an event stated by a sentence
    source: str
    event_type: str
    target: str
    date: str
    mode: str | None = None
    ev: str | None = None
    person: str | None = None
    modality: str = "actual"
    context: tuple[str, ...] = ("diplomatic",)


@dataclass
class S:  # a sentence
    text: str
    mentions: list[tuple[str, str]] = field(default_factory=list)
    facts: list[F] = field(default_factory=list)
    events: list[E] = field(default_factory=list)


@dataclass
class Doc:
    key: str
    title: str
    published: str
    sentences: list[S]
    lang: str = "ar"


DOCS = [
    Doc("orgs", "كازاخستان في المنظمات الدولية", "2021-12", [
        S("انضمت كازاخستان إلى الأمم المتحدة في مارس 1992.",
          [("كازاخستان", "KAZ"), ("الأمم المتحدة", "UN")],
          [F("KAZ", "member_of", "UN", {"since": "1992-03"},
             "انضمت كازاخستان إلى الأمم المتحدة في مارس 1992")]),
        S("وفي العام نفسه أصبحت كازاخستان عضواً في منظمة الأمن والتعاون في أوروبا.",
          [("كازاخستان", "KAZ"), ("منظمة الأمن والتعاون في أوروبا", "OSCE")],
          [F("KAZ", "member_of", "OSCE", {"since": "1992"},
             "أصبحت كازاخستان عضواً في منظمة الأمن والتعاون في أوروبا")]),
        S("كازاخستان من الدول المؤسسة لمنظمة شنغهاي للتعاون التي أنشئت عام 2001.",
          [("كازاخستان", "KAZ"), ("منظمة شنغهاي للتعاون", "SCO")],
          [F("KAZ", "founder_of", "SCO", {"date": "2001"}),
           F("KAZ", "member_of", "SCO", {"since": "2001"},
             "كازاخستان من الدول المؤسسة لمنظمة شنغهاي للتعاون")]),
        S("وانضمت كازاخستان إلى منظمة التعاون الإسلامي عام 1995.",
          [("كازاخستان", "KAZ"), ("منظمة التعاون الإسلامي", "OIC")],
          [F("KAZ", "member_of", "OIC", {"since": "1995"})]),
        S("ترأست كازاخستان منظمة الأمن والتعاون في أوروبا عام 2010، وكانت أول دولة من آسيا"
          " الوسطى تتولى رئاستها.",
          [("كازاخستان", "KAZ"), ("منظمة الأمن والتعاون في أوروبا", "OSCE")],
          [F("KAZ", "chair_of", "OSCE", {"date": "2010"},
             "ترأست كازاخستان منظمة الأمن والتعاون في أوروبا عام 2010")]),
        S("وشغلت كازاخستان مقعداً غير دائم في مجلس الأمن الدولي في عامي 2017 و2018.",
          [("كازاخستان", "KAZ"), ("مجلس الأمن الدولي", "UNSC")],
          [F("KAZ", "member_of", "UNSC", {"since": "2017", "until": "2018",
                                          "role": "non_permanent"})]),
        S("وكازاخستان عضو مؤسس في الاتحاد الاقتصادي الأوراسي الذي بدأ عمله في يناير 2015.",
          [("وكازاخستان", "KAZ"), ("الاتحاد الاقتصادي الأوراسي", "EAEU")],
          [F("KAZ", "founder_of", "EAEU", {"date": "2015-01"}),
           F("KAZ", "member_of", "EAEU", {"since": "2015-01"})]),
        S("ولم تعترف كازاخستان باستقلال أبخازيا وأوسيتيا الجنوبية عام 2008.",
          [("كازاخستان", "KAZ"), ("أبخازيا", "ABKHAZIA"), ("أوسيتيا الجنوبية", "SOUTH_OSSETIA")],
          [F("KAZ", "recognized", "ABKHAZIA", {"polarity": "negative", "date": "2008"},
             modality="negated")],
          [E("KAZ", "REJECT", "ABKHAZIA", "2008", ev="لم تعترف كازاخستان باستقلال أبخازيا")]),
    ]),
    Doc("china", "كازاخستان والصين: شراكة استراتيجية شاملة دائمة", "2019-09", [
        S("وصل الرئيس الكازاخستاني قاسم جومارت توكاييف إلى بكين في زيارة دولة في سبتمبر 2019.",
          [("الكازاخستاني", "KAZ"), ("توكاييف", "PER:tokayev"), ("بكين", "CHN")],
          events=[E("KAZ", "CONSULT", "CHN", "2019-09", "visit", person="PER:tokayev",
                    ev="وصل الرئيس الكازاخستاني قاسم جومارت توكاييف إلى بكين في زيارة دولة")]),
        S("واتفق الجانبان على الارتقاء بالعلاقات إلى شراكة استراتيجية شاملة دائمة.",
          facts=[F("KAZ", "partner_of", "CHN",
                   {"level": "permanent_comprehensive_strategic", "since": "2019-09"})],
          events=[E("KAZ", "AGREE", "CHN", "2019-09")]),
        S("ووقع البلدان خلال الزيارة عدداً من اتفاقيات التعاون في مجالات التجارة والطاقة.",
          facts=[F("KAZ", "agreement_with", "CHN", {"date": "2019-09"})],
          events=[E("KAZ", "SUPPORT", "CHN", "2019-09",
                    ev="ووقع البلدان خلال الزيارة عدداً من اتفاقيات التعاون")]),
        S("ويبلغ طول الحدود المشتركة بين كازاخستان والصين نحو 1780 كيلومتراً.",
          [("كازاخستان", "KAZ"), ("والصين", "CHN")],
          [F("KAZ", "border_with", "CHN", {"length_km": 1780})]),
        S("وكازاخستان والصين عضوان مؤسسان في منظمة شنغهاي للتعاون.",
          [("وكازاخستان", "KAZ"), ("والصين", "CHN"), ("منظمة شنغهاي للتعاون", "SCO")],
          [F("KAZ", "member_of", "SCO", {}), F("CHN", "founder_of", "SCO", {})]),
        S("وكان الرئيس الصيني شي جين بينغ قد أعلن مبادرة الحزام الاقتصادي لطريق الحرير خلال"
          " زيارته إلى أستانا في سبتمبر 2013.",
          [("الصيني", "CHN"), ("شي جين بينغ", "PER:xi_jinping"), ("أستانا", "KAZ")],
          [F("CHN", "proposed", "INIT:bri", {"date": "2013-09"},
             "أعلن مبادرة الحزام الاقتصادي لطريق الحرير")],
          [E("CHN", "CONSULT", "KAZ", "2013-09", "visit", person="PER:xi_jinping",
             ev="زيارته إلى أستانا في سبتمبر 2013")]),
    ]),
    Doc("russia", "زيارة بوتين إلى أستانا", "2024-11", [
        S("أجرى الرئيس الروسي فلاديمير بوتين زيارة دولة إلى كازاخستان في نوفمبر 2024.",
          [("الروسي", "RUS"), ("بوتين", "PER:putin"), ("كازاخستان", "KAZ")],
          events=[E("RUS", "CONSULT", "KAZ", "2024-11", "visit", person="PER:putin")]),
        S("ووقع الرئيسان بياناً مشتركاً حول تعميق الشراكة الاستراتيجية الشاملة والتحالف.",
          facts=[F("KAZ", "partner_of", "RUS", {"level": "allied"},
                   "الشراكة الاستراتيجية الشاملة والتحالف")],
          events=[E("KAZ", "SUPPORT", "RUS", "2024-11",
                    ev="ووقع الرئيسان بياناً مشتركاً")]),
        S("وترتبط كازاخستان وروسيا بأطول حدود برية متصلة في العالم يبلغ طولها 7644 كيلومتراً.",
          [("كازاخستان", "KAZ"), ("وروسيا", "RUS")],
          [F("KAZ", "border_with", "RUS", {"length_km": 7644})]),
        S("وكانت كازاخستان وروسيا قد وقعتا معاهدة حسن الجوار والتحالف في القرن الحادي والعشرين"
          " عام 2013.",
          [("كازاخستان", "KAZ"), ("وروسيا", "RUS")],
          [F("KAZ", "agreement_with", "RUS",
             {"name": "Treaty on Good-Neighbourliness and Alliance", "date": "2013"})],
          [E("KAZ", "SUPPORT", "RUS", "2013", ev="وقعتا معاهدة حسن الجوار والتحالف")]),
        S("وتدرس أستانا وموسكو توسيع التعاون في مجال الطاقة النووية خلال العام المقبل.",
          [("أستانا", "KAZ"), ("وموسكو", "RUS")],
          events=[E("KAZ", "COOPERATE", "RUS", "2025", modality="planned",
                    context=("economic",))]),
    ]),
    Doc("usa", "توكاييف في نيويورك", "2023-09", [
        S("التقى الرئيس توكاييف بالرئيس الأمريكي جو بايدن في نيويورك في سبتمبر 2023 ضمن قمة"
          " آسيا الوسطى والولايات المتحدة.",
          [("توكاييف", "PER:tokayev"), ("الأمريكي", "USA")],
          events=[E("KAZ", "CONSULT", "USA", "2023-09", "multilateral", person="PER:tokayev",
                    ev="التقى الرئيس توكاييف بالرئيس الأمريكي جو بايدن")]),
        S("وأعلنت الولايات المتحدة وكازاخستان عام 2018 عن شراكة استراتيجية معززة.",
          [("الولايات المتحدة", "USA"), ("وكازاخستان", "KAZ")],
          [F("KAZ", "partner_of", "USA", {"level": "strategic", "since": "2018"})]),
        S("وتعد شركة شيفرون الأمريكية من أكبر المستثمرين في حقل تنغيز منذ عام 1993.",
          [("شيفرون", "ORG:chevron"), ("الأمريكية", "USA")],
          [F("ORG:chevron", "invested_in", "KAZ", {"sector": "oil", "date": "1993"})]),
        S("وقدمت كازاخستان مساعدات إنسانية إلى أفغانستان في أغسطس 2021.",
          [("كازاخستان", "KAZ"), ("أفغانستان", "AFG")],
          [F("KAZ", "aid_to", "AFG", {"kind": "humanitarian", "date": "2021-08"})],
          [E("KAZ", "AID", "AFG", "2021-08", context=("human_security",))]),
    ]),
    Doc("turkic", "كازاخستان وتركيا والعالم التركي", "2022-12", [
        S("وقع الرئيسان توكاييف وأردوغان في أنقرة في مايو 2022 إعلاناً بشأن الشراكة الاستراتيجية"
          " المعززة.",
          [("توكاييف", "PER:tokayev"), ("أنقرة", "TUR")],
          [F("KAZ", "partner_of", "TUR", {"level": "strategic", "since": "2022-05"},
             "إعلاناً بشأن الشراكة الاستراتيجية المعززة")],
          [E("KAZ", "CONSULT", "TUR", "2022-05", "visit", person="PER:tokayev",
             ev="توكاييف وأردوغان في أنقرة في مايو 2022"),
           E("KAZ", "SUPPORT", "TUR", "2022-05")]),
        S("وفي أكتوبر 2022 شارك الرئيس التركي في قمة مؤتمر التفاعل وتدابير بناء الثقة في آسيا"
          " في أستانا.",
          [("التركي", "TUR"), ("مؤتمر التفاعل وتدابير بناء الثقة في آسيا", "CICA"),
           ("أستانا", "KAZ")],
          events=[E("TUR", "CONSULT", "KAZ", "2022-10", "multilateral")]),
        S("وكانت كازاخستان قد اقترحت إنشاء مؤتمر التفاعل وتدابير بناء الثقة في آسيا عام 1992.",
          [("كازاخستان", "KAZ"), ("مؤتمر التفاعل وتدابير بناء الثقة في آسيا", "CICA")],
          [F("KAZ", "proposed", "CICA", {"date": "1992"})]),
        S("وكازاخستان عضو مؤسس في منظمة الدول التركية.",
          [("وكازاخستان", "KAZ"), ("منظمة الدول التركية", "OTS")],
          [F("KAZ", "founder_of", "OTS", {"date": "2009"}),
           F("KAZ", "member_of", "OTS", {})]),
        S("ووقعت كازاخستان وأوزبكستان في ديسمبر 2022 معاهدة بشأن علاقات التحالف.",
          [("كازاخستان", "KAZ"), ("وأوزبكستان", "UZB")],
          [F("KAZ", "agreement_with", "UZB", {"name": "Treaty on Allied Relations",
                                              "date": "2022-12"}),
           F("KAZ", "partner_of", "UZB", {"level": "allied", "since": "2022-12"})],
          [E("KAZ", "SUPPORT", "UZB", "2022-12"),
           E("KAZ", "CONSULT", "UZB", "2022-12", "visit")]),
    ]),
    Doc("astana", "أستانا منصة للحوار", "2018-01", [
        S("تستضيف كازاخستان منذ يناير 2017 محادثات أستانا بشأن التسوية في سوريا.",
          [("كازاخستان", "KAZ"), ("محادثات أستانا", "INIT:astana_process"), ("سوريا", "SYR")],
          [F("KAZ", "hosts", "INIT:astana_process", {"since": "2017-01"}),
           F("KAZ", "mediated", "SYR", {"date": "2017-01", "topic": "Syria settlement"})],
          [E("KAZ", "CONSULT", "SYR", "2017-01", "third-party")]),
        S("كما تستضيف العاصمة مؤتمر زعماء الأديان العالمية والتقليدية منذ عام 2003.",
          [("مؤتمر زعماء الأديان العالمية والتقليدية", "INIT:congress_world_religions")],
          [F("KAZ", "hosts", "INIT:congress_world_religions", {"since": "2003"})]),
        S("وافتتح في مدينة أوست كامينوغورسك عام 2017 بنك اليورانيوم منخفض التخصيب التابع"
          " للوكالة الدولية للطاقة الذرية.",
          [("بنك اليورانيوم منخفض التخصيب", "INIT:iaea_leu_bank")],
          [F("KAZ", "hosts", "INIT:iaea_leu_bank", {"since": "2017"})]),
        S("وتنتهج كازاخستان منذ استقلالها سياسة خارجية متعددة الاتجاهات.",
          [("كازاخستان", "KAZ")],
          [F("KAZ", "policy", "multi_vector", {"since": "1991"})]),
        S("وأغلقت كازاخستان موقع سيميبالاتينسك للتجارب النووية عام 1991 وتخلت عن ترسانتها"
          " النووية.",
          [("كازاخستان", "KAZ")],
          [F("KAZ", "policy", "non_proliferation", {"since": "1991"})]),
    ]),
    Doc("eu", "Kazakhstan and the European Union", "2023-10", [
        S("The Enhanced Partnership and Cooperation Agreement between Kazakhstan and the"
          " European Union entered into force on 1 March 2020.",
          [("Kazakhstan", "KAZ"), ("European Union", "EU")],
          [F("KAZ", "agreement_with", "EU", {"name": "EPCA", "date": "2020-03-01"})],
          [E("KAZ", "SUPPORT", "EU", "2020-03-01")]),
        S("The European Union is the largest foreign investor in Kazakhstan.",
          [("European Union", "EU"), ("Kazakhstan", "KAZ")],
          [F("EU", "invested_in", "KAZ", {})]),
        S("In October 2022 the President of the European Council, Charles Michel, visited"
          " Astana.",
          [("European Council", "EU"), ("Astana", "KAZ")],
          events=[E("EU", "CONSULT", "KAZ", "2022-10", "visit")]),
        S("In September 2023 President Tokayev visited Berlin and met Chancellor Olaf Scholz.",
          [("Tokayev", "PER:tokayev"), ("Berlin", "DEU")],
          events=[E("KAZ", "CONSULT", "DEU", "2023-09", "visit", person="PER:tokayev")]),
    ], lang="en"),
]


def _hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]


def _span(sentence_text: str, offset: int, needle: str | None) -> tuple[int, int]:
    if needle is None:
        return offset, offset + len(sentence_text.rstrip("."))
    pos = sentence_text.find(needle)
    if pos < 0:
        raise ValueError(f"fixture: {needle!r} not in {sentence_text!r}")
    return offset + pos, offset + pos + len(needle)


def build_fixture_db(path: Path) -> Path:
    """Create (or fill) the database at `path` with the fixture; returns the path."""
    conn = connect(path)
    try:
        with transaction(conn):
            conn.executemany("INSERT OR REPLACE INTO entities (id, kind, en, ar, qid)"
                             " VALUES (?,?,?,?,?)", ENTITIES)
            for doc in DOCS:
                _insert_doc(conn, doc)
            rebuild(conn)  # events written by SQL: group them into records as save would
    finally:
        conn.close()
    return path


def doc_ids() -> dict[str, str]:
    """{fixture key: document ID}."""
    return {doc.key: document_id(doc_text(doc)) for doc in DOCS}


def doc_text(doc: Doc) -> str:
    return " ".join(s.text for s in doc.sentences)


def _insert_doc(conn: sqlite3.Connection, doc: Doc) -> None:
    text = doc_text(doc)
    did = document_id(text)
    conn.execute(
        "INSERT INTO documents (id, text, title, url, path, source, lang, published,"
        " ingested_at, n_chars, extracted_at, extractor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (did, text, doc.title, f"https://example.org/{doc.key}", f"fixture/{doc.key}.txt",
         "fixture", doc.lang, doc.published, datetime.now(UTC).isoformat(timespec="seconds"),
         len(text), datetime.now(UTC).isoformat(timespec="seconds"), "fixture"))
    offset = 0
    for idx, sentence in enumerate(doc.sentences):
        end = offset + len(sentence.text)
        conn.execute("INSERT INTO sentences (doc_id, idx, start, end) VALUES (?,?,?,?)",
                     (did, idx, offset, end))
        _insert_mentions(conn, did, idx, offset, sentence)
        for fact in sentence.facts:
            _insert_fact(conn, did, idx, offset, sentence.text, fact)
        for n, event in enumerate(sentence.events):
            _insert_event(conn, did, idx, offset, sentence.text, event, n)
        offset = end + 1
    index_document_sentences(conn, did)


def _insert_mentions(conn: sqlite3.Connection, did: str, idx: int, offset: int,
                     sentence: S) -> None:
    for surface, entity in sentence.mentions:
        start, end = _span(sentence.text, offset, surface)
        conn.execute("INSERT OR IGNORE INTO mentions (doc_id, sentence, start, end, surface,"
                     " entity_id, resolution) VALUES (?,?,?,?,?,?,?)",
                     (did, idx, start, end, surface, entity, "name"))


def _insert_fact(conn: sqlite3.Connection, did: str, idx: int, offset: int, text: str,
                 fact: F) -> None:
    fid = "F" + _hash(fact.subject, fact.predicate, fact.object, fact.modality)
    conn.execute("INSERT OR IGNORE INTO facts (id, subject, predicate, object, modality)"
                 " VALUES (?,?,?,?,?)",
                 (fid, fact.subject, fact.predicate, fact.object, fact.modality))
    start, end = _span(text, offset, fact.ev)
    conn.execute("INSERT INTO fact_mentions (fact_id, doc_id, attrs, confidence, evidence)"
                 " VALUES (?,?,?,?,?)",
                 (fid, did, json.dumps(fact.attrs, ensure_ascii=False), 0.9,
                  json.dumps([{"sentence": idx, "start": start, "end": end}])))


def _insert_event(conn: sqlite3.Connection, did: str, idx: int, offset: int, text: str,
                  event: E, n: int) -> None:
    start, end = _span(text, offset, event.ev)
    intensity = MODE_INTENSITY.get(event.mode or "", INTENSITY[event.event_type])
    conn.execute(
        "INSERT INTO events (id, doc_id, source, source_person, event_type, mode, context,"
        " target, date, intensity, quad, modality, confidence, evidence)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        ("E" + _hash(did, str(idx), str(n)), did, event.source, event.person,
         event.event_type, event.mode, json.dumps(list(event.context)), event.target,
         event.date, intensity, QUAD[event.event_type], event.modality, 0.9,
         json.dumps([{"sentence": idx, "start": start, "end": end}])))


def fixture_db(tmp_path_factory) -> Path:
    """Build the fixture database once in a pytest temp folder."""
    return build_fixture_db(tmp_path_factory.mktemp("fixture") / "fixture.db")


def get(client, url: str, status: int = 200, **params) -> dict:
    """GET `url` from a TestClient, check the status, return the JSON body."""
    response = client.get(url, params=params)
    assert response.status_code == status, response.text
    return response.json()
