"""Rewordings of a claim are not read as contradictions or corrections: another verb
after an auxiliary, a place's adjective, hearsay of a rumour; and 'personnes' is no
quantifier.

Every sentence here is written for these tests, not taken from the dev sets in
bench/data/claim_pairs.
"""

from __future__ import annotations

import pytest

from conftest import claim_results
from factcheck.claims.features import lang_key
from factcheck.claims.hearsay import reports_rumour
from factcheck.claims.model import Agreement, ClaimResult, Status


def check(claim: dict[str, str], sentence: str, lang: str) -> ClaimResult:
    results = claim_results([claim], sentence, lang)
    return next(r for r in results if r.claim_id == claim["id"])


RUMOUR = {
    "id": "r1",
    "text": "Une photo montre un loup sur une plage de Normandie.",
    "lang": "fr",
    "verdict": "false",
}


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("L'étude qui suggérait un lien a été retirée en 2010.", "fr", False),
        ("Selon une rumeur, le maire prépare la fermeture du port.", "fr", True),
        ("D'après des internautes, le pont serait fermé.", "fr", True),
        ("Des soldats seraient déployés dans la ville.", "fr", True),
        ("Posts claim the bridge will close.", "en", True),
        ("Le retrait du projet a été annoncé selon le ministère.", "fr", False),
        ("Selon le photographe, le cliché date de 2019.", "fr", False),
        ("The bridge was closed for repairs in 2019.", "en", False),
    ],
)
def test_hearsay_marks(sentence: str, lang: str, expected: bool) -> None:
    assert reports_rumour(sentence, 0, len(sentence), lang) is expected


def test_a_rumour_told_with_an_adjective_of_its_place_is_the_rumour() -> None:
    result = check(RUMOUR, "Un loup a été photographié sur une plage normande.", "fr")
    assert result.status is Status.FALSE


def test_a_rumour_reported_as_hearsay_is_the_rumour() -> None:
    sentence = (
        "Selon une rumeur, un loup se promènerait sur une plage de Normandie, photo à l'appui."
    )
    assert check(RUMOUR, sentence, "fr").status is Status.FALSE


def test_a_correction_with_another_place_stays_related() -> None:
    sentence = "La photo du loup a été prise sur une plage de Finlande, pas de Normandie."
    assert check(RUMOUR, sentence, "fr").status is not Status.FALSE


def test_another_verb_after_an_auxiliary_is_no_other_object() -> None:
    claim = {
        "id": "t1",
        "text": "Le club de Brest a remporté la coupe régionale le 3 mai 2025.",
        "lang": "fr",
        "verdict": "true",
    }
    result = check(claim, "Le 3 mai 2025, le club de Brest a triomphé en coupe régionale.", "fr")
    assert result.status is Status.TRUE
    assert result.agreement is Agreement.AGREES


def test_people_is_no_quantifier() -> None:
    claim = {
        "id": "t2",
        "text": "Le salon du livre de Brive a accueilli 41 000 visiteurs en 2025.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = "En 2025, 41 000 personnes ont visité le salon du livre de Brive."
    assert check(claim, sentence, "fr").status is Status.TRUE


def test_continuing_contradicts_stopping() -> None:
    claim = {
        "id": "r2",
        "text": "La mairie de Brive va arrêter de ramasser les déchets verts en 2026.",
        "lang": "fr",
        "verdict": "false",
    }
    sentence = "La mairie de Brive continue de ramasser les déchets verts, y compris en 2026."
    result = check(claim, sentence, "fr")
    assert result.status is not Status.FALSE
    assert result.agreement is Agreement.CONTRADICTS


def test_a_reporting_verb_is_no_antonym() -> None:
    claim = {
        "id": "r3",
        "text": "La mairie de Brive va arrêter de ramasser les déchets verts en 2026.",
        "lang": "fr",
        "verdict": "false",
    }
    sentence = "Des messages affirment que la mairie de Brive va arrêter de ramasser les déchets verts en 2026."
    result = check(claim, sentence, "fr")
    assert result.status is Status.FALSE
    assert result.agreement is Agreement.AGREES


def test_a_paraphrase_of_the_medium_and_the_load_is_the_rumour() -> None:
    claim = {
        "id": "r4",
        "text": "Une vidéo montre un camion transportant un char russe près de Metz.",
        "lang": "fr",
        "verdict": "false",
    }
    sentence = "Près de Metz, un poids lourd a été filmé avec à son bord un char russe."
    assert check(claim, sentence, "fr").status is Status.FALSE


def test_a_sentence_sharing_only_names_and_dates_with_a_rumour_is_related() -> None:
    claim = {
        "id": "r5",
        "text": "La Tour Montparnasse va être fermée définitivement au public en 2026.",
        "lang": "fr",
        "verdict": "false",
    }
    sentence = "La Tour Montparnasse a accueilli 700 000 curieux en 2026."
    result = check(claim, sentence, "fr")
    assert result.status is Status.RELATED
    assert any(r.kind.value == "unsaid" for r in result.reasons)


def test_a_true_claim_is_not_contradicted_by_a_sentence_sharing_only_its_names() -> None:
    claim = {
        "id": "t3",
        "text": "Les prix à la consommation ont augmenté de 3 % en Belgique en 2022, selon Statbel.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = "La natalité a fortement baissé en Belgique en 2022, selon Statbel."
    result = check(claim, sentence, "fr")
    assert result.status is Status.RELATED
    assert result.agreement is Agreement.NONE


def test_the_same_day_and_names_is_the_same_event() -> None:
    claim = {
        "id": "t4",
        "text": "Marie Dupuis a remporté le marathon de Lille le 12 octobre 2025.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = "Le 12 octobre 2025, Marie Dupuis s'est imposée à Lille, devant 4 000 coureurs."
    assert check(claim, sentence, "fr").status is not Status.RELATED


@pytest.mark.parametrize(
    "sentence",
    [
        "La prime des infirmiers s'élève à 2 000 euros par an, et non par mois.",
        "La mairie de Rennes va ouvrir toutes les crèches le samedi en 2026.",
    ],
)
def test_corrections_by_contrast_and_by_antonym_verbs(sentence: str) -> None:
    claims = {
        "La prime": "Les infirmiers touchent une prime de 2 000 euros par mois.",
        "La mairie": "La mairie de Rennes va fermer toutes les crèches le samedi en 2026.",
    }
    text = next(t for start, t in claims.items() if sentence.startswith(start))
    claim = {"id": "r6", "text": text, "lang": "fr", "verdict": "false"}
    assert check(claim, sentence, "fr").status is not Status.FALSE


RESTRICTED = "Les musées nationaux sont désormais gratuits pour tous les visiteurs le dimanche."


@pytest.mark.parametrize(
    "sentence",
    [
        "Les musées nationaux ne sont gratuits pour tous les visiteurs le dimanche que pendant l'hiver.",
        "Les musées nationaux ne sont gratuits pour tous les visiteurs le dimanche que si une exposition est fermée.",
        "Les musées nationaux sont gratuits le dimanche sous certaines conditions.",
        "Les musées nationaux ne sont gratuits pour tous les visiteurs le dimanche qu'une fois "
        "par mois.",
    ],
)
def test_a_rumour_restricted_to_a_time_or_a_condition_is_corrected(sentence: str) -> None:
    claim = {"id": "r8", "text": RESTRICTED, "lang": "fr", "verdict": "false"}
    assert check(claim, sentence, "fr").status is not Status.FALSE
    retold = "Les musées nationaux sont désormais gratuits pour tous les visiteurs le dimanche."
    assert check(claim, retold, "fr").status is Status.FALSE


def test_another_tense_is_no_other_object() -> None:
    claim = {
        "id": "r7",
        "text": "La région va supprimer toutes les lignes de car entre Brive et Tulle en 2027.",
        "lang": "fr",
        "verdict": "false",
    }
    sentence = (
        "La suppression de toutes les lignes de car Brive-Tulle par la région est prévue en 2027."
    )
    assert check(claim, sentence, "fr").status is Status.FALSE


def test_a_rumour_must_be_said_more_fully_than_a_true_claim_to_match() -> None:
    text = "Les retraités vont perdre 300 euros par mois sur leur pension en 2027."
    sentence = "Les pensions des retraités seront revalorisées de 1,1 % en 2027."
    rumour = {"id": "r8", "text": text, "lang": "fr", "verdict": "false"}
    assert check(rumour, sentence, "fr").status is Status.RELATED


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "En 2024, plus de 30 millions de passagers ont voyagé en Ouigo avec la SNCF.",
            Status.TRUE,
        ),
        (
            "En 2024, près de 33 millions de passagers ont voyagé en Ouigo avec la SNCF.",
            Status.TRUE,
        ),
        (
            "En 2024, près de 50 millions de passagers ont voyagé en Ouigo avec la SNCF.",
            Status.FALSE,
        ),
        (
            "En 2024, plus de 40 millions de passagers ont voyagé en Ouigo avec la SNCF.",
            Status.FALSE,
        ),
    ],
)
def test_an_approximation_or_a_bound_met_by_the_claims_number_agrees(
    sentence: str, status: Status
) -> None:
    claim = {
        "id": "t5",
        "text": "La SNCF a transporté 32 millions de voyageurs en Ouigo en 2024.",
        "lang": "fr",
        "verdict": "true",
    }
    assert check(claim, sentence, "fr").status is status


def test_last_year_is_a_time_not_a_quantity() -> None:
    claim = {
        "id": "t6",
        "text": "Le musée Soulages de Rodez a accueilli 150 000 visiteurs en 2024.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = "Le musée Soulages de Rodez a accueilli 150 000 visiteurs l'an dernier, en 2024."
    assert check(claim, sentence, "fr").status is Status.TRUE


@pytest.mark.parametrize(
    "sentence",
    [
        "La vidéo du tracteur transportant une bombe en Alsace date de 2017.",
        "La vidéo du tracteur transportant une bombe en Alsace est un montage.",
    ],
)
def test_a_debunked_picture_is_a_correction(sentence: str) -> None:
    claim = {
        "id": "r9",
        "text": "Une vidéo montre un tracteur transportant une bombe en Alsace.",
        "lang": "fr",
        "verdict": "false",
    }
    assert check(claim, sentence, "fr").status is Status.RELATED


def test_international_is_no_antonym_of_adopted() -> None:
    claim = {
        "id": "t7",
        "text": "Le Parlement a adopté le 4 juin 2025 la loi sur la coopération avec le Maroc.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = "Le 4 juin 2025, la loi sur la coopération internationale avec le Maroc a été votée par le Parlement."
    assert check(claim, sentence, "fr").status is Status.TRUE


@pytest.mark.parametrize(
    ("sentence", "contradicts"),
    [
        ("Airbus plans to reuse spare engine parts from the A380 jets of Lufthansa.", False),
        ("Airbus may buy back the A380 jets of Lufthansa in May 2025.", True),
    ],
)
def test_a_modality_must_govern_the_claims_own_verb(sentence: str, contradicts: bool) -> None:
    claim = {
        "id": "t8",
        "text": "Airbus bought back the A380 jets of Lufthansa on 3 May 2025.",
        "lang": "en",
        "verdict": "true",
    }
    result = check(claim, sentence, "en")
    assert (result.status is Status.FALSE) is contradicts


def test_changes_on_both_sides_of_the_claims_own_verb_are_no_other_agent() -> None:
    claim = {
        "id": "lyon-bus",
        "text": "La métropole de Lyon va supprimer les bus diesel dans le centre dès 2027.",
        "lang": "fr",
        "verdict": "false",
    }
    said = "La Ville de Lyon s'apprête à supprimer la totalité des bus diesel du centre en 2027."
    result = check(claim, said, "fr")
    assert result.agreement is Agreement.AGREES
    assert result.status is Status.FALSE
    assert result.contradiction is None


def test_another_agent_is_still_found() -> None:
    claim = {
        "id": "lyon-bus-true",
        "text": "La métropole de Lyon a supprimé les bus diesel dans le centre en 2024.",
        "lang": "fr",
        "verdict": "true",
    }
    said = "La préfecture du Rhône a supprimé les bus diesel dans le centre en 2024."
    result = check(claim, said, "fr")
    assert result.agreement is Agreement.CONTRADICTS
    assert result.contradiction is not None
    assert result.contradiction.kind.value == "agent"


VERSAILLES = {
    "id": "versailles-2023",
    "text": "Le château de Versailles a accueilli 8,4 millions de visiteurs en 2023.",
    "lang": "fr",
    "verdict": "true",
}


def test_other_names_and_other_figures_are_another_subject_not_a_contradiction() -> None:
    result = check(
        VERSAILLES, "Le musée d'Orsay a accueilli 3,9 millions de visiteurs en 2023.", "fr"
    )
    assert result.status is Status.RELATED
    assert result.agreement is Agreement.NONE
    others = [r.words for r in result.reasons if r.kind.value == "other-event"]
    assert others == [("Orsay", "3,9 millions")]  # the figure read whole, with its scale


def test_the_same_subject_with_another_figure_is_still_a_contradiction() -> None:
    said = "Le château de Versailles a accueilli 6,1 millions de visiteurs en 2023."
    result = check(VERSAILLES, said, "fr")
    assert result.agreement is Agreement.CONTRADICTS
    assert result.contradiction is not None
    assert result.contradiction.said == "6,1 millions"


def test_an_upper_stage_is_no_quantity() -> None:
    claim = {
        "id": "vega-c",
        "text": "La fusée Vega C a effectué son premier vol le 13 juillet 2022 depuis Kourou.",
        "lang": "fr",
        "verdict": "true",
    }
    said = (
        "Lors du premier vol de Vega C depuis Kourou, l'étage supérieur a fonctionné comme prévu."
    )
    result = check(claim, said, "fr")
    assert result.agreement is not Agreement.CONTRADICTS


def test_free_of_charge_corrects_paying() -> None:
    claim = {
        "id": "permis-sms",
        "text": "La préfecture demande par SMS de payer 10 euros pour renouveler le permis de conduire.",
        "lang": "fr",
        "verdict": "false",
    }
    said = "Renouveler son permis de conduire auprès de la préfecture est gratuit, même par SMS."
    result = check(claim, said, "fr")
    assert result.status is not Status.FALSE


RECORD = {
    "id": "rhone-2023",
    "text": "Le débit du Rhône à Lyon a été le plus faible depuis 1976 en août 2023.",
    "lang": "fr",
    "verdict": "true",
}


@pytest.mark.parametrize(
    "sentence",
    [
        "En août 2023, le débit du Rhône à Lyon n'avait jamais été aussi faible depuis 1976.",
        "Jamais depuis 1976 le débit du Rhône à Lyon n'avait été aussi faible qu'en août 2023.",
    ],
)
def test_a_record_told_with_never_is_no_negation(sentence: str) -> None:
    result = check(RECORD, sentence, "fr")
    assert result.agreement is Agreement.AGREES
    assert result.status is Status.TRUE


def test_a_restriction_told_with_ne_plus_que_is_no_negation() -> None:
    claim = {
        "id": "lyon-30",
        "text": "Les voitures roulent à 30 km/h au maximum dans le centre de Lyon depuis le 30 mars 2022.",
        "lang": "fr",
        "verdict": "true",
    }
    said = (
        "Depuis le 30 mars 2022, les voitures ne roulent plus qu'à 30 km/h au maximum"
        " dans le centre de Lyon."
    )
    result = check(claim, said, "fr")
    assert result.agreement is Agreement.AGREES


def test_a_real_negation_still_contradicts() -> None:
    said = "En août 2023, le débit du Rhône à Lyon n'a pas été le plus faible depuis 1976."
    result = check(RECORD, said, "fr")
    assert result.agreement is Agreement.CONTRADICTS


def test_an_english_record_told_with_no_is_no_negation() -> None:
    claim = {
        "id": "uk-rain",
        "text": "England had its wettest 18 months on record up to March 2024.",
        "lang": "en",
        "verdict": "true",
    }
    said = "No 18 months on record in England had been wetter than those up to March 2024."
    result = check(claim, said, "en")
    assert result.agreement is not Agreement.CONTRADICTS


def test_a_contrast_cue_before_other_facts_corrects_a_rumour() -> None:
    claim = {
        "id": "louvre-fire",
        "text": "A video shows the Louvre pyramid on fire in March 2025.",
        "lang": "en",
        "verdict": "false",
    }
    said = "Contrary to what the posts claim, the Louvre pyramid was intact in March 2025."
    result = check(claim, said, "en")
    assert result.status is Status.RELATED


def test_continuing_denies_abolishing() -> None:
    claim = {
        "id": "apl-etudiants",
        "text": "Le gouvernement va supprimer les APL pour les étudiants en 2026.",
        "lang": "fr",
        "verdict": "false",
    }
    said = "La CAF a confirmé que les étudiants continueront à percevoir les APL en 2026."
    result = check(claim, said, "fr")
    assert result.status is not Status.FALSE


def test_had_not_since_is_background_not_negation() -> None:
    claim = {
        "id": "lens-2025",
        "text": "Le RC Lens a remporté la Coupe de France le 24 mai 2025.",
        "lang": "fr",
        "verdict": "true",
    }
    said = "Le RC Lens n'avait plus remporté la Coupe de France depuis 1998."
    result = check(claim, said, "fr")
    assert result.agreement is not Agreement.CONTRADICTS


def test_en_tout_ou_partie_is_no_quantifier() -> None:
    claim = {
        "id": "cc-loi",
        "text": "Le Conseil d'État a annulé en tout ou partie 12 des 40 articles du décret le 3 juin 2024.",
        "lang": "fr",
        "verdict": "true",
    }
    said = "La plupart des articles du décret annulés par le Conseil d'État le 3 juin 2024 étaient mal rédigés."
    result = check(claim, said, "fr")
    assert result.agreement is not Agreement.CONTRADICTS


def test_the_words_of_an_attribution_are_not_the_sentences_own() -> None:
    claim = {
        "id": "amende-chats",
        "text": "Le gouvernement va instaurer une amende de 50 euros pour les chats non stérilisés en 2026.",
        "lang": "fr",
        "verdict": "false",
    }
    said = (
        "En 2026, une amende de 50 euros sera instaurée pour les chats non stérilisés,"
        " selon une publication virale largement relayée par des comptes complotistes sur TikTok"
        " et Facebook."
    )
    result = check(claim, said, "fr")
    assert result.status is Status.FALSE
    assert result.agreement is Agreement.AGREES


def test_attribution_spans_end_with_their_clause() -> None:
    from factcheck.claims.hearsay import attribution_spans

    text = "Des internautes affirment que le pont va fermer, selon une publication partagée sur X."
    spans = [text[s:e] for s, e in attribution_spans(text, 0, len(text), "fr")]
    assert "Des internautes affirment" in spans
    assert " selon une publication partagée sur X" in spans


def test_subscribers_of_a_service_are_no_rumours_spreaders() -> None:
    """ "abonnés" are a service's subscribers as often as an account's followers: only
    "ses abonnés" tells who spreads a rumour."""
    from factcheck.claims.hearsay import attribution_spans, spreader_clause

    text = (
        "À partir de janvier 2027, une partie des heures pleines du gaz est déplacée vers le "
        "soir pour certains abonnés."
    )
    spans = attribution_spans(text, 0, len(text), "fr")
    assert spreader_clause(text, spans, "fr") is None
    told = "Le tarif du gaz va tripler en 2027, a écrit un influenceur à ses abonnés."
    spans = attribution_spans(told, 0, len(told), "fr")
    assert spreader_clause(told, spans, "fr") is not None


@pytest.mark.parametrize(
    ("text", "lang", "spreads"),
    [
        ("In 2025, Sainsbury's posted a record profit of 1.2 billion pounds.", "en", False),
        ("The two councils shared the cost of the new bridge, which opened in 2025.", "en", False),
        (
            "Le département, qui a partagé les coûts du pont avec la région, l'a ouvert.",
            "fr",
            False,
        ),
        ("The bridge will close, a post shared on Facebook claims.", "en", True),
        ("Le pont va fermer, selon une publication partagée des milliers de fois.", "fr", True),
        ("Le pont va fermer, selon un conseil très partagé.", "fr", True),
    ],
)
def test_a_verb_of_sharing_with_an_object_spreads_no_rumour(
    text: str, lang: str, spreads: bool
) -> None:
    from factcheck.claims.hearsay import attribution_spans, spreader_clause

    spans = attribution_spans(text, 0, len(text), lang)
    assert (spreader_clause(text, spans, lang) is not None) is spreads


FIRST = {
    "id": "sonde-mars",
    "text": "La Chine est devenue le 15 mai 2021 le deuxième pays à poser un rover sur Mars.",
    "lang": "fr",
    "verdict": "true",
}


def test_another_rank_is_a_quantity_contradiction() -> None:
    said = "La Chine est devenue le 15 mai 2021 le troisième pays à poser un rover sur Mars."
    result = check(FIRST, said, "fr")
    assert result.contradiction is not None
    assert result.contradiction.kind.value == "quantity"
    assert (result.contradiction.said, result.contradiction.claimed) == ("troisième", "deuxième")


def test_a_rank_alone_is_no_quantity() -> None:
    claim = {
        "id": "mandat",
        "text": "Le maire de Lille a annoncé le 3 mars 2025 qu'il sera candidat aux municipales de 2026.",
        "lang": "fr",
        "verdict": "true",
    }
    said = "Le maire de Lille a annoncé le 3 mars 2025 qu'il sera candidat à un troisième mandat aux municipales de 2026."
    result = check(claim, said, "fr")
    assert result.agreement is not Agreement.CONTRADICTS


def test_an_approximation_before_the_claims_number_agrees() -> None:
    claim = {
        "id": "feu-var",
        "text": "L'incendie du 12 juillet 2025 dans le Var a parcouru environ 3 000 hectares.",
        "lang": "fr",
        "verdict": "true",
    }
    said = "Dans le Var, quelque 3 000 hectares sont partis en fumée lors de l'incendie du 12 juillet 2025."
    result = check(claim, said, "fr")
    assert result.agreement is not Agreement.CONTRADICTS


def test_a_single_unit_is_no_correction_cue() -> None:
    claim = {
        "id": "amende-1",
        "text": "Les radars flasheront dès 1 km/h au-dessus de la limite à partir du 1er mars 2026.",
        "lang": "fr",
        "verdict": "false",
    }
    said = (
        "À partir du 1er mars 2026, les radars flasheront dès un seul km/h au-dessus de la limite."
    )
    result = check(claim, said, "fr")
    assert result.status is Status.FALSE


@pytest.mark.parametrize(
    ("claim_text", "said", "lang"),
    [
        (
            "Le Portugal a remporté 12 médailles aux Jeux de 2024, au neuvième rang européen.",
            "Seuls huit pays européens ont fait mieux que le Portugal, qui a remporté 12 médailles"
            " aux Jeux de 2024.",
            "fr",
        ),
        (
            "Kamala Harris was the first woman to serve as US vice president, from January 2021.",
            "No woman had served as US vice president before Kamala Harris took office in January 2021.",
            "en",
        ),
    ],
)
def test_a_rank_told_with_only_or_no_one_before_is_no_negation(
    claim_text: str, said: str, lang: str
) -> None:
    claim = {"id": "rank", "text": claim_text, "lang": lang, "verdict": "true"}
    result = check(claim, said, lang)
    assert result.agreement is not Agreement.CONTRADICTS


def test_other_names_and_another_figure_in_the_same_year_are_another_event() -> None:
    said = "Le Mont-Saint-Michel a accueilli 3,1 millions de visiteurs en 2023, un record."
    result = check(VERSAILLES, said, "fr")
    assert result.status is Status.RELATED
    assert any(r.kind.value == "other-event" for r in result.reasons)


def test_another_date_and_another_figure_are_another_event() -> None:
    said = "Le château de Versailles a accueilli 6,7 millions de visiteurs en 2019."
    result = check(VERSAILLES, said, "fr")
    assert result.status is Status.RELATED
    assert result.agreement is Agreement.NONE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "La vidéo affirme que les cartes Vitale seront payantes en 2027, mais l'Assurance"
            " maladie dément tout projet de ce genre.",
            "fr",
        ),
        (
            "La vidéo présente les cartes Vitale comme payantes en 2027, mais l'Assurance"
            " maladie rappelle qu'elles restent gratuites.",
            "fr",
        ),
    ],
)
def test_a_rumour_told_then_countered_in_one_sentence_is_a_correction(
    sentence: str, lang: str
) -> None:
    claim = {
        "id": "vitale-payante",
        "text": "Les cartes Vitale seront payantes à partir de 2027.",
        "lang": "fr",
        "verdict": "false",
    }
    result = check(claim, sentence, lang)
    assert result.status is Status.RELATED


def test_a_negation_after_a_colon_backs_the_refutation() -> None:
    claim = {
        "id": "psg-exclu",
        "text": "Le PSG a été exclu de la Ligue des champions 2026 par l'UEFA.",
        "lang": "fr",
        "verdict": "false",
    }
    said = (
        "Il est faux que le PSG ait été exclu de la Ligue des champions 2026 par l'UEFA :"
        " l'instance n'a pris aucune sanction."
    )
    result = check(claim, said, "fr")
    assert result.agreement is Agreement.CONTRADICTS
    assert result.status is Status.TRUE


def test_a_rookie_is_no_beginning() -> None:
    assert lang_key("debutant", "fr") == lang_key("recrue", "fr")
    assert lang_key("debutant", "fr") != lang_key("debut", "fr")


def test_a_past_event_set_against_a_forecast_is_a_correction() -> None:
    claim = {
        "id": "crue-paris",
        "text": "Une crue centennale va submerger Paris avant la fin de l'année.",
        "lang": "fr",
        "verdict": "false",
    }
    said = "Une crue centennale avait déjà submergé Paris, la capitale française."
    result = check(claim, said, "fr")
    assert result.status is Status.RELATED
    assert any(r.kind.value == "correction" and r.words == ("avait",) for r in result.reasons)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "La rumeur d'une crue centennale à Paris avant la fin de l'année revient chaque hiver.",
            Status.RELATED,
        ),
        (
            "Selon la rumeur, une crue centennale va submerger Paris avant la fin de l'année.",
            Status.FALSE,
        ),
    ],
)
def test_speaking_of_the_rumour_is_no_telling_of_it(sentence: str, status: Status) -> None:
    claim = {
        "id": "crue-paris",
        "text": "Une crue centennale va submerger Paris avant la fin de l'année.",
        "lang": "fr",
        "verdict": "false",
    }
    assert check(claim, sentence, "fr").status is status


MUSEE = {
    "id": "orsay-ferme",
    "text": "Le musée d'Orsay va fermer définitivement ses portes en 2027.",
    "lang": "fr",
    "verdict": "false",
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Le musée d'Orsay prévoit des travaux en 2027, sans fermer ses portes.",
        "Le musée d'Orsay fermera partiellement en 2027, le temps de rénover une aile.",
        "Cette théorie sur le musée d'Orsay circule depuis 2023 sur les réseaux sociaux.",
    ],
)
def test_without_partial_or_speaking_of_the_theory_corrects_a_rumour(sentence: str) -> None:
    assert check(MUSEE, sentence, "fr").status is not Status.FALSE


def test_without_before_another_word_is_no_negation() -> None:
    claim = {
        "id": "om-lyon",
        "text": "L'OM a battu l'OL 3 à 0 le 2 février 2025 au Vélodrome.",
        "lang": "fr",
        "verdict": "true",
    }
    said = "L'OM a battu l'OL 3 à 0 le 2 février 2025 au Vélodrome, sans trembler."
    result = check(claim, said, "fr")
    assert result.agreement is Agreement.AGREES


VAGUE = {
    "id": "vague-brest",
    "text": "Une vidéo montre une vague géante submergeant le port de Brest pendant la tempête Ciaran.",
    "lang": "fr",
    "verdict": "false",
}


def test_common_words_in_place_of_a_rumours_are_a_rewording() -> None:
    said = "Sur ces images, une vague gigantesque engloutit le port de Brest pendant la tempête Ciaran."
    result = check(VAGUE, said, "fr")
    assert result.status is Status.FALSE


def test_a_name_in_place_of_a_rumours_is_a_correction() -> None:
    said = "Une vidéo montre une vague géante submergeant le port de Nazaré pendant une tempête de 2020."
    result = check(VAGUE, said, "fr")
    assert result.status is Status.RELATED


CANTINES = {
    "id": "cantines-lyon",
    "text": "Les cantines scolaires de Lyon ne serviront plus de poisson à partir de la rentrée 2026.",
    "lang": "fr",
    "verdict": "false",
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Non, les cantines scolaires de Lyon ne vont pas arrêter de servir du poisson à la rentrée 2026.",
        "La fausse information sur la fin du poisson dans les cantines scolaires de Lyon circule depuis août.",
        "Les rumeurs selon lesquelles les cantines scolaires de Lyon ne serviront plus de poisson relèvent de l'intox.",
    ],
)
def test_a_debunk_of_a_negative_claim_is_no_repetition(sentence: str) -> None:
    assert check(CANTINES, sentence, "fr").status is not Status.FALSE


def test_a_negative_claim_repeated_is_still_the_rumour() -> None:
    said = (
        "À partir de la rentrée 2026, les cantines scolaires de Lyon ne serviront plus de poisson."
    )
    assert check(CANTINES, said, "fr").status is Status.FALSE


@pytest.mark.parametrize(
    "sentence",
    [
        "The idea that Big Ben's clock face was shattered by lightning is a myth.",
        "No, lightning did not shatter the clock face of Big Ben.",
        "Big Ben's clock faces are intact and the clock keeps time as usual.",
    ],
)
def test_english_debunk_forms(sentence: str) -> None:
    claim = {
        "id": "big-ben",
        "text": "Lightning shattered the clock face of Big Ben in October 2025.",
        "lang": "en",
        "verdict": "false",
    }
    assert check(claim, sentence, "en").status is not Status.FALSE


def test_a_figure_of_another_measure_is_no_number_contradiction() -> None:
    claim = {
        "id": "maire-2020",
        "text": "Anne Hidalgo a été réélue maire de Paris le 28 juin 2020 avec 48,5 % des voix.",
        "lang": "fr",
        "verdict": "true",
    }
    said = "L'abstention a atteint 63 % au second tour du 28 juin 2020 qui a vu Anne Hidalgo réélue maire de Paris."
    assert check(claim, said, "fr").agreement is not Agreement.CONTRADICTS
    said = "Anne Hidalgo a été réélue maire de Paris le 28 juin 2020 avec 52,5 % des voix."
    assert check(claim, said, "fr").agreement is Agreement.CONTRADICTS


@pytest.mark.parametrize(
    ("claim_text", "said", "lang"),
    [
        (
            "The Swiss National Bank raised its policy rate to 1.75% on 22 June 2023.",
            "On 22 June 2023 the Swiss National Bank lifted its policy rate to 1.75%.",
            "en",
        ),
        (
            "La Belgique comptait 11,8 millions d'habitants au 1er janvier 2024, selon Statbel.",
            "Au 1er janvier 2024, la Belgique s'élevait à 11,8 millions d'habitants, selon Statbel.",
            "fr",
        ),
    ],
)
def test_a_predicate_said_otherwise_is_no_other_object(
    claim_text: str, said: str, lang: str
) -> None:
    claim = {"id": "p", "text": claim_text, "lang": lang, "verdict": "true"}
    assert check(claim, said, lang).agreement is Agreement.AGREES


def test_a_misleading_figure_named_so_is_a_correction() -> None:
    claim = {
        "id": "impots-moitie",
        "text": "La moitié des Belges ne paient aucun impôt sur le revenu.",
        "lang": "fr",
        "verdict": "misleading",
    }
    said = "Ce chiffre trompeur sur les Belges qui ne paieraient aucun impôt sur le revenu revient chaque année."
    assert check(claim, said, "fr").status is Status.RELATED


def test_a_whole_claim_told_with_much_context_is_the_claim() -> None:
    claim = {
        "id": "wifi-sommeil",
        "text": "Le wifi des box internet empêche les enfants de dormir.",
        "lang": "fr",
        "verdict": "false",
    }
    said = (
        "Depuis l'arrivée de la fibre dans les quartiers nord de Nantes en 2024, le wifi des box"
        " internet empêche les enfants de dormir, et les parents coupent le routeur chaque soir."
    )
    assert check(claim, said, "fr").status is Status.FALSE


def test_jamais_before_a_participle_is_a_superlative() -> None:
    claim = {
        "id": "marathon-record",
        "text": "Kelvin Kiptum a couru le marathon de Chicago en 2 h 00 min 35 s le 8 octobre 2023, un record du monde.",
        "lang": "fr",
        "verdict": "true",
    }
    said = (
        "Le 8 octobre 2023 à Chicago, Kelvin Kiptum a couru le marathon en 2 h 00 min 35 s,"
        " le meilleur temps jamais réalisé sur la distance, un record du monde."
    )
    assert check(claim, said, "fr").agreement is Agreement.AGREES


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "Les agriculteurs bretons ont touché une aide de 12 000 euros par exploitation en 2025.",
            "L'aide versée aux agriculteurs bretons en 2025 s'élevait à 1 500 euros par "
            "exploitation, bien loin des 12 000 euros annoncés en ligne.",
            "fr",
        ),
        (
            "Scottish teachers received a 20% pay rise in 2025.",
            "Scottish teachers received a 4% pay rise in 2025, well short of the 20% claimed online.",
            "en",
        ),
    ],
)
def test_far_from_the_rumoured_figure_corrects_it(claim: str, sentence: str, lang: str) -> None:
    rumour = {"id": "r9", "text": claim, "lang": lang, "verdict": "false"}
    assert check(rumour, sentence, lang).status is not Status.FALSE


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Les infirmiers ont deux jours de repos de plus par mois depuis le 1er janvier 2026.",
            "Les infirmiers ont toujours un seul jour de repos de plus par mois.",
        ),
        (
            "Les candidats au permis qui portent des lunettes sont recalés depuis 2025.",
            "Les candidats au permis sont évalués sur leur conduite, qu'ils portent des lunettes "
            "ou non.",
        ),
    ],
)
def test_one_single_unit_and_whether_or_not_correct_a_rumour(claim: str, sentence: str) -> None:
    rumour = {"id": "r10", "text": claim, "lang": "fr", "verdict": "false"}
    assert check(rumour, sentence, "fr").status is not Status.FALSE


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "Le nombre de députés européens français a été réduit de 81 à 60 en 2024.",
            "La France compte toujours 81 députés européens après les élections de 2024.",
            "fr",
        ),
        (
            "The council raised the parking charge in Bath from £4 to £9 an hour in 2025.",
            "Parking in Bath still costs £4 an hour in 2025, the council says.",
            "en",
        ),
    ],
)
def test_the_figure_a_rumoured_change_starts_from_still_holding_corrects_it(
    claim: str, sentence: str, lang: str
) -> None:
    rumour = {"id": "r11", "text": claim, "lang": lang, "verdict": "false"}
    result = check(rumour, sentence, lang)
    assert result.status is not Status.FALSE
    found = result.contradiction
    assert found is not None and found.kind.value == "number"
    assert sentence[found.start : found.end] == found.said
    assert claim[found.claim_start : found.claim_end] == found.claimed
