"""Claim detection: which sentences are check-worthy, why, and where each claim is."""

from __future__ import annotations

import json
import time
from types import ModuleType

import pytest

from conftest import ROOT, load_script
from factcheck.claims.cues import PATTERN_SECTIONS, available_langs, cues_for
from factcheck.claims.detect import assess, detect_claims
from factcheck.text.document import Document, Sentence
from factcheck.text.segment import sentence_spans


def document(text: str, lang: str) -> Document:
    spans = sentence_spans(text)
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    return Document("test.txt", text, lang, sentences)


def kinds(text: str, lang: str) -> set[str]:
    decision = assess(text, cues_for(lang))
    assert decision.checkworthy, decision
    return set(decision.kinds)


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("fr", "Le Parlement a adopté la loi par 312 voix contre 245.", {"number", "comparison"}),
        ("fr", "Emmanuel Macron se rendra à Berlin le 3 septembre.", {"date", "named-statement"}),
        ("fr", "Selon le ministère, 150 soldats ont été déployés à la frontière.", {"attribution"}),
        ("fr", "La grève a été suspendue en raison de la tempête.", {"causal", "event"}),
        ("fr", "C'est la plus forte hausse des prix depuis 1985.", {"superlative", "date"}),
        ("fr", "Le taux de chômage a baissé à 7,3 % au deuxième trimestre.", {"number"}),
        ("en", "Unemployment fell to 7.3% in the second quarter.", {"number", "comparison"}),
        (
            "en",
            "Keir Starmer met Emmanuel Macron in London on Monday.",
            {"named-statement", "date"},
        ),
        ("en", "According to the ministry, 150 soldiers were deployed.", {"attribution", "number"}),
    ],
)
def test_checkworthy_sentences_give_their_reasons(
    lang: str, sentence: str, expected: set[str]
) -> None:
    assert expected <= kinds(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence", "objection"),
    [
        ("fr", "Le gouvernement va-t-il céder face aux syndicats le 3 mai ?", "question"),
        ("en", "Will the government give in to the unions on 3 May?", "question"),
        ("fr", "Quelle magnifique soirée, c'était formidable.", "description"),
        ("fr", "Le spectacle de Marc Dupont est formidable et émouvant.", "opinion"),
        (
            "fr",
            'Je suis écœurée", écrit sans concession Pamela Anderson sur son compte.',
            "quote-opinion",
        ),
        ("fr", "« C'est une honte pour moi », a-t-il lancé.", "quote-opinion"),
        ("en", "The garden was quiet and green under the trees.", "description"),
    ],
)
def test_questions_opinions_and_descriptions_are_not_claims(
    lang: str, sentence: str, objection: str
) -> None:
    decision = assess(sentence, cues_for(lang))
    assert not decision.checkworthy
    assert objection in decision.objections


def test_reported_speech_with_a_figure_is_a_claim() -> None:
    sentence = "« Nous avons livré 1 200 tonnes d'aide », a déclaré le ministre."
    decision = assess(sentence, cues_for("fr"))
    assert decision.checkworthy
    assert "number" in decision.kinds


def test_a_sentence_splits_into_claims_at_clause_boundaries() -> None:
    text = (
        "Le chômage a baissé à 7,3 % en mai ; les prix ont augmenté de 2 % en juin.\n"
        "Le Parlement a voté la loi le 3 mars, mais le Sénat l'a rejetée le 12 avril.\n"
    )
    claims = detect_claims(document(text, "fr"))
    assert [c.text for c in claims] == [
        "Le chômage a baissé à 7,3 % en mai",
        "les prix ont augmenté de 2 % en juin.",
        "Le Parlement a voté la loi le 3 mars",
        "le Sénat l'a rejetée le 12 avril.",
    ]
    assert [c.sentence for c in claims] == [0, 0, 1, 1]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        for reason in claim.reasons:
            assert claim.start <= reason.start < reason.end <= claim.end
            assert text[reason.start : reason.end] == reason.text


def test_no_split_when_a_part_is_not_checkworthy_on_its_own() -> None:
    text = "Le chômage a baissé à 7,3 % en mai, mais la route sera longue.\n"
    claims = detect_claims(document(text, "fr"))
    assert [(c.start, c.end) for c in claims] == [(0, len(text) - 1)]


def test_offsets_survive_unusual_spacing_and_typography() -> None:
    text = "  Titre\n\n« Selon l’AFP, 2\u00a0000 personnes ont manifesté samedi. »\tFin du texte.\n"
    for claim in detect_claims(document(text, "fr")):
        assert text[claim.start : claim.end] == claim.text
        for reason in claim.reasons:
            assert text[reason.start : reason.end] == reason.text


def test_cue_lists_are_data_files_for_french_and_english() -> None:
    assert {"fr", "en"} <= set(available_langs())
    folder = ROOT / "src" / "factcheck" / "data"
    for lang in ("fr", "en"):
        data = json.loads((folder / lang / "claim_cues.json").read_text("utf-8"))
        for section in PATTERN_SECTIONS:
            assert data.get(section), f"{lang}.json lacks {section}"
        assert "months" not in data, "month names live in dates.json only (one value reader)"
    assert cues_for("de").lang == "en", "a language without cue file falls back to English"


def load_bench() -> ModuleType:
    return load_script(ROOT / "bench" / "claim_detection.py")


def test_detector_beats_the_all_positive_baseline_on_the_held_out_half() -> None:
    bench = load_bench()
    rows = bench.read_rows(bench.DEFAULT_TSV)
    assert len(rows) == 236
    predicted = [bench.decide(r.sentence)[0] for r in rows]
    for split in ("tune", "heldout"):
        picked = [i for i, r in enumerate(rows) if r.split == split]
        scores = bench.score([rows[i].label for i in picked], [predicted[i] for i in picked])
        baseline = bench.score([rows[i].label for i in picked], [True] * len(picked))
        assert scores.positive()[2] > baseline.positive()[2], split
        assert scores.macro_f1() > 0.65, split


def test_detection_is_fast() -> None:
    bench = load_bench()
    rows = bench.read_rows(bench.DEFAULT_TSV)
    bench.decide("Échauffement des caches.")
    began = time.perf_counter()
    for row in rows:
        bench.decide(row.sentence)
    assert time.perf_counter() - began < 2.0  # about 1 ms a row
