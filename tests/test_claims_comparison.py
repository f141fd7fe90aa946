"""A comparison said the other way round: the claim again with the opposite word,
its contradiction with the same word (factcheck.claims.comparison)."""

from __future__ import annotations

import pytest

from conftest import claim_results
from factcheck.claims.comparison import Relation, comparison, relation
from factcheck.claims.features import read_features
from factcheck.claims.model import ContradictionKind, Status
from factcheck.claims.side import Side


def side(text: str, lang: str) -> Side:
    return Side(text, 0, len(text), lang, read_features(text, lang))


@pytest.mark.parametrize(
    ("claim", "sentence", "lang", "expected"),
    [
        (
            "Les trains régionaux transportent plus de voyageurs que les avions intérieurs.",
            "Les avions intérieurs transportent moins de voyageurs que les trains régionaux.",
            "fr",
            Relation.SAME,
        ),
        (
            "Les trains régionaux transportent plus de voyageurs que les avions intérieurs.",
            "Les avions intérieurs transportent davantage de voyageurs que les trains régionaux.",
            "fr",
            Relation.REVERSED,
        ),
        (
            "Wind turbines produce more electricity than coal plants in Scotland.",
            "In Scotland, coal plants produce less electricity than wind turbines.",
            "en",
            Relation.SAME,
        ),
        (
            "Les trains régionaux transportent plus de voyageurs que les avions intérieurs.",
            "Les trains régionaux transportent moins de voyageurs que les avions intérieurs.",
            "fr",
            None,
        ),
        (
            "Les trains régionaux transportent plus de voyageurs que les avions intérieurs.",
            "Les avions intérieurs ne transportent plus que des hommes d'affaires.",
            "fr",
            None,
        ),
    ],
)
def test_a_comparison_the_other_way_round(
    claim: str, sentence: str, lang: str, expected: Relation | None
) -> None:
    found = relation(side(sentence, lang), side(claim, lang))
    assert (found[0] if found else None) is expected


def test_the_comparison_words_are_located() -> None:
    text = "Les avions intérieurs transportent moins de voyageurs que les trains régionaux."
    found = comparison(side(text, "fr"))
    assert found is not None and not found.upwards
    assert text[slice(*found.word)] == "moins"


def test_the_converse_is_the_claim_and_the_reversal_contradicts_it() -> None:
    entry = {
        "id": "trains",
        "text": "Les trains régionaux transportent plus de voyageurs que les avions intérieurs.",
        "lang": "fr",
        "verdict": "true",
    }
    converse = "Les avions intérieurs transportent moins de voyageurs que les trains régionaux."
    assert [(r.status, r.contradiction) for r in claim_results([entry], converse, "fr")] == [
        (Status.TRUE, None)
    ]
    reversed_ = "Les avions intérieurs transportent plus de voyageurs que les trains régionaux."
    (result,) = claim_results([entry], reversed_, "fr")
    assert result.status is Status.FALSE and result.contradiction is not None
    found = result.contradiction
    assert found.kind is ContradictionKind.QUANTITY
    assert reversed_[found.start : found.end] == found.said == "plus"
    assert entry["text"][found.claim_start : found.claim_end] == found.claimed == "plus"


def test_two_comparisons_tell_no_sides() -> None:
    """Which sides go together is not told when a sentence compares twice; a hostile
    run of comparison words (read in one pass) compares nothing either."""
    text = "Le rail transporte plus que la route, et la route moins que le fleuve."
    assert comparison(side(text, "fr")) is None
    hostile = "Le rail transporte " + "plus moins " * 5000 + "que la route."
    assert comparison(side(hostile, "fr")) is None
