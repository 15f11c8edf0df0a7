"""The ontology (src/diplomap/ontology.yaml): it loads, it agrees with the contract, the
frames and the gold, every part of the program reads it, and a type added to a copy of it
reaches the CLI, the API and the scorer without touching code."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from fastapi.testclient import TestClient

from diplomap import ontology as onto_module
from diplomap.eval.scoring import score
from diplomap.extract.model import Fact
from diplomap.extract.plover import codable, sector, to_plover
from diplomap.lexicon import LexiconError, load_lexicon
from diplomap.ontology import ENV_VAR, OntologyError, load_ontology, ontology
from diplomap.store.extractions import fact_id
from diplomap.web.app import create_app

from api_fixtures import build_fixture_db
from conftest import GOLD, REPO, SAMPLE, SHARED

PACKAGE = REPO / "src" / "diplomap"
CONTRACT = SHARED / "spec" / "ONTOLOGY.md"


@pytest.fixture(autouse=True)
def default_ontology(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(ENV_VAR, raising=False)
    onto_module.clear_cache()
    yield
    onto_module.clear_cache()


def _data() -> dict:
    return yaml.safe_load(onto_module.DEFAULT_PATH.read_text(encoding="utf-8"))


def _write(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# --- loading ---------------------------------------------------------------------------
def test_loads_the_packaged_file_once() -> None:
    onto = ontology()
    assert onto is ontology()
    assert len(onto.predicates) == 13 and len(onto.event_types) == 16
    assert onto.symmetric == {"partner_of", "agreement_with", "border_with"}
    assert onto.start_keys == ("since", "date")
    assert onto.cooperative_quads == ("VC", "MC")
    assert onto.predicates_starting_with("since") == {"member_of", "partner_of", "hosts",
                                                      "policy"}


def test_intensity_per_type_and_mode() -> None:
    onto = ontology()
    assert onto.intensity("CONSULT", "visit") == (4.0, "VC")
    assert onto.intensity("CONSULT", None) == (2.5, "VC")
    assert onto.intensity("RETREAT", "release") == (6.5, "MC")  # a mode without its own score
    assert onto.intensity("ASSAULT", "unconventional") == (-10.0, "MK")
    assert {t for t, spec in onto.event_types.items() if spec.needs_target} == {
        "COOPERATE", "AID", "SANCTION"}


def test_entity_kinds_have_one_spelling() -> None:
    onto = ontology()
    assert onto.canonical_kind("organisation") == "organization"
    assert onto.canonical_kind("city") == "place"
    assert onto.canonical_kind("state") == "state"
    assert onto.kinds("state") == {"state", "territory"}
    assert onto.kinds("body") == {"organization", "institution", "company", "armed_group"}
    assert onto.slot("company") == {"company", "institution"}
    assert onto.slot("organisation") == {"organization"}  # a kind alone stands for itself
    assert "organisation" not in onto.entity_kinds
    assert sector("organisation") == "IGO" and sector("person") == "UNK"


def test_profile_sections_keep_their_order() -> None:
    sections = ontology().profile_sections
    assert list(sections)[:3] == ["memberships", "founded", "chairs"]
    assert list(sections)[-1] == "members"
    assert (sections["members"].predicate, sections["members"].direction) == ("member_of", "in")


def test_every_entry_has_english_and_arabic_labels() -> None:
    data = ontology().as_dict()
    arabic = re.compile(r"[\u0600-\u06ff]")
    tables = [data[k] for k in ("quads", "modalities", "contexts", "modes", "event_types",
                                "principles", "predicates", "profile_sections",
                                "entity_kinds", "attributes")]
    tables += [a["values"] for a in data["attributes"].values()]
    for table in tables:
        for name, entry in table.items():
            assert entry["label"]["en"], name
            assert arabic.search(entry["label"]["ar"]), name


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["event_types"]["AGREE"].update(quad="XX"), "event_types.AGREE: `quad`"),
    (lambda d: d["event_types"]["CONSULT"]["modes"].update(sailing=1), "unknown sailing"),
    (lambda d: d["event_types"]["AID"].update(intensity=12), "between -10 and 10"),
    (lambda d: d["predicates"]["hosts"].update(start="until"), "`start` (until)"),
    (lambda d: d["predicates"]["hosts"].update(subject=["planet"]), "unknown planet"),
    (lambda d: d["profile_sections"]["hosting"].update(direction="both"), "symmetric"),
    (lambda d: d["profile_sections"]["hosting"].update(predicate="likes"), "unknown predicate"),
    (lambda d: d["entity_kinds"]["place"]["aliases"].append("org"), "org already names"),
    (lambda d: d["modalities"]["actual"].pop("ar"), "`en` and `ar`"),
])
def test_a_malformed_file_names_the_entry(tmp_path: Path, change, message: str) -> None:
    data = _data()
    change(data)
    path = _write(tmp_path / "bad.yaml", data)
    with pytest.raises(OntologyError, match=re.escape(message)) as err:
        load_ontology(str(path))
    assert str(path) in str(err.value)


# --- the contract, the frames, the gold and the lexicon use only what it defines ------------
def _contract_rows(text: str, section: str) -> list[list[str]]:
    body = text.split(section, 1)[1].split("\n## ", 1)[0]
    return [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in body.splitlines() if line.startswith("| `")]


def test_agrees_with_the_contract() -> None:
    if not CONTRACT.exists():
        pytest.skip(f"{CONTRACT} is absent")
    text = CONTRACT.read_text(encoding="utf-8")
    onto = ontology()
    facts = _contract_rows(text, "## 2. Facts")
    assert [row[0].strip("`") for row in facts] == list(onto.predicates)
    assert {row[0].strip("`") for row in facts if row[2] == "yes"} == onto.symmetric
    events = _contract_rows(text, "## 3. Events")
    assert [row[0].strip("`") for row in events] == list(onto.event_types)
    for row in events:
        spec = onto.event_types[row[0].strip("`")]
        assert spec.quad == row[1]
        assert list(spec.modes) == re.findall(r"`([^`]+)`", row[3]), spec.code
    contexts = text.split("PLOVER's list):", 1)[1].split(".\n", 1)[0]
    assert [c.strip() for c in contexts.split(",")] == list(onto.contexts)
    principles = text.split("Policy principles (literal objects of `policy`):", 1)[1]
    assert re.findall(r"`([a-z_]+)`", principles.split(".\n", 1)[0]) == list(onto.principles)


def _frame_files() -> list[Path]:
    found = sorted(PACKAGE.glob("**/frames*.yaml"))
    assert found, "no frames file under src/diplomap"
    return found


def _kinds(slots) -> set[str]:
    return {kind for slot in slots for kind in ontology().slot(slot)}


@pytest.mark.parametrize("path", _frame_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_frames_use_only_the_ontology(path: Path) -> None:
    onto = ontology()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    slots = {*onto.slot_kinds, *onto.entity_kinds}
    for frame in data["frames"]:
        where = f"{path.name}: frame {frame['id']}"
        kinds = set(frame.get("subject", ["state"])) | set(frame.get("object", ["state"]))
        assert kinds <= slots, where
        if frame.get("fact"):  # the frame's slots take no kind its predicate does not
            predicate = onto.predicates[frame["fact"]]
            # with `object_is_subject` the verb's object is the fact's subject
            roles = ("object", "subject") if frame.get("object_is_subject") else (
                "subject", "object")
            for slot, allowed in zip(roles, (predicate.subject, predicate.object), strict=True):
                assert _kinds(frame.get(slot, ["state"])) <= _kinds(allowed), f"{where} {slot}"
        # every event a frame may read: `event`, `negated_event` and each variant
        # (`hostile_event`, `eased_event`, `casualty_event`, ...)
        for event in (value for key, value in frame.items() if key.endswith("event")):
            if event:
                assert event["type"] in onto.event_types, where
                assert event.get("mode") in (None, *onto.event_types[event["type"]].modes), where
                assert set(event.get("context", [])) <= set(onto.contexts), where
    attributes = onto.attributes
    assert set(data["policy"]) <= set(onto.principles)
    assert set(data["partner_levels"]) <= set(attributes["level"].values)
    assert set(data["aid_kinds"]) <= set(attributes["kind"].values)
    assert set(data.get("sectors", {})) <= set(attributes["sector"].values)
    assert set(data["modality"]) <= set(onto.modalities)
    assert set(data.get("contexts", {})) <= set(onto.contexts)


def _gold_files() -> list[Path]:
    return [SAMPLE / "gold.jsonl", GOLD / "seeds.jsonl"]


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_uses_only_the_ontology(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is absent")
    onto = ontology()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        where = f"{path.name}:{number}"
        if item["kind"] == "fact":
            predicate = onto.predicates[item["predicate"]]
            assert set(item.get("attrs") or {}) <= {*onto.attributes, "modality"}, where
            if item["predicate"] == "policy":
                assert item["object"] in onto.principles, where
            assert predicate.name, where
        else:
            spec = onto.event_types[item["event_type"]]
            assert item.get("mode") in (None, *spec.modes), where
            assert set(item.get("context") or []) <= set(onto.contexts), where
        assert item.get("modality", "actual") in onto.modalities, where


def test_lexicon_kinds_are_canonical_and_aliases_are_read_as_their_kind(tmp_path: Path) -> None:
    lexicon = load_lexicon(())
    assert {e.kind for e in lexicon.entities.values()} <= set(ontology().entity_kinds)
    sample = (SAMPLE / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["kind"] for line in sample if line} <= set(ontology().entity_kinds)
    path = tmp_path / "extra.yaml"
    path.write_text("- {id: ORG:club, kind: organisation, en: Club}\n"
                    "- {id: LOC:town, kind: city, en: Town}\n", encoding="utf-8")
    lexicon = load_lexicon([path])
    assert lexicon.entity("ORG:club").kind == "organization"
    assert lexicon.entity("LOC:town").kind == "place"
    path.write_text("- {id: X, kind: planet, en: X}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown kind 'planet'"):
        load_lexicon([path])


def test_an_event_that_needs_a_target_is_not_coded_without_one() -> None:
    assert codable("AID", "KAZ", "AFG")
    assert not codable("AID", "KAZ", None)
    assert not codable("SANCTION", "USA", "")
    assert codable("CONSULT", "KAZ", None)  # a type that does not need one
    assert not codable("CONSULT", None, "KAZ")
    assert not codable("NO_SUCH_TYPE", "KAZ", "CHN")


def test_plover_record_reads_quad_codes_and_sectors() -> None:
    row = {"id": "e1", "date": "2024", "cite": {"publication": None}, "source": "KAZ",
           "source_person": None, "target": "SCO", "target_person": None,
           "event_type": "CONSULT", "mode": "visit", "context": [], "quad": "VK",
           "intensity": 4.0, "modality": "actual", "doc": "d", "evidence": []}
    lexicon = load_lexicon(())
    record = to_plover(row, lexicon)
    assert record["quad_code"] == 3
    assert [a["sector"] for a in record["actor"] + record["recipient"]] == ["GOV", "IGO"]


# --- one spelling and no list of its own in the dashboard -------------------------------------
@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = build_fixture_db(tmp_path_factory.mktemp("onto") / "onto.db")
    with TestClient(create_app(db)) as test_client:
        yield test_client


def test_api_serves_the_ontology(client: TestClient) -> None:
    response = client.get("/api/ontology")
    assert response.status_code == 200
    assert response.json() == json.loads(json.dumps(ontology().as_dict()))
    assert response.json()["event_types"]["CONSULT"]["label"]["ar"] == "تشاور"


def test_entities_and_network_spell_kinds_alike(client: TestClient) -> None:
    nodes = {n["id"]: n["kind"] for n in client.get("/api/network").json()["nodes"]}
    assert set(nodes.values()) <= {"state", "organization"}
    assert client.get("/api/entities/SCO").json()["kind"] == nodes["SCO"] == "organization"
    alias = client.get("/api/entities", params={"kind": "organisation"}).json()
    assert alias["total"] == client.get("/api/entities", params={"kind": "organization"}
                                        ).json()["total"] > 0
    assert client.get("/api/entities", params={"kind": "planet"}).status_code == 422


def test_dashboard_javascript_holds_no_ontology_list() -> None:
    onto = ontology()
    names = [*onto.event_types, *onto.quads, "organisation"]
    for path in sorted((PACKAGE / "web" / "static" / "js").glob("*.js")):
        text = path.read_text(encoding="utf-8")
        found = [n for n in names if re.search(rf"[\"'`]{re.escape(n)}[\"'`]", text)]
        assert not found, f"{path.name} lists {found}: read them from /api/ontology"


# --- the extension test: a new type in a copy of the YAML, no code touched --------------------
@pytest.fixture
def extended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = _data()
    data["modes"]["ultimatum"] = {"en": "ultimatum", "ar": "إنذار"}
    data["event_types"]["DEMAND"] = {"quad": "VK", "intensity": -1, "modes": {"ultimatum": -2},
                                     "label": {"en": "demand", "ar": "مطالبة"}}
    data["predicates"]["neighbour_of"] = {
        "symmetric": True, "subject": ["state"], "object": ["state"], "attributes": ["since"],
        "start": "since", "label": {"en": "neighbour of", "ar": "جار"}}
    data["profile_sections"]["neighbours"] = {
        "predicate": "neighbour_of", "direction": "both",
        "label": {"en": "Neighbours", "ar": "الجيران"}}
    path = _write(tmp_path / "ontology.yaml", data)
    monkeypatch.setenv(ENV_VAR, str(path))
    return path


def _gold_and_predicted() -> tuple[list[dict], list[dict]]:
    gold = [{"doc": "d", "kind": "event", "source": "KAZ", "event_type": "DEMAND",
             "mode": "ultimatum", "target": "RUS"},
            {"doc": "d", "kind": "fact", "subject": "KAZ", "predicate": "neighbour_of",
             "object": "KGZ", "attrs": {"since": "1991"}}]
    predicted = [dict(gold[0]),
                 {"doc": "d", "kind": "fact", "subject": "KGZ", "predicate": "neighbour_of",
                  "object": "KAZ", "attrs": {"since": "1991"}}]
    return gold, predicted


def test_the_scorer_matches_a_new_symmetric_predicate_only_once_it_is_defined() -> None:
    report = score(*_gold_and_predicted())
    assert report.by_label["neighbour_of"].fp == 1  # without it: the swapped pair is wrong


def test_a_new_type_reaches_cli_api_scorer_and_store(extended: Path, tmp_path: Path) -> None:
    from diplomap.analysis import country_profile
    from diplomap.cli import cli

    assert ontology().source == str(extended)
    assert ontology().intensity("DEMAND", "ultimatum") == (-2.0, "VK")

    runner = CliRunner()
    help_text = runner.invoke(cli, ["events", "--help"]).output
    assert "DEMAND" in re.sub(r"\s+", "", help_text)
    db = tmp_path / "new.db"
    ok = runner.invoke(cli, ["--db", str(db), "events", "--type", "DEMAND", "--format", "jsonl"])
    assert ok.exit_code == 0, ok.output
    ok = runner.invoke(cli, ["--db", str(db), "facts", "--predicate", "neighbour_of"])
    assert ok.exit_code == 0, ok.output
    assert runner.invoke(cli, ["--db", str(db), "events", "--type", "DEMANDS"]).exit_code == 2

    app = create_app(db)
    schema = app.openapi()
    params = {p["name"]: p["schema"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert "DEMAND" in params["type"]["anyOf"][0]["enum"]
    params = {p["name"]: p["schema"] for p in schema["paths"]["/api/facts"]["get"]["parameters"]}
    assert "neighbour_of" in params["predicate"]["anyOf"][0]["enum"]
    with TestClient(app) as test_client:
        assert test_client.get("/api/events", params={"type": "DEMAND"}).status_code == 200
        served = test_client.get("/api/ontology").json()
        assert served["event_types"]["DEMAND"]["label"]["ar"] == "مطالبة"

    report = score(*_gold_and_predicted())
    assert report.by_label["DEMAND"].tp == 1
    assert report.by_label["neighbour_of"].tp == 1  # symmetric, as the copy says
    assert report.attributes["date"] == [1, 1]

    swapped = Fact("KGZ", "neighbour_of", "KAZ")
    assert fact_id(swapped) == fact_id(Fact("KAZ", "neighbour_of", "KGZ"))
    from diplomap.store import connect

    conn = connect(db, readonly=True)
    try:
        assert "neighbours" in country_profile(conn, "KAZ")["sections"]
    finally:
        conn.close()


def test_the_environment_variable_reaches_a_fresh_process(extended: Path) -> None:
    import subprocess
    import sys

    code = ("from click.testing import CliRunner; from diplomap.cli import cli; "
            "print(CliRunner().invoke(cli, ['facts', '--help']).output)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "neighbour_of" in re.sub(r"\s+", "", out)
