"""An alternative set aside ("X, et non Y"), a rumour corrected by the facts another
rumour shares, a negation in the part of the sentence it denies, and keeping
something going against a ban (factcheck.claims.alternative, .match, .stance,
.negated)."""

from __future__ import annotations

import pytest

from conftest import claim_results, text_claim
from factcheck.claims import match
from factcheck.claims.cues import cues_for
from factcheck.claims.model import Agreement, ClaimResult, ContradictionKind, Status
from factcheck.entities.kb.model import Claim

HANDBALL = "La Norvège a remporté le championnat d'Europe de handball masculin en 2026."


def test_another_agent_set_against_the_claims_one_contradicts_it() -> None:
    sentence = (
        "C'est le Danemark, et non la Norvège, qui a remporté le championnat d'Europe "
        "de handball masculin en 2026."
    )
    (result,) = [
        r for r in claim_results([text_claim(HANDBALL, "fr", "true")], sentence, "fr") if r.claim_id
    ]
    assert result.status is Status.FALSE
    found = result.contradiction
    assert found is not None and found.kind is ContradictionKind.AGENT
    assert sentence[found.start : found.end] == found.said == "et non la Norvège"
    assert HANDBALL[found.claim_start : found.claim_end] == found.claimed == "Norvège"


def test_a_rumours_figure_set_aside_is_a_correction() -> None:
    claim = "Le permis de conduire coûtera 2 000 euros à partir de 2027."
    sentence = "Le permis de conduire coûtera environ 1 800 euros en 2027, et non 2 000 euros."
    results = claim_results([text_claim(claim, "fr", "false")], sentence, "fr")
    assert results and all(r.status is Status.RELATED for r in results)
    found = next(r.contradiction for r in results if r.contradiction is not None)
    assert found.kind is ContradictionKind.NUMBER
    assert sentence[found.start : found.end] == "et non 2 000 euros"
    assert claim[found.claim_start : found.claim_end] == "2 000"


def test_an_alternative_the_claim_does_not_name_changes_nothing() -> None:
    claim = "Le Danemark a remporté le championnat d'Europe de handball masculin en 2026."
    sentence = (
        "Le Danemark, et non la Suède, a remporté le championnat d'Europe de handball "
        "masculin en 2026."
    )
    (result,) = claim_results([text_claim(claim, "fr", "true")], sentence, "fr")
    assert (result.status, result.contradiction) == (Status.TRUE, None)


def test_a_claim_that_sets_the_alternative_aside_itself_is_repeated() -> None:
    claim = "Ce sont les orages, et non les humains, qui allument la plupart des feux de forêt."
    (result,) = claim_results([text_claim(claim, "fr", "false")], claim, "fr")
    assert result.status is Status.FALSE


@pytest.mark.parametrize(
    ("lang", "text", "cue"),
    [
        ("fr", "payé par le passager, et non par le conducteur", "et non"),
        ("fr", "payé par le passager, et non pas par le conducteur", "et non pas"),
        ("fr", "payé par les passagers, et non plus par le conducteur", None),
        ("fr", "non seulement le conducteur mais aussi le passager", None),
        ("en", "paid by the passenger, and not by the driver", "and not"),
        ("en", "paid by the passenger, and not only by the driver", None),
    ],
)
def test_the_cues_of_a_denied_alternative(lang: str, text: str, cue: str | None) -> None:
    found = cues_for(lang).pattern("denied_alternative").search(text)
    assert (found.group() if found else None) == cue


def test_the_facts_that_correct_the_best_rumour_repeat_no_lesser_one() -> None:
    parking = "Stationner sur une place réservée aux handicapés coûte 1 500 euros d'amende."
    phone = "Téléphoner au volant est désormais puni d'une amende de 135 euros et d'un retrait de permis."
    sentence = (
        "Stationner sur une place réservée aux handicapés est puni d'une amende de 135 euros."
    )
    results = claim_results(
        [text_claim(parking, "fr", "false", "parking"), text_claim(phone, "fr", "false", "phone")],
        sentence,
        "fr",
    )
    assert {r.claim_id: r.status for r in results} == {
        "parking": Status.RELATED,
        "phone": Status.RELATED,
    }


def test_a_negation_denies_the_verb_it_holds_in_its_own_part() -> None:
    claim = "Manger des carottes crues améliore la vision nocturne."
    sentence = "Manger des carottes crues apporte de la vitamine A, mais n'améliore pas la vision nocturne."
    (result,) = claim_results([text_claim(claim, "fr", "false")], sentence, "fr")
    assert result.status is Status.TRUE  # the falsehood denied
    assert result.contradiction is not None
    assert sentence[result.contradiction.start : result.contradiction.end] == "n'améliore pas"


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        # English "keep" is no such word: "keep diesel cars out of the centre" bans them
        (
            "Les poêles à granulés seront interdits dans tous les logements en 2027.",
            "Les propriétaires d'un poêle à granulés pourront le garder dans leur logement après 2027.",
            "fr",
        ),
        (
            "Les chaudières au fioul seront interdites dans toutes les maisons en 2026.",
            "Les foyers équipés d'une chaudière au fioul pourront la conserver après 2026.",
            "fr",
        ),
    ],
)
def test_keeping_what_a_rumour_bans_corrects_it(claim: str, sentence: str, lang: str) -> None:
    (result,) = claim_results([text_claim(claim, lang, "false")], sentence, lang)
    assert result.status is Status.RELATED


WITHHOLDING = (
    "Le prélèvement à la source de l'impôt sur le revenu est entré en vigueur en France "
    "le 1er janvier 2019."
)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a refutation of a plan that shares a few words of a true claim: not its opposite
        (
            "Le gouvernement a démenti vouloir créer un impôt sur le revenu prélevé par les "
            "communes.",
            Status.RELATED,
        ),
        # the whole claim refuted, or denied by a negation of the sentence's own: false
        (
            "Il est faux que le prélèvement à la source de l'impôt sur le revenu soit entré en "
            "vigueur en France le 1er janvier 2019.",
            Status.FALSE,
        ),
        (
            "Le prélèvement à la source de l'impôt sur le revenu n'est pas entré en vigueur "
            "en 2019.",
            Status.FALSE,
        ),
    ],
)
def test_a_refutation_contradicts_a_true_claim_only_when_it_states_enough_of_it(
    sentence: str, status: Status
) -> None:
    (result,) = claim_results([text_claim(WITHHOLDING, "fr", "true")], sentence, "fr")
    assert result.status is status


@pytest.mark.parametrize(
    ("claim", "sentence", "lang", "status"),
    [
        # the clause before "mais" / "but" gives what is true of the rumour's names
        (
            "Le chanteur Stromae est né au Rwanda.",
            "Le père du chanteur Stromae était rwandais, mais le chanteur est né à Bruxelles.",
            "fr",
            Status.RELATED,
        ),
        (
            "The singer Freddie Mercury was born in India.",
            "The singer Freddie Mercury grew up partly in India, but he was born in Zanzibar.",
            "en",
            Status.RELATED,
        ),
        # no contrast after it: the rumour told on its spreaders' word
        (
            "Le chanteur Stromae est né au Rwanda.",
            "Le chanteur Stromae est né au Rwanda, affirment des internautes.",
            "fr",
            Status.FALSE,
        ),
    ],
)
def test_a_contrast_after_the_rumours_clause_turns_the_sentence_against_it(
    claim: str, sentence: str, lang: str, status: Status
) -> None:
    results = claim_results([text_claim(claim, lang, "false")], sentence, lang)
    best = max((r for r in results if r.claim_id), key=lambda r: r.score)
    assert best.status is status
    if status is Status.RELATED:
        (cue,) = [w for r in best.reasons if r.kind.value == "correction" for w in r.words]
        assert cue in sentence and cue.lstrip(", ") in ("mais", "but")


def _result(status: Status, verdict: str, score: float) -> ClaimResult:
    claim = Claim(id=f"{verdict}-{score}", text="...", lang="fr", verdict=verdict)
    return ClaimResult(0, 3, "...", 0, (), status, Agreement.AGREES, score, (), claim)


@pytest.mark.parametrize(
    ("best", "lesser", "touched"),
    [
        # a sentence that states a true claim best repeats no lesser rumour
        (_result(Status.TRUE, "true", 0.9), _result(Status.FALSE, "false", 0.8), True),
        # ... unless the two score alike (a tie: neither is the sentence's best)
        (_result(Status.TRUE, "true", 0.9), _result(Status.FALSE, "false", 0.895), False),
        # a sentence that repeats a rumour best may repeat another
        (_result(Status.FALSE, "false", 0.9), _result(Status.FALSE, "false", 0.8), False),
    ],
)
def test_a_lesser_rumour_beside_a_true_claim_is_only_touched(
    best: ClaimResult, lesser: ClaimResult, touched: bool
) -> None:
    assert match._only_touched(lesser, best) is touched
