"""What a rule makes of an act, said in another class (factcheck.claims.deontic)."""

from __future__ import annotations

from conftest import claim_results, text_claim
from factcheck.claims.model import ContradictionKind, Status

HELMET = "Le port du gilet jaune sera obligatoire pour tous les cyclistes dès le printemps 2027."


def test_a_permission_corrects_a_rumoured_obligation_and_quotes_both() -> None:
    sentence = (
        "Les cyclistes peuvent porter un gilet jaune dès le printemps 2027 pour être mieux vus."
    )
    (result,) = claim_results([text_claim(HELMET, "fr", "false")], sentence, "fr")
    assert result.status is Status.RELATED
    found = result.contradiction
    assert found is not None and found.kind is ContradictionKind.MODALITY
    assert sentence[found.start : found.end] == found.said == "peuvent"
    assert HELMET[found.claim_start : found.claim_end] == found.claimed == "obligatoire"


def test_a_permission_corrects_a_rumoured_ban() -> None:
    claim = (
        "Les barbecues au charbon de bois seront interdits dans les jardins privés dès l'été 2027."
    )
    sentence = (
        "Les barbecues au charbon de bois restent autorisés dans les jardins privés l'été 2027."
    )
    (result,) = claim_results([text_claim(claim, "fr", "false")], sentence, "fr")
    assert result.status is Status.RELATED
    found = result.contradiction
    assert found is not None and (found.said, found.claimed) == ("autorisés", "interdits")


def test_an_obligation_corrects_a_rumoured_option_in_english() -> None:
    claim = "Drivers in Wales can choose whether to display a clean air sticker from 2027."
    sentence = "Drivers in Wales must display a clean air sticker from 2027, the council says."
    (result,) = claim_results([text_claim(claim, "en", "false")], sentence, "en")
    assert result.status is Status.RELATED
    found = result.contradiction
    assert found is not None and (found.said, found.claimed) == ("must", "can")


def test_the_claims_own_class_in_another_word_repeats_the_rumour() -> None:
    sentence = "Tous les cyclistes devront porter un gilet jaune dès le printemps 2027."
    (result,) = claim_results([text_claim(HELMET, "fr", "false")], sentence, "fr")
    assert (result.status, result.contradiction) == (Status.FALSE, None)


def test_a_negated_permission_is_left_to_the_negation() -> None:
    sentence = "Dès le printemps 2027, les cyclistes ne pourront plus porter de gilet jaune."
    (result,) = claim_results([text_claim(HELMET, "fr", "false")], sentence, "fr")
    found = result.contradiction
    assert found is None or found.kind is not ContradictionKind.MODALITY


def test_a_true_claim_is_not_contradicted_by_another_class() -> None:
    """A rule's other classes are often compatible facts of a true claim ("obligatoire"
    for some, "peuvent" for others): only a rumour is corrected so."""
    sentence = (
        "Les cyclistes peuvent porter un gilet jaune dès le printemps 2027 pour être mieux vus."
    )
    (result,) = claim_results([text_claim(HELMET, "fr", "true")], sentence, "fr")
    assert result.status is not Status.FALSE


def test_an_obligation_denied_by_sans_que_is_no_obligation() -> None:
    sentence = (
        "La Sécurité routière conseille aux cyclistes de porter un gilet jaune dès le "
        "printemps 2027, sans que la loi les y oblige."
    )
    (result,) = claim_results([text_claim(HELMET, "fr", "false")], sentence, "fr")
    assert result.status is Status.RELATED
    found = result.contradiction
    assert found is not None and (found.said, found.claimed) == ("conseille", "obligatoire")


def test_a_penalty_says_a_ban_against_a_rumoured_permission() -> None:
    claim = "Les lycéens pourront utiliser leur téléphone pendant les cours dès la rentrée 2027."
    sentence = (
        "Dès la rentrée 2027, les lycéens qui utilisent leur téléphone pendant les cours "
        "sont passibles d'une exclusion temporaire."
    )
    (result,) = claim_results([text_claim(claim, "fr", "false")], sentence, "fr")
    assert result.status is Status.RELATED
    found = result.contradiction
    assert found is not None and found.kind is ContradictionKind.MODALITY
