"""Analysis over the fixture database: profile, vectors, balance, dyads, network, search."""

from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomap import analysis as an
from diplomap.analysis.balance import hhi, normalised_entropy
from diplomap.store import connect, transaction
from diplomap.store.search import index_document_sentences, reindex_all, search_sentences

from api_fixtures import build_fixture_db, doc_ids

# The Kazakhstan-centred grouping of lexicon/data/vectors.yaml, given explicitly (as with
# --vectors): the default vectors are relative to each focal state (test_vectors_focal.py).
KAZ_EXAMPLE = an.load_vectors(an.vectors.DEFAULT_VECTORS)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("analysis") / "a.db")


@pytest.fixture
def conn(db: Path):
    c = connect(db, readonly=True)
    yield c
    c.close()


def _doc_text(conn, doc_id: str) -> str:
    return conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]


def _items(profile: dict, section: str) -> dict[str, dict]:
    return {f["counterpart"]: f for f in profile["sections"][section]}


# --- vectors -------------------------------------------------------------------------------

def test_default_vectors_first_match_wins() -> None:
    grouping = an.load_vectors()
    assert grouping.ids[:4] == ["russia", "china", "usa", "eu"]
    assert grouping.ids[-1] == "other"
    assert grouping.vector_of("RUS") == "russia"
    assert grouping.vector_of("DEU") == "eu"
    assert grouping.vector_of("EU") == "eu"
    # UZB and KGZ are listed under both turkic and central_asia: turkic comes first.
    assert grouping.vector_of("UZB") == "turkic"
    assert grouping.vector_of("TJK") == "central_asia"
    assert grouping.vector_of("IRN") == "islamic"
    assert grouping.vector_of("JPN") == "other"


def test_user_vectors_file(tmp_path: Path) -> None:
    path = tmp_path / "v.yaml"
    path.write_text("vectors:\n  - id: north\n    name: {en: North, ar: الشمال}\n"
                    "    members: [RUS]\n  - id: east\n    name: East\n    members: [CHN]\n",
                    encoding="utf-8")
    grouping = an.load_vectors(path)
    assert grouping.ids == ["north", "east", "other"]
    assert grouping.vectors[1].ar == "East"
    assert grouping.vector_of("USA") == "other"


@pytest.mark.parametrize("text, message", [
    ("vectors: 3", "list `vectors`"),
    ("vectors:\n  - name: x\n", "string `id`"),
    ("vectors:\n  - id: a\n  - id: a\n", "used twice"),
    ("vectors:\n  - id: a\n    members: RUS\n", "list of entity IDs"),
    ("vectors: [", "not valid YAML"),
])
def test_bad_vectors_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(an.VectorsError, match=message):
        an.load_vectors(path)


def test_missing_vectors_file(tmp_path: Path) -> None:
    with pytest.raises(an.VectorsError, match="cannot read"):
        an.load_vectors(tmp_path / "absent.yaml")


# --- profile -------------------------------------------------------------------------------

def test_profile_memberships_with_dates_and_evidence(conn) -> None:
    profile = an.country_profile(conn, "KAZ")
    members = _items(profile, "memberships")
    assert {"UN", "OSCE", "SCO", "OIC", "EAEU", "UNSC", "OTS"} <= set(members)
    assert members["UN"]["attrs"]["since"] == "1992-03"
    assert members["UNSC"]["attrs"]["role"] == "non_permanent"
    ev = members["UN"]["evidence"][0]
    assert ev["text"] == "انضمت كازاخستان إلى الأمم المتحدة في مارس 1992"
    assert ev["sentence_text"] == "انضمت كازاخستان إلى الأمم المتحدة في مارس 1992."
    # SCO membership is stated in two documents; the date comes from the one that has it.
    assert members["SCO"]["n_documents"] == 2
    assert members["SCO"]["attrs"]["since"] == "2001"


def test_profile_sections(conn) -> None:
    profile = an.country_profile(conn, "KAZ")
    assert _items(profile, "partnerships")["CHN"]["attrs"]["level"] == (
        "permanent_comprehensive_strategic")
    assert _items(profile, "partnerships")["RUS"]["attrs"]["level"] == "allied"
    assert _items(profile, "borders")["RUS"]["attrs"]["length_km"] == 7644
    assert set(_items(profile, "agreements")) == {"RUS", "CHN", "EU", "UZB"}
    assert set(_items(profile, "investments_in")) == {"ORG:chevron", "EU"}
    assert _items(profile, "aid_out")["AFG"]["attrs"]["kind"] == "humanitarian"
    assert set(_items(profile, "hosting")) == {"INIT:astana_process",
                                               "INIT:congress_world_religions",
                                               "INIT:iaea_leu_bank"}
    assert set(_items(profile, "mediation")) == {"SYR"}
    assert set(_items(profile, "policy")) == {"multi_vector", "non_proliferation"}
    assert set(_items(profile, "chairs")) == {"OSCE"}
    # memberships are sorted by date
    dates = [f["attrs"].get("since", "9999") for f in profile["sections"]["memberships"]]
    assert dates == sorted(dates)


def test_profile_negated_facts_only_on_request(conn) -> None:
    assert an.country_profile(conn, "KAZ")["sections"]["recognitions"] == []
    negated = an.country_profile(conn, "KAZ", modalities=("negated",))
    recognitions = negated["sections"]["recognitions"]
    assert [f["counterpart"] for f in recognitions] == ["ABKHAZIA"]
    assert recognitions[0]["attrs"]["polarity"] == "negative"


def test_every_evidence_reads_back_from_the_original_text(conn) -> None:
    profile = an.country_profile(conn, "KAZ", evidence_limit=5)
    refs = [r for items in profile["sections"].values() for f in items for r in f["evidence"]]
    assert len(refs) >= 30
    for ref in refs:
        text = _doc_text(conn, ref["doc_id"])
        assert text[ref["start"]:ref["end"]] == ref["text"]
        assert text[ref["sentence_start"]:ref["sentence_end"]] == ref["sentence_text"]
        assert ref["sentence_start"] <= ref["start"] <= ref["end"] <= ref["sentence_end"]


def test_profile_partners_by_vector_and_events(conn) -> None:
    profile = an.country_profile(conn, "KAZ", vectors=KAZ_EXAMPLE)
    groups = {g["vector"]: g for g in profile["partners_by_vector"]}
    assert [p["id"] for p in groups["china"]["partners"]] == ["CHN"]
    assert groups["china"]["n_events"] == 4
    assert {p["id"] for p in groups["turkic"]["partners"]} == {"TUR", "UZB", "OTS"}
    assert {p["id"] for p in groups["eu"]["partners"]} == {"EU", "DEU"}
    # persons, initiatives and companies are no partners
    ids = {p["id"] for g in groups.values() for p in g["partners"]}
    assert not {i for i in ids if ":" in i}
    assert profile["events"]["total"] == 19  # the planned event is left out
    assert profile["events"]["by_quad"] == {"MC": 1, "VC": 17, "VK": 1}
    assert profile["names"]["KAZ"]["ar"] == "كازاخستان"


def test_profile_of_an_organisation_lists_members(conn) -> None:
    profile = an.country_profile(conn, "SCO")
    assert {f["counterpart"] for f in profile["sections"]["members"]} == {"KAZ"}


# --- balance -------------------------------------------------------------------------------

def test_balance_by_year(conn) -> None:
    data = an.balance(conn, "KAZ", "year", KAZ_EXAMPLE)
    assert data["k"] == 8
    periods = {p["period"]: p for p in data["periods"]}
    assert list(periods) == ["2013", "2017", "2019", "2020", "2021", "2022", "2023", "2024"]
    y2013 = periods["2013"]
    assert y2013["counts"]["russia"] == 1 and y2013["counts"]["china"] == 1
    assert y2013["shares"]["russia"] == 0.5
    assert y2013["entropy"] == pytest.approx(math.log(2) / math.log(8), abs=1e-6)
    assert y2013["hhi"] == 0.5
    y2022 = periods["2022"]
    assert y2022["counts"]["turkic"] == 5 and y2022["counts"]["eu"] == 1
    assert y2022["hhi"] == pytest.approx((5 / 6) ** 2 + (1 / 6) ** 2, abs=1e-6)
    assert periods["2019"]["entropy"] == 0.0 and periods["2019"]["hhi"] == 1.0
    # the REJECT (VK) of 2008 and the planned COOPERATE of 2025 are not cooperation
    assert "2008" not in periods and "2025" not in periods
    assert data["overall"]["total"] == 18


@pytest.mark.parametrize("count, table", [("records", "event_records"), ("mentions", "events")])
def test_balance_event_ids_are_the_events_behind_the_share(conn, count, table) -> None:
    data = an.balance(conn, "KAZ", "year", KAZ_EXAMPLE, ids_limit=None, count=count)
    grouping = an.load_vectors()
    for period in data["periods"]:
        assert period["ids_complete"]
        for vector, ids in period["event_ids"].items():
            assert len(ids) == period["counts"][vector]
            for event_id in ids:
                row = conn.execute(f"SELECT source, target, date, quad FROM {table} WHERE id = ?",
                                   (event_id,)).fetchone()
                partner = row[1] if row[0] == "KAZ" else row[0]
                assert "KAZ" in (row[0], row[1])
                assert grouping.vector_of(partner) == vector
                assert row[2].startswith(period["period"]) and row[3] in ("VC", "MC")


def test_balance_by_month_agrees_with_by_year(conn) -> None:
    by_year = an.balance(conn, "KAZ", "year")
    by_month = an.balance(conn, "KAZ", "month")
    totals: dict[str, int] = {}
    for p in by_month["periods"]:
        totals[p["period"][:4]] = totals.get(p["period"][:4], 0) + p["total"]
    # one event (2013, year only) has no month
    assert by_month["undated"] == 1
    year_totals = {p["period"]: p["total"] for p in by_year["periods"]}
    year_totals["2013"] -= 1
    assert totals == year_totals


def test_balance_with_user_vectors_and_range(conn, tmp_path: Path) -> None:
    path = tmp_path / "v.yaml"
    path.write_text("vectors:\n  - {id: big_two, members: [RUS, CHN]}\n", encoding="utf-8")
    data = an.balance(conn, "KAZ", "year", an.load_vectors(path), since="2019", until="2022")
    assert data["k"] == 2
    assert [p["period"] for p in data["periods"]] == ["2019", "2020", "2021", "2022"]
    assert data["periods"][0]["shares"] == {"big_two": 1.0, "other": 0.0}


def test_balance_rejects_unknown_period(conn) -> None:
    with pytest.raises(ValueError, match="by must be"):
        an.balance(conn, "KAZ", "decade")


@given(st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=12))
def test_entropy_and_hhi_bounds(counts: list[int]) -> None:
    total = sum(counts)
    if total == 0:
        return
    shares = [c / total for c in counts]
    k = len(counts)
    entropy, concentration = normalised_entropy(shares, k), hhi(shares)
    assert -1e-9 <= entropy <= 1 + 1e-6
    assert 1 / k - 1e-6 <= concentration <= 1 + 1e-6
    if len(set(counts)) == 1 and k > 1:
        assert entropy == pytest.approx(1.0)


# --- dyads and network ---------------------------------------------------------------------

def test_dyad_series(conn) -> None:
    data = an.dyad_series(conn, "KAZ", "RUS", "year")
    assert [(p["period"], p["n"]) for p in data["series"]] == [("2013", 1), ("2024", 2)]
    y2024 = data["series"][1]
    assert y2024["by_type"] == {"CONSULT": 1, "SUPPORT": 1}
    assert y2024["mean_intensity"] == pytest.approx((4 + 5) / 2)
    assert (y2024["a_to_b"], y2024["b_to_a"]) == (1, 1)
    monthly = an.dyad_series(conn, "KAZ", "RUS", "month")
    assert [p["period"] for p in monthly["series"]] == ["2024-11"]
    assert monthly["undated"] == 1
    with pytest.raises(ValueError):
        an.dyad_series(conn, "KAZ", "KAZ")


def test_network_nodes_edges_and_exports(conn) -> None:
    graph = an.network(conn, vectors=KAZ_EXAMPLE)
    assert {"KAZ", "RUS", "CHN", "SCO", "EU", "UN"} <= set(graph.nodes)
    assert not [n for n in graph.nodes if ":" in n]
    edge = graph.edges["KAZ", "CHN"]
    assert edge["n_events"] == 4
    assert set(edge["predicates"]) == {"partner_of", "agreement_with", "border_with"}
    assert graph.nodes["SCO"]["kind"] == "organization"
    assert graph.nodes["TUR"]["vector"] == "turkic"
    data = an.network_json(graph)
    # seeded layout: same picture
    assert data == an.network_json(an.network(conn, vectors=KAZ_EXAMPLE))
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert {"source", "target", "weight"} <= set(data["links"][0])
    parsed = nx.parse_graphml(an.network_graphml(graph))
    assert set(parsed.nodes) == set(graph.nodes)
    assert parsed.edges["KAZ", "CHN"]["predicates"] == "agreement_with,border_with,partner_of"


def test_network_center_and_limit(conn) -> None:
    ego = an.network(conn, center="CHN")
    assert set(ego.nodes) == {"CHN", "KAZ", "SCO"}
    assert an.network(conn, center="NOWHERE").number_of_nodes() == 0
    small = an.network(conn, max_nodes=3)
    assert small.number_of_nodes() == 3 and "KAZ" in small


# --- the event summary stays right through writes --------------------------------------------

def test_event_summary_follows_deletes_and_updates(tmp_path: Path) -> None:
    db = build_fixture_db(tmp_path / "w.db")
    conn = connect(db)
    before = an.balance(conn, "KAZ", count="mentions")["overall"]["counts"]
    with transaction(conn):
        conn.execute("DELETE FROM documents WHERE id = ?", (doc_ids()["china"],))
    after = an.balance(conn, "KAZ", count="mentions")["overall"]["counts"]
    assert before["china"] == 4 and after["china"] == 0
    assert an.balance(conn, "KAZ")["overall"]["counts"]["china"] == 0  # records follow
    with transaction(conn):
        conn.execute("UPDATE events SET target = 'USA' WHERE target = 'TUR'")
    moved = an.balance(conn, "KAZ", count="mentions")["overall"]["counts"]
    assert moved["usa"] == after["usa"] + 2
    summary = conn.execute("SELECT sum(n) FROM event_summary").fetchone()[0]
    assert summary == conn.execute("SELECT count(*) FROM events").fetchone()[0]
    conn.close()


# --- full-text search ----------------------------------------------------------------------

@pytest.mark.parametrize("query, expected", [
    ("لكازاخستان", "كازاخستان"),            # proclitic on the query
    ("اوزبكستان", "أوزبكستان"),             # hamza seat
    ("شنغهاي للتعاون", "منظمة شنغهاي للتعاون"),
    ("الإنسانية", "مساعدات إنسانية"),        # article and hamza: same stem
    ("Michel", "Charles Michel"),
])
def test_search_is_normalised_on_both_sides(conn, query: str, expected: str) -> None:
    result = search_sentences(conn, query)
    assert result["total"] >= 1
    assert all(expected in item["text"] or expected.casefold() in item["text"].casefold()
               for item in result["items"][:1])
    item = result["items"][0]
    assert _doc_text(conn, item["doc_id"])[item["start"]:item["end"]] == item["text"]


def test_search_odd_queries_do_not_fail(conn) -> None:
    for query in ['"', "AND OR NOT", "*", "؟؟", "كازاخستان NEAR(", "-", "\u0640\u064b"]:
        result = search_sentences(conn, query)
        assert result["total"] >= 0


def test_index_document_sentences_is_idempotent(tmp_path: Path) -> None:
    db = build_fixture_db(tmp_path / "s.db")
    conn = connect(db)
    did = doc_ids()["orgs"]
    n = conn.execute("SELECT count(*) FROM sentence_fts").fetchone()[0]
    with transaction(conn):
        assert index_document_sentences(conn, did) == 8
    assert conn.execute("SELECT count(*) FROM sentence_fts").fetchone()[0] == n
    with transaction(conn):
        assert reindex_all(conn) == n
    conn.close()


# --- CLI -----------------------------------------------------------------------------------

def test_cli_profile_balance_network(run, db_path: Path, tmp_path: Path) -> None:
    build_fixture_db(db_path)
    result = run("profile", "KAZ", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["sections"]["memberships"]
    table = run("profile", "KAZ")
    assert "memberships" in table.output and "UN" in table.output
    result = run("balance", "KAZ", "--by", "year", "--json")
    data = json.loads(result.output)
    assert data["periods"][0]["period"] == "2013"
    assert "entropy" in run("balance", "KAZ").output
    vectors = tmp_path / "v.yaml"
    vectors.write_text("vectors:\n  - {id: big_two, members: [RUS, CHN]}\n", encoding="utf-8")
    data = json.loads(run("balance", "KAZ", "--vectors", vectors, "--json").output)
    assert data["k"] == 2
    bad = run("balance", "KAZ", "--vectors", tmp_path / "absent.yaml")
    assert bad.exit_code == 2 and "cannot read" in bad.output
    out = tmp_path / "net.json"
    assert run("network", "--format", "json", "--output", out).exit_code == 0
    assert {n["id"] for n in json.loads(out.read_text(encoding="utf-8"))["nodes"]} >= {"KAZ"}
    graphml = run("network")
    assert graphml.output.startswith("<graphml")
    assert "2024" in run("dyad", "KAZ", "RUS", "--by", "year").output


def test_balance_summary_samples_match_the_events(conn) -> None:
    exact = an.balance(conn, "KAZ", "year", KAZ_EXAMPLE, ids_limit=None)
    sampled = an.balance(conn, "KAZ", "year", KAZ_EXAMPLE, ids_limit=20)
    assert [p["counts"] for p in sampled["periods"]] == [p["counts"] for p in exact["periods"]]
    for fast, slow in zip(sampled["periods"], exact["periods"], strict=True):
        assert fast["ids_complete"]
        assert {v: set(i) for v, i in fast["event_ids"].items()} == {
            v: set(i) for v, i in slow["event_ids"].items()}
    capped = an.balance(conn, "KAZ", "year", KAZ_EXAMPLE, ids_limit=1)
    y2022 = next(p for p in capped["periods"] if p["period"] == "2022")
    assert len(y2022["event_ids"]["turkic"]) == 1 and not y2022["ids_complete"]
