"""`factcheck claims init`: a claim-file skeleton that validates, loads and keeps edits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from factcheck.cli import main
from factcheck.entities.kb.load import load_knowledge_base, read_claim_file
from factcheck.pipeline import Options, check_article


def init(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["claims", "init", *args])
    return result.exit_code, result.stdout, result.stderr


def skeleton_of(seed_copy: Path) -> dict[str, Any]:
    return json.loads((seed_copy.parent / "article.claims.json").read_text("utf-8"))


def test_seed_skeleton_validates_loads_and_holds_every_claim(seed_copy: Path) -> None:
    code, stdout, stderr = init(str(seed_copy), "--no-builtin-kb")
    assert code == 0, stderr
    target = seed_copy.parent / "article.claims.json"
    assert stdout == f"{target}: 9 new claim(s), 0 kept; 7 new entities, 0 kept\n"
    read_claim_file(target)  # schema and semantic checks
    kb = load_knowledge_base([target], builtin=False)
    assert len(kb.claims) == 9
    data = skeleton_of(seed_copy)
    assert {c["verdict"] for c in data["claims"]} == {"unverified"}
    assert {c["lang"] for c in data["claims"]} == {"fr"}
    text = seed_copy.read_text("utf-8")
    assert all(c["text"] in text for c in data["claims"])
    ids = [e["id"] for e in data["entities"]]
    assert ids == [
        "marco-rubio",
        "nato",  # "l’OTAN": a name after an elided article is a name
        "yevropeiska-pravda",
        "donald-trump",
        "emmanuel-macron",
        "keir-starmer",  # written "Kiri Starmer": resolved as FC101 does
        "volodymyr-zelensky",
    ]
    rubio = data["entities"][0]
    assert rubio["roles"][0]["title"] == "United States Secretary of State"  # copied in full
    meeting = next(c for c in data["claims"] if c["text"].startswith("D’après"))
    assert meeting["entities"] == [
        "yevropeiska-pravda",
        "marco-rubio",
        "donald-trump",
    ]


def test_unknown_multiword_names_become_person_candidates(tmp_path: Path) -> None:
    article = tmp_path / "note.fr.txt"
    article.write_text(
        "Jean-Pierre Dufour a annoncé sa démission lundi.\n"
        "La ministre Claire Martin a confirmé le départ de 12 salariés.\n",
        "utf-8",
    )
    code, _, stderr = init(str(article), "--no-builtin-kb")
    assert code == 0, stderr
    data = json.loads((tmp_path / "note.claims.json").read_text("utf-8"))
    assert [(e["id"], e["kind"], e["name"]) for e in data["entities"]] == [
        ("jean-pierre-dufour", "person", "Jean-Pierre Dufour"),
        ("claire-martin", "person", "Claire Martin"),  # "La ministre" is not part of it
    ]
    assert "unknown to the knowledge base" in data["entities"][0]["description"]
    assert len(data["claims"]) == 2
    assert data["claims"][0]["id"] == "claim-jean-pierre-dufour-a-annonce-sa"


def test_rerun_keeps_what_the_fact_checker_filled_in(seed_copy: Path) -> None:
    init(str(seed_copy), "--no-builtin-kb")
    target = seed_copy.parent / "article.claims.json"
    data = skeleton_of(seed_copy)
    filled = data["claims"][3]
    filled["verdict"] = "true"
    filled["evidence"] = [{"source": "State Department", "url": "https://www.state.gov/"}]
    filled["explanation"] = "Checked by the desk."
    data["entities"][0]["aliases"] = ["Rubio", "Marco Antonio Rubio"]
    data["x-desk"] = {"checked_by": "A. B."}
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    text = seed_copy.read_text("utf-8")
    edited = text.replace("un acteur central", "l'acteur central").replace(
        "le 18 août.", "le 18 août. Plus de 2 000 personnes ont manifesté à Kiev samedi."
    )
    seed_copy.write_text(edited, "utf-8")
    code, stdout, stderr = init(str(seed_copy), "--no-builtin-kb")
    assert code == 0, stderr
    assert stdout == f"{target}: 1 new claim(s), 9 kept; 0 new entities, 7 kept\n"
    again = skeleton_of(seed_copy)
    assert again["claims"][:9] == data["claims"]  # nothing changed, nothing dropped
    assert again["entities"] == data["entities"]
    assert again["x-desk"] == {"checked_by": "A. B."}
    added = again["claims"][9]
    assert added["text"] == "Plus de 2 000 personnes ont manifesté à Kiev samedi."
    assert added["verdict"] == "unverified"
    read_claim_file(target)


def test_the_filled_skeleton_is_what_the_check_uses(seed_copy: Path) -> None:
    init(str(seed_copy), "--no-builtin-kb", "-o", str(seed_copy.parent / "claims.json"))
    # claims.json was the seed's claim file; a skeleton extends it, keeping its entries
    data = json.loads((seed_copy.parent / "claims.json").read_text("utf-8"))
    assert data["claims"][0]["id"] == "rubio-secretary-of-state"
    report = check_article(str(seed_copy), Options(translate=False, builtin_kb=False))
    assert {c["status"] for c in report.claims} <= {"true", "unproven", "unverified"}
    assert not [f for f in report.findings if f.code == "FC304"]  # every claim now covered


def test_refuses_to_overwrite_a_file_that_is_not_a_claim_file(seed_copy: Path) -> None:
    target = seed_copy.parent / "article.claims.json"
    target.write_text("notes: call the ministry\n", "utf-8")
    code, stdout, stderr = init(str(seed_copy))
    assert code == 2
    assert stdout == ""
    assert stderr.startswith(
        f"factcheck: error: {target}: refusing to overwrite: not a valid claim file"
    )
    assert "Traceback" not in stderr
    assert target.read_text("utf-8") == "notes: call the ministry\n"


def test_output_option_and_missing_article(tmp_path: Path) -> None:
    code, _, stderr = init(str(tmp_path / "missing.txt"))
    assert code == 2
    assert stderr == f"factcheck: error: {tmp_path / 'missing.txt'}: no such file\n"
    article = tmp_path / "a.en.txt"
    article.write_text("Unemployment fell to 7.3% in the second quarter.\n", "utf-8")
    out = tmp_path / "desk" / "mine.json"
    code, _, stderr = init(str(article), "-o", str(out), "--no-builtin-kb")
    assert code == 0, stderr
    assert read_claim_file(out)["claims"][0]["lang"] == "en"
