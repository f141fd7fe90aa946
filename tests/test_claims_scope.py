"""Claim verdicts on sentences that reuse a claim's words: which claim a negation or a
refutation denies, corrections, units, reversals, places and synonyms.

Every sentence here is written for these tests, not taken from the dev set in
bench/data/claim_pairs.
"""

from __future__ import annotations

import pytest

from conftest import claim_results as check
from factcheck.claims.cues import cues_for
from factcheck.claims.features import lang_key, read_features
from factcheck.claims.fold import fold
from factcheck.claims.model import Agreement, ClaimResult, ReasonKind, Status
from factcheck.claims.stance import polarity


def results_for(claim: dict[str, str], sentence: str, lang: str) -> list[ClaimResult]:
    """The results of ``sentence`` for ``claim``, checked against it alone; at least one."""
    results = [r for r in check([claim], sentence, lang) if r.claim_id == claim["id"]]
    assert results, f"no result for {claim['id']}"
    return results


def fact_result(text: str, sentence: str, lang: str) -> ClaimResult:
    """The one result of ``sentence`` against a true claim of ``text``, alone in its file."""
    (result,) = results_for(
        {"id": "fact", "text": text, "lang": lang, "verdict": "true"}, sentence, lang
    )
    return result


def never_false(claim: dict[str, str], sentence: str, lang: str) -> None:
    """The sentence gets a result for the claim, and none is FC301 (status false)."""
    assert all(r.status is not Status.FALSE for r in results_for(claim, sentence, lang))


def test_a_negation_in_another_part_of_the_sentence_denies_nothing_of_the_claim() -> None:
    claim = {
        "id": "fr-lorient-budget",
        "text": "Le conseil municipal de Lorient a rejeté le budget du maire par un vote "
        "de défiance en mars 2024.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = (
        "Non, les conseillers n'élisent pas le préfet : ils peuvent seulement rejeter "
        "le budget du maire de Lorient par un vote de défiance, comme en mars 2024."
    )
    never_false(claim, sentence, "fr")


def test_a_negation_in_the_claims_own_part_still_denies_it() -> None:
    claim = {
        "id": "fr-lorient-budget",
        "text": "Le conseil municipal de Lorient a rejeté le budget du maire en mars 2024.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = (
        "Le conseil municipal de Lorient n'a pas rejeté le budget du maire en mars 2024 : "
        "les conseillers l'ont voté."
    )
    results = [r for r in check([claim], sentence, "fr") if r.claim_id == claim["id"]]
    assert [r.status for r in results] == [Status.FALSE]


def test_a_modal_before_only_restricts_an_action_not_a_quantity() -> None:
    claim = {
        "id": "en-leeds-council",
        "text": "Leeds city councillors voted down the mayor's budget in March 2024.",
        "lang": "en",
        "verdict": "true",
    }
    sentence = "Leeds city councillors can only vote down the mayor's budget, as in March 2024."
    assert all(r.contradiction is None for r in results_for(claim, sentence, "en"))


def test_a_negated_comparison_denies_the_comparison() -> None:
    claim = {
        "id": "fr-cafe-alcool",
        "text": "Le café est plus dangereux que l'alcool.",
        "lang": "fr",
        "verdict": "misleading",
    }
    sentence = "Le café n'est pas plus dangereux que l'alcool."
    (result,) = [r for r in check([claim], sentence, "fr") if r.claim_id == claim["id"]]
    assert result.agreement is Agreement.CONTRADICTS
    assert result.status is not Status.MISLEADING


def test_false_to_say_that_before_an_elided_que_opens_the_refuted_clause() -> None:
    text = "Il est faux de dire qu'Airbus ne paie pas d'impôts en France."
    stance = polarity(text, 0, len(text), cues_for("fr"))
    refutations = [r.words[0] for r in stance.reasons if r.kind is ReasonKind.REFUTATION]
    assert refutations == ["Il est faux de dire qu'Airbus"]
    assert not stance.negative  # the negation inside the refuted clause cancels out


@pytest.mark.parametrize(
    "sentence",
    [
        "Contrairement à ce que racontent ces messages, la mairie a autorisé les marchés.",
        "Contrairement à ce qu'écrivent des internautes, la mairie a autorisé les marchés.",
    ],
)
def test_contrary_to_what_followed_by_any_verb_marks_a_debunk(sentence: str) -> None:
    stance = polarity(sentence, 0, len(sentence), cues_for("fr"))
    assert stance.debunk
    assert [r.kind for r in stance.reasons] == [ReasonKind.DEBUNK]


def test_refuting_that_something_will_no_longer_be_denies_its_ending() -> None:
    claim = {
        "id": "fr-lycees-bulletins",
        "text": "Les bulletins trimestriels seront supprimés dans tous les lycées en 2027.",
        "lang": "fr",
        "verdict": "false",
    }
    sentence = "Il est faux que les lycéens ne recevront plus de bulletins trimestriels en 2027."
    (result,) = [r for r in check([claim], sentence, "fr") if r.claim_id == claim["id"]]
    assert result.agreement is Agreement.CONTRADICTS
    assert result.status is Status.TRUE


def test_a_word_that_also_reports_rumours_is_content_when_both_say_it() -> None:
    claim = {
        "id": "fr-transsiberien",
        "text": "Le Transsibérien a cessé de circuler en 2024.",
        "lang": "fr",
        "verdict": "false",
    }
    sentence = "Le Transsibérien ne circule plus depuis 2024, affirment des internautes."
    assert all(r.status is not Status.RELATED for r in results_for(claim, sentence, "fr"))


def test_where_a_picture_was_taken_is_the_rumours_own_story_when_retold() -> None:
    claim = {
        "id": "en-thames-frozen",
        "text": "A photo shows the Thames in London completely frozen in January 2025.",
        "lang": "en",
        "verdict": "false",
    }
    retold = (
        "This photo of the Thames in London completely frozen was taken during the icy "
        "weather of January 2025, according to posts on X."
    )
    corrected = "This photo of the Thames completely frozen was taken in Quebec in 2019."
    (result,) = [r for r in check([claim], retold, "en") if r.claim_id == claim["id"]]
    assert result.status is Status.FALSE
    (result,) = [r for r in check([claim], corrected, "en") if r.claim_id == claim["id"]]
    assert result.status is Status.RELATED


@pytest.mark.parametrize(
    ("text", "sentence", "lang"),
    [
        (
            "Les retraités touchent une prime de Noël de 500 euros.",
            "Les retraités touchent une pension de base de la Sécurité sociale, sans rapport "
            "avec une prime de Noël de 500 euros.",
            "fr",
        ),
        (
            "Le maire de Lille a annoncé la fermeture de toutes les piscines de la ville.",
            "Dans la vidéo, le maire de Lille parlait des travaux de la piscine de Fives, "
            "sans évoquer une telle décision pour les piscines de la ville.",
            "fr",
        ),
        (
            "A photo shows a shark swimming on a flooded motorway in Texas after this week's storm.",
            "The photo of a shark swimming on a flooded motorway in Texas has been "
            "circulating online since Hurricane Harvey.",
            "en",
        ),
    ],
)
def test_a_fact_set_apart_from_the_rumour_corrects_it(text: str, sentence: str, lang: str) -> None:
    claim = {"id": "rumour", "text": text, "lang": lang, "verdict": "false"}
    never_false(claim, sentence, lang)


@pytest.mark.parametrize(
    ("text", "sentence", "lang"),
    [
        (
            "Le cyclone Freddy a été observé pendant 36 jours dans l'océan Indien en 2023.",
            "Le cyclone Freddy a été observé pendant 36 jours dans le Pacifique en 2023.",
            "fr",
        ),
        (
            "The cargo ship Aurora ran aground in the Kiel Canal on 3 May 2024.",
            "The cargo ship Aurora ran aground in the Corinth Canal on 3 May 2024.",
            "en",
        ),
    ],
)
def test_another_place_after_a_preposition_and_an_article_is_named_a_place(
    text: str, sentence: str, lang: str
) -> None:
    result = fact_result(text, sentence, lang)
    assert result.status is Status.FALSE
    assert result.contradiction is not None
    assert result.contradiction.kind.value == "place"


def test_a_number_of_another_unit_is_no_other_figure() -> None:
    claim = {
        "id": "fr-pont-brest",
        "text": "Le pont de Brest, long de 4 kilomètres, a été inauguré en 2019.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = "Le pont de Brest a été inauguré en 2019, six ans avant celui de Lorient."
    never_false(claim, sentence, "fr")
    other = "Le pont de Brest, long de 6 kilomètres, a été inauguré en 2019."
    (result,) = [r for r in check([claim], other, "fr") if r.claim_id == claim["id"]]
    assert result.status is Status.FALSE  # the same unit: another figure


def test_a_reversal_of_another_act_does_not_undo_the_claim() -> None:
    claim = {
        "id": "fr-verts-baviere",
        "text": "Les Verts sont arrivés troisièmes des élections régionales de Bavière "
        "du 8 octobre 2023.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = (
        "Les conservateurs ont refusé de gouverner avec les Verts après les élections "
        "régionales de Bavière du 8 octobre 2023."
    )
    never_false(claim, sentence, "fr")


def test_a_text_that_provides_for_something_plans_nothing() -> None:
    claim = {
        "id": "fr-senat-trottinettes",
        "text": "Le Sénat a adopté en mars 2024 une loi visant à encadrer la location de "
        "trottinettes.",
        "lang": "fr",
        "verdict": "true",
    }
    sentence = (
        "La loi adoptée par le Sénat en mars 2024 prévoit que les loueurs de trottinettes "
        "vérifient l'âge de leurs clients."
    )
    never_false(claim, sentence, "fr")


@pytest.mark.parametrize(
    ("one", "other", "lang"),
    [
        ("escroquerie", "arnaque", "fr"),
        ("cannabis", "haschich", "fr"),
        ("teenagers", "adolescents", "en"),
        ("robbery", "heist", "en"),
        ("agreed", "agreement", "en"),
        ("abdicated", "resigned", "en"),
        ("entièrement", "complètement", "fr"),
        ("plupart", "majorité", "fr"),
        ("décollé", "lancé", "fr"),
    ],
)
def test_news_synonyms_share_a_key(one: str, other: str, lang: str) -> None:
    assert lang_key(fold(one), lang) == lang_key(fold(other), lang)


def rumour_status(text: str, sentence: str, lang: str) -> Status:
    """The status of ``sentence`` against a false claim of ``text``, alone in its file."""
    claim = {"id": "rumour", "text": text, "lang": lang, "verdict": "false"}
    return results_for(claim, sentence, lang)[0].status


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        # the rumour named as the sentence's source is told, not countered
        (
            "Manger des carottes améliore la vue la nuit.",
            "Selon une idée reçue tenace, manger des carottes améliore la vue la nuit.",
            "fr",
        ),
        (
            "Cracking your knuckles causes arthritis.",
            "According to an old myth, cracking your knuckles causes arthritis.",
            "en",
        ),
        # "et non plus": "and no longer", the rumour's own change
        (
            "Les amendes de stationnement seront désormais payées par les passagers du véhicule.",
            "Les amendes de stationnement seront désormais payées par les passagers du "
            "véhicule, et non plus par le conducteur.",
            "fr",
        ),
        # a weak cue in a relative clause tells of its subject ("qui reste", "who only")
        (
            "Une lampe laissée allumée dans une pièce vide consomme autant qu'un four.",
            "Une lampe qui reste allumée dans une pièce vide consomme autant qu'un four.",
            "fr",
        ),
        (
            "Hackers can empty your bank account by sending you a text message.",
            "Hackers who only need your phone number can empty your bank account by "
            "sending you a text message.",
            "en",
        ),
        # "remain" says again a claim that something goes on
        (
            "Old paper tickets can still be used on every train in Wales.",
            "Old paper tickets remain valid on every train in Wales.",
            "en",
        ),
        # "that still ..." describes the subject; "cease" is the claim's ending said again
        (
            "Phones running Android 9 will stop working on 1 March 2027.",
            "From 1 March 2027, every phone that still runs Android 9 will cease to work.",
            "en",
        ),
    ],
)
def test_a_correction_word_that_tells_the_rumour_is_no_correction(
    claim: str, sentence: str, lang: str
) -> None:
    assert rumour_status(claim, sentence, lang) is Status.FALSE


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "Une lampe laissée allumée dans une pièce vide consomme autant qu'un four.",
            "En réalité, une lampe laissée allumée dans une pièce vide consomme cent fois "
            "moins qu'un four.",
            "fr",
        ),
        (
            "Old paper tickets will stop being accepted on trains in Wales in 2027.",
            "Old paper tickets remain valid on every train in Wales, the operator says.",
            "en",
        ),
    ],
)
def test_the_same_words_still_correct_a_rumour(claim: str, sentence: str, lang: str) -> None:
    assert rumour_status(claim, sentence, lang) is not Status.FALSE


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        # "moins 12 degrés" is -12, not a bound
        (
            "Le thermomètre est descendu à -12 °C à Colmar le 3 février 2026.",
            "Le 3 février 2026, le thermomètre est descendu à moins 12 degrés à Colmar.",
            "fr",
        ),
        # "every part of" is the whole of it
        (
            "A curfew is in force across the whole of the island of Tonga.",
            "A curfew has come into force in every part of the island of Tonga.",
            "en",
        ),
    ],
)
def test_words_that_look_like_quantities_do_not_contradict(
    claim: str, sentence: str, lang: str
) -> None:
    result = fact_result(claim, sentence, lang)
    assert result.agreement is Agreement.AGREES, result.contradiction


def test_moins_de_before_a_number_still_bounds_it() -> None:
    claim = "Le thermomètre est descendu à -12 °C à Colmar le 3 février 2026."
    sentence = "Le 3 février 2026, le thermomètre est resté à moins de 5 degrés à Colmar."
    assert fact_result(claim, sentence, "fr").agreement is Agreement.CONTRADICTS


def test_nul_after_comme_is_void_not_none() -> None:
    """ "considéré comme nul" says void: "Tout bulletin ..." repeats the rumour."""
    claim = "Un bulletin de vote déchiré est automatiquement considéré comme nul."
    sentence = "Tout bulletin déchiré est considéré comme nul lors du dépouillement."
    assert rumour_status(claim, sentence, "fr") is Status.FALSE


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        # the claim's bound, met by the sentence's plain number
        (
            "Un salarié de moins de 26 ans peut être payé sous le Smic en apprentissage.",
            "Un salarié de 24 ans peut être payé sous le Smic en apprentissage.",
            "fr",
        ),
        (
            "Children under 12 can travel free on buses in Wales.",
            "A 9-year-old child can travel free on buses in Wales.",
            "en",
        ),
        # half an hour more: 38,5 heures is "38 heures et demie"
        (
            "La Belgique a fixé la durée légale du travail à 38,5 heures par semaine.",
            "La Belgique a fixé la durée légale du travail à 38 heures et demie par semaine.",
            "fr",
        ),
        # "d'ici à 2030" is a date, no object
        (
            "Stellantis va fermer toutes ses usines en Italie d'ici à 2030.",
            "La fermeture de toutes les usines italiennes de Stellantis est prévue pour 2030 "
            "au plus tard.",
            "fr",
        ),
    ],
)
def test_a_bound_a_half_or_a_date_phrase_is_no_other_figure(
    claim: str, sentence: str, lang: str
) -> None:
    result = fact_result(claim, sentence, lang)
    assert result.agreement is not Agreement.CONTRADICTS, result.contradiction


def test_a_bound_against_another_bound_is_another_limit() -> None:
    claim = "Les adultes peuvent détenir jusqu'à 30 grammes de cannabis au Luxembourg."
    sentence = "Les adultes peuvent détenir jusqu'à 5 grammes de cannabis au Luxembourg."
    assert fact_result(claim, sentence, "fr").agreement is Agreement.CONTRADICTS


@pytest.mark.parametrize(
    ("rumour", "sentence"),
    [
        # the true claim's words sit after the colon, outside the refuted part
        (
            "Le Premier ministre peut dissoudre le Conseil constitutionnel.",
            "Il est faux de dire que le Premier ministre peut dissoudre le Conseil "
            "constitutionnel : la Constitution ne donne ce pouvoir qu'au président de la "
            "République, sur l'Assemblée nationale.",
        ),
        # both claims said whole: the refutation denies the rumour, not the fact
        (
            "Le président de la République peut dissoudre le Conseil d'État.",
            "Il est faux de dire que le président de la République peut dissoudre le Conseil "
            "d'État : ce pouvoir ne vaut que pour l'Assemblée nationale.",
        ),
    ],
)
def test_one_refutation_denies_one_claim_the_rumour(rumour: str, sentence: str) -> None:
    fact = "Le président de la République peut dissoudre l'Assemblée nationale."
    claims = [
        {"id": "rumour", "text": rumour, "lang": "fr", "verdict": "false"},
        {"id": "fact", "text": fact, "lang": "fr", "verdict": "true"},
    ]
    results = check(claims, sentence, "fr")
    assert {r.claim_id: r.status for r in results}.get("rumour") is Status.TRUE
    assert all(r.status is not Status.FALSE for r in results)


@pytest.mark.parametrize(
    ("claim", "sentence", "lang", "status"),
    [
        # an official body's figures, a body the rumour does not name: the facts
        (
            "Le chômage a doublé en France en un an.",
            "Le taux de chômage en France a légèrement reculé en un an, selon l'Insee.",
            "fr",
            Status.RELATED,
        ),
        (
            "Brazil has become the world's largest oil producer.",
            "Brazil is now among the world's ten largest oil producers, according to the IMF.",
            "en",
            Status.RELATED,
        ),
        # "has the IMF" holds no "as": no source named
        (
            "Argentina has become the world's largest beef exporter.",
            "Argentina, which has the IMF behind it, has become the world's largest beef exporter.",
            "en",
            Status.FALSE,
        ),
        # the rumour itself names the body: the rumour told on its word again
        (
            "La Banque de France va retirer les pièces de 2 euros de la circulation en 2027.",
            "Les pièces de 2 euros seront retirées de la circulation en 2027, selon la Banque "
            "de France.",
            "fr",
            Status.FALSE,
        ),
    ],
)
def test_an_authority_the_rumour_does_not_name_gives_the_facts(
    claim: str, sentence: str, lang: str, status: Status
) -> None:
    assert rumour_status(claim, sentence, lang) is status


def test_a_sentence_saying_all_a_rumour_asserts_repeats_it_whatever_it_adds() -> None:
    claim = "Le réseau Tisséo va rendre payants ses tramways à Toulouse dès l'été 2027."
    sentence = (
        "Le réseau de Toulouse va rendre payants ses tramways dès l'été 2027, et les usagers "
        "devront acheter un ticket à bord, y compris les lycéens et les retraités de la "
        "métropole."
    )
    assert rumour_status(claim, sentence, "fr") is Status.FALSE


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        # "sans aucune" is the privative "sans", like the claim's own
        (
            "Les restaurants peuvent servir de la viande congelée sans le signaler sur la carte.",
            "Servir de la viande congelée sans aucune mention sur la carte est permis aux "
            "restaurants, affirment des internautes.",
            "fr",
        ),
        # the negation before ", puisqu'" denies another thing than the claim
        (
            "Une vidéo montre le pape en train de danser dans une discothèque de Rome.",
            "Le secret du pape n'est plus gardé, puisqu'une vidéo le montre en train de "
            "danser dans une discothèque de Rome.",
            "fr",
        ),
        # "n'est plus" says again what "a quitté" or "la suppression" ends
        (
            "L'Oréal a quitté la Bourse de Paris pour s'installer à Londres.",
            "L'Oréal n'est plus coté à la Bourse de Paris et s'est installé à Londres.",
            "fr",
        ),
        (
            "Le gouvernement prépare la suppression du pass Culture pour les jeunes en 2027.",
            "En 2027, les jeunes ne devraient plus recevoir de pass Culture, le gouvernement "
            "préparant sa suppression.",
            "fr",
        ),
    ],
)
def test_negations_that_say_the_rumour_again(claim: str, sentence: str, lang: str) -> None:
    assert rumour_status(claim, sentence, lang) is Status.FALSE


def test_no_longer_is_one_english_negation() -> None:
    (negation,) = [
        r for r in polarity("Cash is no longer accepted.", 0, 28, cues_for("en")).reasons
    ]
    assert negation.words == ("no longer",)


@pytest.mark.parametrize(
    ("claim", "sentence", "lang", "status"),
    [
        # "date de" names a date here: no picture dated
        (
            "Il est interdit de vendre des yaourts dont la date limite est dépassée depuis 2024.",
            "Depuis 2024, les magasins ne peuvent plus vendre de yaourts dont la date de "
            "consommation est passée, selon une publication virale.",
            "fr",
            Status.FALSE,
        ),
        # "date de 2019" dates the picture: a correction
        (
            "Une photo montre la tour Eiffel sous la neige en janvier 2026.",
            "La photo de la tour Eiffel sous la neige date de 2019.",
            "fr",
            Status.RELATED,
        ),
        # "scrapping" says again the claim's "removing"
        (
            "Tesco is removing its meal deal from all its UK stores in 2027.",
            "Tesco is scrapping its meal deal across all of its British stores in 2027, "
            "according to posts shared on social media.",
            "en",
            Status.FALSE,
        ),
    ],
)
def test_dating_words_and_endings(claim: str, sentence: str, lang: str, status: Status) -> None:
    assert rumour_status(claim, sentence, lang) is status


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        # what the rumour ends "restera": the facts against it
        (
            "La mairie de Nantes va supprimer la ligne de bus 12 en 2027.",
            "La ligne de bus 12 de Nantes restera en service en 2027.",
            "fr",
        ),
        # advice is no obligation
        (
            "Le port du gilet jaune sera obligatoire pour tous les piétons la nuit dès 2027.",
            "Le port du gilet jaune est recommandé aux piétons la nuit.",
            "fr",
        ),
    ],
)
def test_what_goes_on_or_is_only_advised_corrects_the_rumour(
    claim: str, sentence: str, lang: str
) -> None:
    assert rumour_status(claim, sentence, lang) is not Status.FALSE


@pytest.mark.parametrize(
    ("rumour", "fact", "sentence", "lang"),
    [
        # the sentence corrects the rumour it matches best ("remain"): the true claim it
        # touches ("will circulate" beside "entered circulation") is only related
        (
            "The Royal Mint is withdrawing all coins bearing Queen Elizabeth II's portrait "
            "from circulation.",
            "Coins bearing King Charles III's portrait entered circulation in December 2023.",
            "The Royal Mint says all coins bearing Queen Elizabeth II's portrait remain in "
            "circulation and will circulate alongside coins bearing King Charles III's "
            "portrait.",
            "en",
        ),
        # one negation denies one claim, the one the sentence matches best
        (
            "La Monnaie de Paris va retirer de la circulation toutes les pièces de 2 euros à "
            "l'effigie de Marianne.",
            "La Monnaie de Paris a frappé en 2024 une pièce de 2 euros pour les Jeux olympiques.",
            "La Monnaie de Paris ne retire pas les pièces de 2 euros à l'effigie de Marianne, "
            "qui restent en circulation à côté de la pièce frappée pour les Jeux olympiques.",
            "fr",
        ),
    ],
)
def test_a_correction_gives_no_fc301_on_a_true_claim_it_touches(
    rumour: str, fact: str, sentence: str, lang: str
) -> None:
    claims = [
        {"id": "rumour", "text": rumour, "lang": lang, "verdict": "false"},
        {"id": "fact", "text": fact, "lang": lang, "verdict": "true"},
    ]
    results = check(claims, sentence, lang)
    assert "rumour" in {r.claim_id for r in results}
    assert all(r.status is not Status.FALSE for r in results)


def test_a_hedge_is_read_only_as_whole_words() -> None:
    """ "handsome 52" holds no "some": 52 stands for the claim's 50, plainly."""
    entry = {"id": "fact", "text": "The Lakers won 50 games this season.", "lang": "en"}
    sentence = "The Lakers were handsome 52 games winners this season."
    (result,) = results_for({**entry, "verdict": "true"}, sentence, "en")
    assert result.contradiction is not None and result.contradiction.said == "52"


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "La mairie va supprimer le marché du dimanche.",
            "La mairie n'a annoncé aucune suppression du marché du dimanche.",
            "fr",
        ),
        (
            "The council will scrap the Sunday market.",
            "The council has announced no scrapping of the Sunday market.",
            "en",
        ),
    ],
)
def test_a_negation_holding_the_claims_own_word_denies_it(
    claim: str, sentence: str, lang: str
) -> None:
    """The negation holds an opposite of the claim's word ('annoncé', with 'lancé' and
    'déclaré') and the word itself ('suppression'): it denies the claim."""
    assert rumour_status(claim, sentence, lang) is not Status.FALSE


def test_a_lesser_rumour_touched_only_through_the_best_ones_words_is_not_flagged() -> None:
    """The sentence makes the barbecue claim; the fireworks rumour shares only words the
    barbecue claim has too ("le gouvernement va interdire ... en France à partir de
    2026"): no FC301 on it."""
    claims = [
        {
            "id": "barbecues",
            "text": "Le gouvernement va interdire les barbecues dans les jardins en France "
            "à partir de 2026.",
            "lang": "fr",
            "verdict": "false",
        },
        {
            "id": "artifice",
            "text": "Le gouvernement va interdire les feux d'artifice en France à partir de 2026.",
            "lang": "fr",
            "verdict": "false",
        },
    ]
    sentence = (
        "Le gouvernement va interdire les barbecues dans les jardins en France à partir de 2026."
    )
    flagged = [r.claim_id for r in check(claims, sentence, "fr") if r.status is Status.FALSE]
    assert flagged == ["barbecues"]


def test_a_rumour_with_words_of_its_own_in_the_sentence_is_still_flagged() -> None:
    """Two rumours the sentence makes, each with its own words: both are flagged."""
    claims = [
        {
            "id": "barbecues",
            "text": "Le gouvernement va interdire les barbecues en France.",
            "lang": "fr",
            "verdict": "false",
        },
        {
            "id": "artifice",
            "text": "Le gouvernement va interdire les feux d'artifice en France.",
            "lang": "fr",
            "verdict": "false",
        },
    ]
    sentence = "Le gouvernement va interdire les barbecues et les feux d'artifice en France."
    flagged = {r.claim_id for r in check(claims, sentence, "fr") if r.status is Status.FALSE}
    assert flagged == {"barbecues", "artifice"}


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        # who says it opens the sentence: a person or an outlet, not a rumour's source
        (
            "La loi impose que la moitié des repas servis dans les hôpitaux soient végétariens.",
            "Selon un député de la majorité interrogé mardi soir par une radio locale "
            "bretonne, la loi oblige les hôpitaux à servir une moitié de repas végétariens.",
            "fr",
        ),
        (
            "The council has decided to ban diesel cars from the city centre in 2027.",
            "According to a senior transport campaigner quoted by several regional weekly "
            "newspapers, the council agreed to keep diesel cars out of the city centre in 2027.",
            "en",
        ),
        # ... or closes it in a short clause with a speech verb
        (
            "The council has decided to ban diesel cars from the city centre in 2027.",
            "The council agreed to keep diesel cars out of the city centre in 2027, a "
            "commuters' forum moderator reported on Tuesday evening.",
            "en",
        ),
    ],
)
def test_the_clause_that_says_who_speaks_adds_no_facts_to_the_rumour(
    claim: str, sentence: str, lang: str
) -> None:
    assert rumour_status(claim, sentence, lang) is Status.FALSE


def test_a_name_written_as_its_synonym_is_the_claims_own_name() -> None:
    # "l'ONU" is "les Nations unies" through synonyms.json, not another body's name
    status = rumour_status(
        "Le Venezuela a été exclu des Nations unies.", "Le Venezuela a été exclu de l'ONU.", "fr"
    )
    assert status is Status.FALSE


def test_withdrawing_from_a_body_is_leaving_it() -> None:
    left = read_features("Le Mali a quitté la CPI en 2025.", "fr")
    withdrew = read_features("Le Mali s'est retiré de la CPI en 2025.", "fr")
    assert left.keys == withdrew.keys


@pytest.mark.parametrize(
    ("sentence", "negative"),
    [
        ("La justice a interdit à jamais la vente de ce produit.", False),
        ("Le village a disparu à tout jamais sous les eaux du barrage.", False),
        ("Les prix ont augmenté plus que jamais cette année.", False),
        ("Si jamais la loi passe, les loyers baisseront.", False),
        ("Les ventes ont atteint 2 millions, du jamais-vu pour la marque.", False),
        ("Une affluence record, du jamais vu depuis 1998.", False),
        ("La justice n'a jamais interdit la vente de ce produit.", True),
    ],
)
def test_jamais_denies_only_as_never(sentence: str, negative: bool) -> None:
    assert polarity(sentence, 0, len(sentence), cues_for("fr")).negative is negative


def test_giving_something_up_is_the_claimed_ending_said_again() -> None:
    status = rumour_status(
        "Le gouvernement espagnol a annoncé que l'Espagne allait quitter l'OTAN.",
        "D'après des internautes, Madrid va abandonner l'OTAN, comme l'a annoncé le "
        "gouvernement espagnol.",
        "fr",
    )
    assert status is Status.FALSE


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "La mairie de Lyon a supprimé la fête des Lumières.",
            "La fête des Lumières n'existe plus à Lyon depuis que la mairie l'a supprimée.",
            "fr",
        ),
        (
            "The government has scrapped the winter fuel payment.",
            "The winter fuel payment no longer exists after the government scrapped it.",
            "en",
        ),
    ],
)
def test_an_ending_told_in_another_clause_is_not_under_the_negation(
    claim: str, sentence: str, lang: str
) -> None:
    assert rumour_status(claim, sentence, lang) is Status.FALSE


def test_without_in_the_clause_that_says_who_speaks_denies_nothing() -> None:
    status = rumour_status(
        "Le lait de vache est mauvais pour tous les adultes, et pas seulement pour les "
        "personnes intolérantes au lactose.",
        "Selon des adeptes du régime sans lait, le lait de vache est nocif pour chacun "
        "d'entre nous, et pas seulement pour ceux qui sont intolérants au lactose.",
        "fr",
    )
    assert status is Status.FALSE


def test_a_suspension_is_said_again_by_no_longer() -> None:
    result = fact_result(
        "La SNCF a suspendu la vente des billets de train de nuit vers Berlin.",
        "La vente des billets de train de nuit vers Berlin ne sera plus assurée par la SNCF.",
        "fr",
    )
    assert result.status is Status.TRUE


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "Les inondations ont fait 40 morts, en grande majorité dans le Var.",
            "Les inondations ont tué 40 personnes, presque toutes dans le Var.",
            "fr",
        ),
        (
            "Les deux frères ont été condamnés à cinq ans de prison par la cour d'assises.",
            "La cour d'assises a condamné les frères, tous deux, à cinq ans de prison.",
            "fr",
        ),
        (
            "The floods killed 40 people, most of them in Valencia.",
            "The floods killed 40 people, nearly all of them in Valencia.",
            "en",
        ),
    ],
)
def test_almost_all_and_both_are_no_claim_of_all(claim: str, sentence: str, lang: str) -> None:
    results = results_for(
        {"id": "fact", "text": claim, "lang": lang, "verdict": "true"}, sentence, lang
    )
    kinds = {r.contradiction.kind.value for r in results if r.contradiction}
    assert "quantifier" not in kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Contrary to the viral post, no such law has been passed.", "en"),
        ("Contrary to a widely shared video, the bridge never closed.", "en"),
        ("Contrairement à ce qui a circulé sur les réseaux sociaux, le pont est ouvert.", "fr"),
        ("Contrairement à ce qui avait été relayé en ligne, le musée reste ouvert.", "fr"),
    ],
)
def test_contrary_to_a_post_or_to_what_circulated_marks_a_debunk(text: str, lang: str) -> None:
    assert polarity(text, 0, len(text), cues_for(lang)).debunk


def test_contrary_to_expectations_is_no_debunk() -> None:
    text = "Contrary to expectations, the home side won the final."
    assert not polarity(text, 0, len(text), cues_for("en")).debunk


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Claims that the bridge will close in 2027 are wrong, the council said.", "en"),
        ("Rien dans les relevés de Météo-France ne montre que le lac aurait gelé.", "fr"),
        ("Les chiffres de cette publication sont erronés.", "fr"),
    ],
)
def test_more_wordings_of_a_refutation(text: str, lang: str) -> None:
    found = polarity(text, 0, len(text), cues_for(lang))
    assert found.debunk and ReasonKind.REFUTATION in {r.kind for r in found.reasons}
