"""Text-only claim files (id, text, lang, verdict): matching, related claims, contradiction kinds.

The sentences here are written for these tests, not taken from the dev set
in bench/data/claim_pairs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import claim_results
from factcheck.claims import check_claims
from factcheck.claims import match as match_module
from factcheck.claims.features import read_features
from factcheck.claims.index import ClaimIndex
from factcheck.claims.model import Agreement, ContradictionKind, Reason, ReasonKind, Status
from factcheck.claims.wording import describe
from factcheck.cli import main
from factcheck.entities.kb import load_knowledge_base
from factcheck.entities.kb.model import Claim
from factcheck.pipeline import Options, check_article

CLAIMS = [
    {
        "id": "fr-stade",
        "text": "Le club de Rennes a inauguré son nouveau stade le 12 mars 2022 à Cesson.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "fr-tram",
        "text": "La ville de Nantes a supprimé toutes les lignes de tramway en 2023.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-bridge",
        "text": "The council approved the new bridge over the river Tamar on 4 May 2021.",
        "lang": "en",
        "verdict": "true",
    },
    {
        "id": "en-prices",
        "text": "Most bakeries in Leeds raised their bread prices in 2022.",
        "lang": "en",
        "verdict": "true",
    },
]


@pytest.fixture
def claim_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.json"
    path.write_text(json.dumps({"claims": CLAIMS}, ensure_ascii=False), "utf-8")
    return path


def claims_of(tmp_path: Path, claim_file: Path, text: str, lang: str) -> list[dict[str, Any]]:
    article = tmp_path / f"article.{lang}.txt"
    article.write_text(text + "\n", "utf-8")
    options = Options(
        claims=[claim_file], builtin_kb=False, translate=False, summary_sentences=0, lang=lang
    )
    report = check_article(str(article), options)
    for claim in report.claims:
        assert report.text[claim["start"] : claim["end"]] == claim["text"]
        found = claim.get("contradiction")
        if found:
            assert report.text[found["start"] : found["end"]] == found["text"]
            entry = next(c for c in CLAIMS if c["id"] == claim["claim_id"])
            assert entry["text"][found["claim_start"] : found["claim_end"]] == found["claim_text"]
            assert found["text"] and found["claim_text"], "both sides are quoted"
    return report.claims


def test_a_text_only_false_claim_repeated_is_matched(tmp_path: Path, claim_file: Path) -> None:
    text = (
        "Selon des internautes, la ville de Nantes a supprimé toutes ses lignes de tramway en 2023."
    )
    (claim,) = claims_of(tmp_path, claim_file, text, "fr")
    assert (claim["status"], claim["claim_id"], claim["agreement"]) == (
        "false",
        "fr-tram",
        "agrees",
    )


def test_a_correction_is_related_and_never_flagged(tmp_path: Path, claim_file: Path) -> None:
    text = "À Nantes, les lignes de tramway circulent en réalité normalement depuis 2023."
    (claim,) = claims_of(tmp_path, claim_file, text, "fr")
    assert (claim["status"], claim["claim_id"]) == ("related", "fr-tram")
    out = tmp_path / "out"
    article = tmp_path / "article.fr.txt"
    args = [str(article), "--claims", str(claim_file), "--no-builtin-kb", "--no-translate"]
    args += ["--lang", "fr"]
    result = CliRunner().invoke(
        main, [*args, "--output-dir", str(out), "--format", "markdown", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out / "article.fr.json").read_text("utf-8"))
    assert not [f for f in report["findings"] if f["code"] in ("FC301", "FC302", "FC303")]
    markdown = (out / "article.fr.md").read_text("utf-8")
    assert "| related |" in markdown and "`fr-tram`" in markdown


@pytest.mark.parametrize(
    ("text", "lang", "kind", "said"),
    [
        (
            "Le club de Rennes a abandonné son nouveau stade le 12 mars 2022 à Cesson.",
            "fr",
            "antonym",
            "abandonné",
        ),
        (
            "Le club de Rennes pourrait inaugurer son nouveau stade le 12 mars 2022 à Cesson.",
            "fr",
            "modality",
            "pourrait",
        ),
        (
            "Le club de Rennes a inauguré son nouveau stade le 19 mars 2022 à Cesson.",
            "fr",
            "date",
            "19 mars 2022",
        ),
        (
            "Le club de Rennes a inauguré son nouveau stade le 12 mars 2022 à Vannes.",
            "fr",
            "place",
            "Vannes",
        ),
        (
            "Le club de Lorient a inauguré son nouveau stade le 12 mars 2022 à Cesson.",
            "fr",
            "agent",
            "Lorient",
        ),
        (
            "Le club de Rennes n'a pas inauguré son nouveau stade le 12 mars 2022 à Cesson.",
            "fr",
            "negation",
            "n'a pas",
        ),
        (
            "The council rejected the new bridge over the river Tamar on 4 May 2021.",
            "en",
            "antonym",
            "rejected",
        ),
        (
            "The council approved the new tunnel under the river Tamar on 4 May 2021.",
            "en",
            "object",
            "tunnel",
        ),
        (
            "The council may approve the new bridge over the river Tamar on 4 May 2021.",
            "en",
            "modality",
            "may",
        ),
        (
            "Only a minority of bakeries in Leeds raised their bread prices in 2022.",
            "en",
            "quantifier",
            "Only",
        ),
        ("Most bakeries in Leeds raised their bread prices in 2019.", "en", "date", "2019"),
    ],
)
def test_each_kind_of_contradiction_is_named_with_both_spans(
    tmp_path: Path, claim_file: Path, text: str, lang: str, kind: str, said: str
) -> None:
    found = [c for c in claims_of(tmp_path, claim_file, text, lang) if c["claim_id"]]
    assert found, "the sentence matches its claim"
    claim = found[0]
    assert (claim["status"], claim["agreement"]) == ("false", "contradicts")
    assert claim["contradiction"]["kind"] == kind
    assert said in claim["contradiction"]["text"]


def test_fc301_says_the_kind_and_quotes_both_spans(tmp_path: Path, claim_file: Path) -> None:
    article = tmp_path / "article.fr.txt"
    article.write_text(
        "Le club de Rennes a inauguré son nouveau stade le 19 mars 2022 à Cesson.\n", "utf-8"
    )
    out = tmp_path / "out"
    args = [str(article), "--claims", str(claim_file), "--no-builtin-kb", "--no-translate"]
    args += ["--lang", "fr"]
    assert CliRunner().invoke(main, [*args, "--output-dir", str(out)]).exit_code == 1
    report = json.loads((out / "article.fr.json").read_text("utf-8"))
    (finding,) = [f for f in report["findings"] if f["code"] == "FC301"]
    assert "date contradiction" in finding["message"]
    assert "the sentence says '19 mars 2022', the claim says '12 mars 2022'" in finding["message"]


def test_reasons_are_data_until_rendered(claim_file: Path) -> None:
    from factcheck.text.document import Document, Sentence

    kb = load_knowledge_base([claim_file], builtin=False)
    text = "Le club de Rennes n'a pas inauguré son nouveau stade le 12 mars 2022 à Cesson."
    doc = Document("t", text, "fr", [Sentence(0, 0, len(text), text)])
    (result,) = check_claims(doc, kb)
    assert result.status is Status.FALSE and result.agreement is Agreement.CONTRADICTS
    assert all(isinstance(r, Reason) for r in result.reasons)
    assert all(isinstance(r, str) for r in result.to_dict()["reasons"])


def test_only_the_index_candidates_are_scored(
    claim_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.text.document import Document, Sentence

    kb = load_knowledge_base([claim_file], builtin=False)
    for i in range(2000):
        kb.claims[f"filler-{i}"] = Claim(
            f"filler-{i}", f"Le maire de Brest{i} a visité l'usine numéro {i}.", "true", "fr"
        )
    scored: list[str] = []
    real = match_module.score

    def counting(said: Any, entry: Claim, features: Any) -> Any:
        scored.append(entry.id)
        return real(said, entry, features)

    monkeypatch.setattr(match_module, "score", counting)
    text = "La ville de Nantes a supprimé toutes les lignes de tramway en 2023."
    doc = Document("t", text, "fr", [Sentence(0, 0, len(text), text)])
    results = check_claims(doc, kb)
    assert [r.claim_id for r in results] == ["fr-tram"]
    assert "fr-tram" in scored and len(scored) <= 20, "a sentence meets only its candidates"


def test_the_index_finds_a_claim_by_its_rare_words() -> None:
    claims = [Claim(f"c{i}", f"Le conseil a voté le budget {i}.", "true", "fr") for i in range(500)]
    claims.append(Claim("tram", "Nantes a supprimé le tramway.", "false", "fr"))
    index = ClaimIndex(claims)
    terms = {"nante", "tramw", "conse"}
    assert index.candidates(terms, limit=1)[0].id == "tram"


def test_an_acronym_stands_for_its_expansion() -> None:
    from factcheck.claims.features import acronym_links, coverage, read_features

    claim = read_features("L'Organisation mondiale de la santé a levé l'alerte en 2023.", "fr")
    said = read_features("L'OMS a levé l'alerte en 2023.", "fr")
    claim_side, said_side = acronym_links(claim, said)
    assert claim_side == {"organ", "mondi", "sant"} and said_side == {"oms"}
    assert coverage(claim, said)[0] == 1.0


def test_an_earlier_event_does_not_contradict(tmp_path: Path, claim_file: Path) -> None:
    text = "The council had rejected a first bridge over the river Tamar on 4 May 2019."
    found = claims_of(tmp_path, claim_file, text, "en")
    assert not [c for c in found if c["status"] == "false"], "'had': another, earlier event"


def test_born_is_a_word_though_it_folds_to_the_negation() -> None:
    """'né' (born) folds to 'ne', a stop word: read with its accent, it stays the
    claim's predicate; the negation 'ne' is still no word."""
    text = "Le chanteur est né à Lyon, mais il ne chante plus."
    keys = [text[w.start : w.end] for w in read_features(text, "fr").words]
    assert "né" in keys
    assert "ne" not in keys


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "Il faut être inscrit sur les listes électorales depuis au moins un an pour voter.",
            "Il faut être inscrit sur les listes électorales depuis au moins un an pour voter.",
            "fr",
        ),
        (
            "Brown eggs are more nutritious than white eggs.",
            "You should pick brown eggs because they are more nutritious than white eggs.",
            "en",
        ),
    ],
)
def test_an_opinion_cue_does_not_hide_a_claim_of_the_claim_file(
    claim: str, sentence: str, lang: str
) -> None:
    """ "il faut", "should" mark opinions, but a sentence saying a claim-file entry is
    that claim: the rule or the advice a rumour spreads."""
    entry = {"id": "c", "text": claim, "lang": lang, "verdict": "false"}
    results = claim_results([entry], sentence, lang)
    assert [(r.claim_id, r.status) for r in results] == [("c", Status.FALSE)]
    assert sentence[results[0].start : results[0].end] == results[0].text


def test_a_question_is_never_a_claim_of_the_claim_file() -> None:
    entry = {"id": "c", "text": "Brown eggs are more nutritious.", "lang": "en", "verdict": "false"}
    assert claim_results([entry], "Are brown eggs more nutritious?", "en") == []


def test_an_entry_that_explains_more_of_the_sentence_outranks_a_short_one() -> None:
    """A short rumour scores high on a few shared words ("every", "Wales", the date);
    the entry sharing those and more is the sentence's claim, the short one is not
    flagged."""
    claims = [
        {
            "id": "monday",
            "text": "Schools in Wales will close every Monday from January 2027.",
            "lang": "en",
            "verdict": "false",
        },
        {
            "id": "chinese",
            "text": "Chinese will become a compulsory subject in all state primary schools"
            " in Wales from January 2027.",
            "lang": "en",
            "verdict": "false",
        },
    ]
    sentence = (
        "From January 2027, every state primary school in Wales will have to teach Chinese"
        " to its pupils."
    )
    results = claim_results(claims, sentence, "en")
    assert [(r.claim_id, r.status) for r in results] == [("chinese", Status.FALSE)]
    alone = claim_results(claims[:1], sentence, "en")
    assert [(r.claim_id, r.status) for r in alone] == [("monday", Status.FALSE)]


def test_a_word_sharing_a_key_with_an_antonym_is_no_antonym() -> None:
    """ "conseille" (advises) shares its matching key with "conservé" (kept), the
    opposite of "supprimer"; only a word listed on a side of a pair is on that side,
    so the rumour told again is not read as its opposite."""
    entry = {
        "id": "apps",
        "text": "Supprimer les applications inutiles de son téléphone allonge nettement la"
        " durée de vie de sa batterie.",
        "lang": "fr",
        "verdict": "misleading",
    }
    sentence = (
        "Effacer les applications inutiles de son téléphone prolonge nettement la durée de"
        " vie de sa batterie, conseille un magazine."
    )
    results = claim_results([entry], sentence, "fr")
    assert [(r.claim_id, r.status, r.contradiction) for r in results] == [
        ("apps", Status.MISLEADING, None)
    ]


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "Les pistes cyclables de Lyon sont financées uniquement par la métropole.",
            "Seule la métropole finance les pistes cyclables de Lyon.",
            "fr",
        ),
        (
            "Rail freight in Wales is carried solely by diesel locomotives.",
            "Only diesel locomotives carry rail freight in Wales.",
            "en",
        ),
    ],
)
def test_only_said_two_ways_is_no_change_of_quantity(claim: str, sentence: str, lang: str) -> None:
    entry = {"id": "only", "text": claim, "lang": lang, "verdict": "true"}
    results = claim_results([entry], sentence, lang)
    assert [(r.claim_id, r.status, r.contradiction) for r in results] == [
        ("only", Status.TRUE, None)
    ]


BEES = "Les antennes 5G empêchent les abeilles de butiner."
TRAMS = "La ville de Montpellier a mis fin à la gratuité de ses tramways."


@pytest.mark.parametrize(
    ("claim", "sentence", "status"),
    [
        # on the rumour's spreaders' word, its words against the claim are its rewording
        (
            BEES,
            "Les abeilles ne butinent pas à proximité des antennes 5G, assure une publication"
            " virale.",
            Status.FALSE,
        ),
        (
            TRAMS,
            "Les tramways de Montpellier sont redevenus payants, selon une rumeur en ligne.",
            Status.FALSE,
        ),
        # on anyone else's word, the same words may well be the facts against it
        (
            BEES,
            "Les abeilles ne butinent pas à proximité des antennes 5G, assure le ministère de"
            " l'Agriculture.",
            Status.TRUE,
        ),
        (TRAMS, "Les tramways de Montpellier sont redevenus payants, selon la métropole.", None),
        # a negation in a clause commenting the rumour denies it
        (
            BEES,
            "Des internautes affirment que les antennes 5G empêchent les abeilles de butiner,"
            " une thèse qu'aucune étude n'a jamais confirmée.",
            Status.TRUE,
        ),
    ],
)
def test_a_rumour_told_on_its_spreaders_word_is_the_rumour(
    claim: str, sentence: str, status: Status | None
) -> None:
    entry = {"id": "c", "text": claim, "lang": "fr", "verdict": "false"}
    results = claim_results([entry], sentence, "fr")
    flagged = [r.status for r in results if r.status is not Status.RELATED]
    assert flagged == ([status] if status else [])


def test_words_naming_the_spreaders_do_not_make_another_rumour() -> None:
    """ "réseaux sociaux" in the clause of who spreads a rumour is not the matter of a
    rumour on social networks."""
    claims = [
        {
            "id": "bulls",
            "text": "Le Portugal a interdit les courses de taureaux dans tout le pays.",
            "lang": "fr",
            "verdict": "false",
        },
        {
            "id": "social",
            "text": "Le Brésil a interdit l'accès aux réseaux sociaux pour les mineurs.",
            "lang": "fr",
            "verdict": "misleading",
        },
    ]
    sentence = (
        "Les courses de taureaux sont désormais interdites dans tout le Portugal, affirment"
        " des messages partagés sur les réseaux sociaux."
    )
    results = claim_results(claims, sentence, "fr")
    assert [(r.claim_id, r.status) for r in results] == [("bulls", Status.FALSE)]


def test_a_rumour_told_again_says_whose_word_it_is_told_on() -> None:
    entry = {"id": "c", "text": BEES, "lang": "fr", "verdict": "false"}
    sentence = (
        "Les abeilles ne butinent pas à proximité des antennes 5G, assure une publication virale."
    )
    (result,) = claim_results([entry], sentence, "fr")
    told = [r for r in result.reasons if r.kind is ReasonKind.RETOLD]
    assert [r.words for r in told] == [("assure une publication virale",)]
    assert "assure une publication virale" in describe(told[0])


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "L'usine de Maubeuge fabrique le Kangoo électrique.",
            "L'usine de Maubeuge fabrique aussi le Kangoo thermique.",
            "fr",
        ),
        (
            "The Sunderland plant builds the Leaf.",
            "The Sunderland plant also builds the Qashqai.",
            "en",
        ),
    ],
)
def test_another_object_added_to_the_claims_is_no_contradiction(
    claim: str, sentence: str, lang: str
) -> None:
    entry = {"id": "plant", "text": claim, "lang": lang, "verdict": "true"}
    results = claim_results([entry], sentence, lang)
    assert all(r.status is not Status.FALSE for r in results)
    assert all(r.contradiction is None for r in results)


def test_a_measure_is_no_other_figure_for_a_count() -> None:
    """ "480 mégawatts" measures the wind farm; "80 éoliennes" counts its turbines."""
    entry = {
        "id": "farm",
        "text": "Le parc éolien en mer de Saint-Nazaire compte 80 éoliennes.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = "Le parc éolien en mer de Saint-Nazaire a une puissance de 480 mégawatts."
    results = claim_results([entry], sentence, "fr")
    kinds = [r.contradiction.kind for r in results if r.contradiction is not None]
    assert ContradictionKind.NUMBER not in kinds
    fewer = "Le parc éolien en mer de Saint-Nazaire compte 62 éoliennes."
    (result,) = claim_results([entry], fewer, "fr")
    assert result.contradiction is not None
    assert result.contradiction.kind is ContradictionKind.NUMBER
    assert result.contradiction.said == "62"
