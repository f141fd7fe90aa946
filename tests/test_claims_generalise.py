"""Claim matching that generalises beyond the words of the claim: word forms, synonyms,
corrections, role swaps.

Every sentence here is written for these tests, not taken from the dev set in
bench/data/claim_pairs.
"""

from __future__ import annotations

import pytest

from conftest import claim_results as check
from conftest import text_claim
from factcheck.claims.features import coverage, lang_key, read_features, word_key
from factcheck.claims.hearsay import reports_rumour
from factcheck.claims.lexicon import lexicon
from factcheck.claims.model import Agreement, ClaimResult, Status


@pytest.mark.parametrize(
    ("one", "other"),
    [("sucrees", "sucre"), ("hausses", "hausse"), ("remportee", "remporter"), ("lives", "live")],
)
def test_plural_and_feminine_forms_share_a_key(one: str, other: str) -> None:
    assert word_key(one) == word_key(other)


def test_word_forms_do_not_lower_the_coverage() -> None:
    claim = read_features("Les boissons sucrées sont taxées depuis 2018.", "fr")
    said = read_features("Une boisson sucrée est taxée depuis 2018.", "fr")
    assert coverage(claim, said)[0] == 1.0


def result_for(results: list[ClaimResult], claim_id: str) -> ClaimResult:
    found = [r for r in results if r.claim_id == claim_id]
    assert found, f"no result for {claim_id}: {results}"
    return found[0]


SYNONYM_CLAIMS = [
    {
        "id": "fr-avortement",
        "text": "Le Parlement du Danemark a allongé le délai légal de l'IVG à dix-huit semaines.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "en-fares",
        "text": "The city of Leeds raised bus fares by 10% in January 2022.",
        "lang": "en",
        "verdict": "true",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        (
            "fr-avortement",
            "Au Danemark, le délai légal de l'avortement a été allongé à dix-huit semaines"
            " par le Parlement.",
            "fr",
        ),
        ("en-fares", "In January 2022 Leeds increased its bus fares by 10%.", "en"),
    ],
)
def test_a_rewording_with_synonyms_matches_and_agrees(
    claim_id: str, sentence: str, lang: str
) -> None:
    found = result_for(check(SYNONYM_CLAIMS, sentence, lang), claim_id)
    assert found.status is Status.TRUE
    assert found.agreement is Agreement.AGREES


def test_synonyms_share_a_key() -> None:
    assert lang_key("ivg", "fr") == lang_key("avortement", "fr")
    assert lang_key("increased", "en") == lang_key("raised", "en")
    assert lang_key("ivg", "en") == word_key("ivg")  # each language has its own groups


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_synonym_group_joins_the_two_sides_of_an_antonym_pair(lang: str) -> None:
    for mine, other in lexicon(lang).antonyms:
        assert not mine & other, (lang, sorted(mine & other))


def test_a_count_is_not_in_the_place_of_a_percentage() -> None:
    claims = [
        {
            "id": "en-heat-pumps",
            "text": "More than 60% of new homes built in Finland in 2022 had a heat pump.",
            "lang": "en",
            "verdict": "true",
        }
    ]
    sentence = "One of the new homes built in Finland in 2022 had a heat pump from Sweden."
    found = result_for(check(claims, sentence, "en"), "en-heat-pumps")
    assert found.status is not Status.FALSE


def test_a_synonym_group_does_not_take_in_words_sharing_a_prefix() -> None:
    # "élu" and "élection" would put "électricité" (same first five letters) in the group
    assert lang_key("electricite", "fr") != lang_key("elu", "fr")
    assert lang_key("international", "fr") == word_key("international")


@pytest.mark.parametrize(
    ("lang", "word", "other", "same_meaning"),
    [
        ("fr", "vendredi", "vendu", "vendre"),  # Friday is no sale
        ("fr", "revenu", "vendu", "revendu"),  # income is no resale
        ("fr", "ecroule", "prison", "ecroue"),  # a collapse is no jailing
        ("fr", "rachel", "achete", "rachete"),
        ("en", "incredible", "raised", "increased"),
        # fifteenth session: keys shared with frequent words of the OrangeSum articles
        ("fr", "collectivites", "eleves", "collegiens"),  # local councils are no pupils
        ("fr", "militants", "soldats", "militaires"),  # activists are no soldiers
        ("fr", "organisation", "corps", "organisme"),
        ("fr", "travaux", "salaries", "travailleurs"),  # works are no workers
        ("fr", "courage", "electricite", "courant"),
        ("fr", "portail", "telephone", "portable"),
        ("en", "black", "outage", "blackout"),  # "Black Friday" is no power cut
        ("en", "motors", "highway", "motorway"),  # "General Motors" is no road
        ("en", "convinced", "sentenced", "convicted"),
    ],
)
def test_synonyms_whose_key_other_words_share_join_only_as_whole_words(
    lang: str, word: str, other: str, same_meaning: str
) -> None:
    assert lang_key(same_meaning, lang) == lang_key(other, lang)
    assert lang_key(word, lang) != lang_key(other, lang)


TRUE_CLAIMS = [
    {
        "id": "fr-handball",
        "text": "Le club de Nantes a battu Kielce 31 à 27 en finale de la Ligue des champions à Cologne.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "fr-festival",
        "text": "La cérémonie d'ouverture du festival de Lyon, place Bellecour, s'est déroulée"
        " le 21 juin 2023.",
        "lang": "fr",
        "verdict": "true",
    },
]


def test_giving_way_contradicts_a_win_told_with_battre() -> None:
    sentence = (
        "Le club de Nantes s'est incliné face à Kielce en finale de la Ligue des champions"
        " à Cologne."
    )
    found = result_for(check(TRUE_CLAIMS, sentence, "fr"), "fr-handball")
    assert found.status is Status.FALSE
    assert found.contradiction is not None
    assert found.contradiction.kind.value == "antonym"
    assert sentence[found.contradiction.start : found.contradiction.end] == "incliné"


def test_a_rewording_opening_on_other_words_is_not_another_agent() -> None:
    # opens on other words ("les musiciens ont défilé") and drops two words of the claim
    # ("cérémonie", "déroulée"): a rewording, not another agent
    sentence = (
        "Le 21 juin 2023, les musiciens ont défilé place Bellecour"
        " pour l'ouverture du festival de Lyon."
    )
    found = result_for(check(TRUE_CLAIMS, sentence, "fr"), "fr-festival")
    assert found.status is Status.TRUE
    assert found.agreement is Agreement.AGREES


def test_another_subject_with_the_rest_the_same_is_another_agent() -> None:
    sentence = (
        "La parade d'ouverture du festival de Lyon, place Bellecour, s'est déroulée"
        " le 21 juin 2023."
    )
    found = result_for(check(TRUE_CLAIMS, sentence, "fr"), "fr-festival")
    assert found.status is Status.FALSE
    assert found.contradiction is not None
    assert found.contradiction.kind.value == "agent"


def test_a_party_or_leaving_is_no_quantifier() -> None:
    # "partie" (une partie de) has the key of "parti" (a party) and "partir" (à partir de)
    quantifiers = lexicon("fr").quantifiers
    for word in ("parti", "partir", "partis"):
        assert lang_key(word, "fr") not in quantifiers


def test_the_auxiliary_a_is_not_the_preposition_a() -> None:
    claims = [
        {
            "id": "fr-tickets",
            "text": "Le ticket de bus de Rennes a été relevé de 5 % le 1er janvier 2025.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    sentence = "Le 1er janvier 2025, le ticket de bus de Rennes a grimpé de 5 %."
    for found in check(claims, sentence, "fr"):
        kind = found.contradiction.kind.value if found.contradiction else None
        assert kind != "place", found.contradiction


def test_attribution_words_are_not_facts_of_the_sentences_own() -> None:
    claims = [
        {
            "id": "en-moon",
            "text": "NASA admitted that the 1969 Moon landing was filmed in a studio.",
            "lang": "en",
            "verdict": "false",
        }
    ]
    sentence = (
        "According to a video, the space agency confessed that the Apollo 11 landing"
        " of 1969 was shot in a studio."
    )
    found = result_for(check(claims, sentence, "en"), "en-moon")
    assert found.status is Status.FALSE  # the rumour repeated: FC301


SWAP_CLAIMS = [
    {
        "id": "fr-derby",
        "text": "Le RC Lens a battu le FC Nantes 3 à 1 le 12 mars 2023 au stade Bollaert.",
        "lang": "fr",
        "verdict": "true",
    }
]


def test_two_names_swapped_around_the_same_words_are_another_agent() -> None:
    sentence = "Le FC Nantes a battu le RC Lens 3 à 1 le 12 mars 2023 au stade Bollaert."
    found = result_for(check(SWAP_CLAIMS, sentence, "fr"), "fr-derby")
    assert found.status is Status.FALSE
    assert found.contradiction is not None
    assert found.contradiction.kind.value == "agent"
    said = sentence[found.contradiction.start : found.contradiction.end]
    claimed = SWAP_CLAIMS[0]["text"][
        found.contradiction.claim_start : found.contradiction.claim_end
    ]
    assert (said, claimed) == ("FC Nantes", "RC Lens")


def test_a_passive_with_the_names_swapped_is_not_a_swap() -> None:
    sentence = "Le FC Nantes a été battu par le RC Lens 3 à 1 le 12 mars 2023 au stade Bollaert."
    found = result_for(check(SWAP_CLAIMS, sentence, "fr"), "fr-derby")
    assert found.status is Status.TRUE


def test_news_paraphrases_and_fois_are_read_as_the_same_claim() -> None:
    assert lang_key("covid", "fr") == lang_key("coronavirus", "fr")
    assert lang_key("revalorise", "fr") == lang_key("hausse", "fr")
    assert "fois" not in {w.key for w in read_features("pour la troisième fois", "fr").words}
    claims = [
        {
            "id": "fr-velo",
            "text": "La cycliste Pauline Ferrand-Prévot a remporté le Tour de France Femmes 2025,"
            " son premier succès sur l'épreuve.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    sentence = (
        "En 2025, Pauline Ferrand-Prévot a gagné le Tour de France Femmes pour la première fois."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-velo")
    assert found.status is Status.TRUE


def test_a_verb_for_its_synonym_on_one_antonym_side_is_no_substitution() -> None:
    claims = [
        {
            "id": "fr-taux",
            "text": "La Banque d'Angleterre a relevé son taux directeur de 0,5 point"
            " le 2 février 2023.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    sentence = (
        "Le 2 février 2023, la Banque d'Angleterre a augmenté son taux directeur de 0,5 point."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-taux")
    assert found.status is Status.TRUE


def test_above_a_place_bounds_no_quantity() -> None:
    claims = [
        {
            "id": "fr-drones",
            "text": "Des drones survolent la centrale de Flamanville chaque nuit pour la photographier.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = (
        "Des drones passeraient chaque nuit au-dessus de la centrale de Flamanville"
        " pour la photographier."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-drones")
    assert found.contradiction is None or found.contradiction.kind.value != "quantity"


def test_a_correction_saying_only_part_of_the_rumour_is_related() -> None:
    claims = [
        {
            "id": "fr-fromage",
            "text": "Le gouvernement va interdire la vente de fromage au lait cru en France.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = (
        "Le gouvernement a seulement rappelé les précautions pour les femmes enceintes"
        " qui mangent du fromage au lait cru."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-fromage")
    assert found.status is Status.RELATED


QUAKE = [
    {
        "id": "fr-seisme",
        "text": "Un séisme de magnitude 6,1 a secoué le nord de Tarbes et le sud de Lourdes"
        " le 3 avril 2025.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "en-rates",
        "text": "The Bank of Canada lowered its key rate by a quarter point on 4 June 2025.",
        "lang": "en",
        "verdict": "true",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        # a count of another scale is another quantity, not another magnitude
        (
            "fr-seisme",
            "Le séisme du 3 avril 2025 a fait plus de 1 200 sinistrés à Tarbes et à Lourdes.",
            "fr",
        ),
        # "again": another event of the same kind, on its own date
        ("en-rates", "The Bank of Canada lowered its key rate again in July 2025.", "en"),
    ],
)
def test_compatible_statements_are_not_contradictions(
    claim_id: str, sentence: str, lang: str
) -> None:
    found = result_for(check(QUAKE, sentence, lang), claim_id)
    assert found.status is not Status.FALSE, found.contradiction


def test_a_remedy_said_to_worsen_the_illness_corrects_the_rumour() -> None:
    claims = [
        {
            "id": "fr-vinaigre",
            "text": "Boire du vinaigre guérit la grippe en deux jours.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = "Boire du vinaigre peut aggraver la grippe en irritant l'estomac."
    found = result_for(check(claims, sentence, "fr"), "fr-vinaigre")
    assert found.status is Status.RELATED
    assert found.contradiction is not None
    assert found.contradiction.kind.value == "antonym"


def test_a_synonym_phrase_is_read_as_one_word_of_its_group() -> None:
    said = read_features("Un tremblement de terre a secoué Tarbes.", "fr")
    claim = read_features("Un séisme a secoué Tarbes.", "fr")
    assert coverage(claim, said)[0] == 1.0
    word = next(w for w in said.words if w.key == lang_key("seisme", "fr"))
    assert "Un tremblement de terre a secoué Tarbes."[word.start : word.end] == "tremblement"


def test_an_earlier_fact_with_another_figure_still_corrects_a_rumour() -> None:
    claims = [
        {
            "id": "en-toll",
            "text": "The council will charge drivers 20 pounds to enter the centre of Exeter from May.",
            "lang": "en",
            "verdict": "false",
        }
    ]
    sentence = (
        "The council will charge drivers 2 pounds to enter the centre of Exeter from May,"
        " as it already does on market days."
    )
    found = result_for(check(claims, sentence, "en"), "en-toll")
    assert found.status is Status.RELATED


def test_a_percentage_against_the_claims_quantifier_is_another_number() -> None:
    claims = [
        {
            "id": "en-bikes",
            "text": "Most commuters in Utrecht travel to work by bicycle.",
            "lang": "en",
            "verdict": "true",
        }
    ]
    sentence = "About 15% of commuters in Utrecht travel to work by bicycle."
    found = result_for(check(claims, sentence, "en"), "en-bikes")
    assert found.status is Status.FALSE
    assert found.contradiction is not None
    assert found.contradiction.kind.value == "number"
    assert sentence[found.contradiction.start : found.contradiction.end] == "15"
    agrees = result_for(
        check(claims, "About 70% of commuters in Utrecht travel to work by bicycle.", "en"),
        "en-bikes",
    )
    assert agrees.status is Status.TRUE


def test_whole_word_synonyms_leave_words_of_the_same_key_apart() -> None:
    assert lang_key("essence", "fr") == lang_key("carburant", "fr")
    assert lang_key("essentiel", "fr") != lang_key("carburant", "fr")
    assert lang_key("population", "fr") == lang_key("habitants", "fr")
    assert lang_key("populaire", "fr") != lang_key("habitants", "fr")
    assert lang_key("elections", "en") == lang_key("vote", "en")
    assert lang_key("electric", "en") != lang_key("vote", "en")


def test_an_infinitive_meets_its_participle() -> None:
    assert lang_key("donner", "fr") == lang_key("donne", "fr")  # folded "donné"
    assert lang_key("fermer", "fr") == lang_key("ferme", "fr")  # folded "fermé"
    assert lang_key("porter", "fr") == lang_key("porte", "fr")  # folded "porté"


MYTHS = [
    {
        "id": "fr-cafe",
        "text": "Le café empêche les enfants de grandir.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-goldfish",
        "text": "Goldfish never remember anything for more than three seconds.",
        "lang": "en",
        "verdict": "false",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        # a refutation opener before the claim's own words
        ("fr-cafe", "Rien n'indique que le café empêche les enfants de grandir.", "fr"),
        ("fr-cafe", "Que le café empêche les enfants de grandir est une idée reçue.", "fr"),
        # a belief told, then countered
        (
            "fr-cafe",
            "Beaucoup de parents croient que le café empêche les enfants de grandir,"
            " mais les pédiatres rappellent que la croissance dépend surtout de la génétique.",
            "fr",
        ),
        # "not true that" refutes a claim that is itself negative
        (
            "en-goldfish",
            "It is not true that goldfish never remember anything for more than three seconds.",
            "en",
        ),
        (
            "en-goldfish",
            "Many people think goldfish never remember anything for more than three seconds,"
            " but tests show they learn feeding times.",
            "en",
        ),
    ],
)
def test_a_myth_told_to_refute_it_is_no_repetition(claim_id: str, sentence: str, lang: str) -> None:
    found = result_for(check(MYTHS, sentence, lang), claim_id)
    assert found.status is not Status.FALSE, found.reasons


CATS = [
    {
        "id": "fr-chats",
        "text": "Les chats domestiques transmettent la rage aux enfants.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-kale",
        "text": "Eating raw kale cures migraines.",
        "lang": "en",
        "verdict": "false",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        (
            "fr-chats",
            "Les chats domestiques transmettent surtout la toxoplasmose et des parasites"
            " intestinaux.",
            "fr",
        ),
        ("en-kale", "Eating raw kale cures constipation and provides useful dietary fibre.", "en"),
    ],
)
def test_a_rumours_object_replaced_by_the_facts_is_a_correction(
    claim_id: str, sentence: str, lang: str
) -> None:
    found = result_for(check(CATS, sentence, lang), claim_id)
    assert found.status is Status.RELATED, found.reasons


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        ("fr-chats", "Les chats domestiques transmettent la rage aux bambins.", "fr"),
        ("en-kale", "Eating raw kale cures migraine headaches, a viral post says.", "en"),
    ],
)
def test_a_rumours_object_reworded_still_repeats_it(
    claim_id: str, sentence: str, lang: str
) -> None:
    found = result_for(check(CATS, sentence, lang), claim_id)
    assert found.status is Status.FALSE, found.reasons


TRUE_FACTS = [
    {
        "id": "fr-tram",
        "text": "La ville de Brest a inauguré sa deuxième ligne de tramway le 12 mai 2025.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "fr-vote",
        "text": "Le conseil municipal de Brest a adopté à l'unanimité le budget 2025.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "en-ferry",
        "text": "The ferry operator cut its fares by 10% in March 2025.",
        "lang": "en",
        "verdict": "true",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        # a quantity word measuring something the claim does not say
        (
            "fr-tram",
            "La ville de Brest a inauguré sa deuxième ligne de tramway le 12 mai 2025,"
            " moins d'un an après le début des essais.",
            "fr",
        ),
        # "seulement" before a count of something else
        (
            "fr-vote",
            "Le conseil municipal de Brest a adopté le budget 2025 à l'unanimité,"
            " après seulement 40 minutes de débat.",
            "fr",
        ),
        # a negation in a purpose clause does not deny the claim
        (
            "en-ferry",
            "The ferry operator cut its fares by 10% in March 2025 so as not to lose"
            " passengers to the airlines.",
            "en",
        ),
        (
            "fr-tram",
            "La ville de Brest a inauguré sa deuxième ligne de tramway le 12 mai 2025"
            " pour ne plus dépendre des bus.",
            "fr",
        ),
    ],
)
def test_a_true_claim_told_with_more_context_is_not_contradicted(
    claim_id: str, sentence: str, lang: str
) -> None:
    found = result_for(check(TRUE_FACTS, sentence, lang), claim_id)
    assert found.status is Status.TRUE, found.reasons


PRIVATIVE = [
    {
        "id": "fr-bail",
        "text": "Les propriétaires peuvent augmenter le loyer sans prévenir leurs locataires.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-toll",
        "text": "Drivers can cross the new bridge without paying any toll.",
        "lang": "en",
        "verdict": "true",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang", "status"),
    [
        (
            "fr-bail",
            "Les propriétaires peuvent augmenter le loyer sans prévenir leurs locataires.",
            "fr",
            Status.FALSE,
        ),
        ("en-toll", "Drivers can cross the new bridge without paying any toll.", "en", Status.TRUE),
    ],
)
def test_a_claim_that_says_without_is_repeated_not_denied(
    claim_id: str, sentence: str, lang: str, status: Status
) -> None:
    found = result_for(check(PRIVATIVE, sentence, lang), claim_id)
    assert found.status is status, found.reasons


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "La Station spatiale internationale sera désorbitée au-dessus du Pacifique en 2030.",
            "L'ISS sera désorbitée au-dessus du Pacifique en 2030.",
            "fr",
        ),
        (
            "The IAEA inspected the plant in March 2025.",
            "The Atomic Energy International Agency inspected the plant in March 2025.",
            "en",
        ),
    ],
)
def test_an_acronym_in_another_languages_order_stands_for_its_words(
    claim: str, sentence: str, lang: str
) -> None:
    claims = [{"id": "c", "text": claim, "lang": lang, "verdict": "true"}]
    found = result_for(check(claims, sentence, lang), "c")
    assert found.status is Status.TRUE, found.reasons


BANS = [
    {
        "id": "fr-feux",
        "text": "Les feux d'artifice seront interdits à Lyon le soir du 14 juillet 2026.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-kites",
        "text": "Kites will be banned from every beach in Cornwall from June 2026.",
        "lang": "en",
        "verdict": "false",
    },
    {
        "id": "fr-salon",
        "text": "Le salon international de l'aéronautique sera autorisé au Bourget en juin 2027.",
        "lang": "fr",
        "verdict": "true",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang", "status"),
    [
        # a negated permission says the ban again
        (
            "fr-feux",
            "Les feux d'artifice ne seront plus autorisés à Lyon le soir du 14 juillet 2026.",
            "fr",
            Status.FALSE,
        ),
        (
            "en-kites",
            "From June 2026, kites will no longer be allowed on any beach in Cornwall.",
            "en",
            Status.FALSE,
        ),
        (
            "fr-feux",
            "À Lyon, on n'aura plus le droit de tirer des feux d'artifice le soir du"
            " 14 juillet 2026.",
            "fr",
            Status.FALSE,
        ),
        # "international" is no prohibition: the negation still contradicts
        (
            "fr-salon",
            "Le salon international de l'aéronautique ne sera pas autorisé au Bourget"
            " en juin 2027.",
            "fr",
            Status.FALSE,
        ),
    ],
)
def test_a_negated_permission_is_the_ban_itself(
    claim_id: str, sentence: str, lang: str, status: Status
) -> None:
    found = result_for(check(BANS, sentence, lang), claim_id)
    assert found.status is status, found.reasons


def test_a_rumour_told_as_a_theory_is_repeated() -> None:
    claims = [
        {
            "id": "fr-pise",
            "text": "La tour de Pise a été redressée en secret par des ingénieurs chinois.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = (
        "Selon une théorie très partagée sur Instagram et Telegram depuis l'été dernier,"
        " la célèbre tour penchée de Pise aurait été redressée discrètement par des"
        " ingénieurs chinois."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-pise")
    assert found.status is Status.FALSE, found.reasons


def test_entier_is_the_quantifier_of_all() -> None:
    claims = [
        {
            "id": "fr-panne",
            "text": "La panne a privé toute la Corse d'électricité le 3 mars 2026.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    sentence = "La Corse entière a été privée d'électricité par la panne du 3 mars 2026."
    found = result_for(check(claims, sentence, "fr"), "fr-panne")
    assert found.status is Status.TRUE, found.reasons
    assert found.contradiction is None


LAWNS = [
    {
        "id": "fr-tonte",
        "text": "Un décret interdit de tondre sa pelouse avant 10 heures le dimanche.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-lawn",
        "text": "A new law bans mowing the lawn before 10am on Sundays.",
        "lang": "en",
        "verdict": "false",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        # "aucun ... avant 10 heures" denies: only "jamais ... avant" alone asserts a first
        (
            "fr-tonte",
            "Aucun décret n'interdit de tondre sa pelouse avant 10 heures le dimanche.",
            "fr",
        ),
        ("en-lawn", "No new law bans mowing the lawn before 10am on Sundays.", "en"),
        # a refutation closing its clause, then a negation that backs it
        (
            "fr-tonte",
            "L'idée qu'un décret interdit de tondre sa pelouse avant 10 heures le dimanche"
            " est fausse, aucun texte ne le prévoit.",
            "fr",
        ),
        (
            "en-lawn",
            "The story that a new law bans mowing the lawn before 10am on Sundays is false,"
            " no such law was ever passed.",
            "en",
        ),
    ],
)
def test_a_denial_of_a_timed_ban_is_no_repetition(claim_id: str, sentence: str, lang: str) -> None:
    found = result_for(check(LAWNS, sentence, lang), claim_id)
    assert found.status is not Status.FALSE, found.reasons


MAYORS = [
    {
        "id": "fr-maire",
        "text": "Nathalie Appéré a annoncé le 4 mars 2025 qu'elle ne briguerait pas"
        " de troisième mandat à la mairie de Rennes en 2026.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "en-port",
        "text": "The port of Dover reopened to lorries on 12 May 2025 after a two-day strike.",
        "lang": "en",
        "verdict": "true",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        # the claim's denial is not what the sentence speaks of
        ("fr-maire", "Nathalie Appéré a dirigé la mairie de Rennes pendant douze ans.", "fr"),
        # a negation of something else than the claim
        ("en-port", "The port of Dover was not the only one hit by strikes that spring.", "en"),
    ],
)
def test_a_negation_about_something_else_is_no_contradiction(
    claim_id: str, sentence: str, lang: str
) -> None:
    found = result_for(check(MAYORS, sentence, lang), claim_id)
    assert found.status is not Status.FALSE, found.reasons


def test_a_negation_of_the_claim_itself_still_contradicts() -> None:
    sentence = "The port of Dover did not reopen to lorries on 12 May 2025."
    found = result_for(check(MAYORS, sentence, "en"), "en-port")
    assert found.status is Status.FALSE


def test_an_event_maintained_corrects_its_cancellation() -> None:
    claims = [
        {
            "id": "fr-salon",
            "text": "Le salon du livre de Brive 2026 a été annulé faute de bénévoles.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = "Le salon du livre de Brive 2026 est maintenu, avec autant de bénévoles qu'en 2025."
    found = result_for(check(claims, sentence, "fr"), "fr-salon")
    assert found.status is not Status.FALSE, found.reasons


def test_a_rumour_told_as_a_post_says_it_is_repeated() -> None:
    claims = [
        {
            "id": "en-parking",
            "text": "A woman in Leeds was fined £5,000 for parking on her own driveway.",
            "lang": "en",
            "verdict": "false",
        }
    ]
    sentence = (
        "As a viral Facebook post says, a woman from Leeds had to pay a £5,000 fine just"
        " because she left her car parked on her own driveway overnight."
    )
    found = result_for(check(claims, sentence, "en"), "en-parking")
    assert found.status is Status.FALSE, found.reasons


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Le prix du ticket de métro a doublé à Toulouse en 2025.",
            "Le prix du ticket de métro a été multiplié par deux à Toulouse en 2025.",
        ),
        (
            "La taxe sur les résidences secondaires sera supprimée en France en 2027.",
            "La taxe sur les résidences secondaires sera supprimée dans l'Hexagone en 2027.",
        ),
    ],
)
def test_news_synonyms_of_the_fourth_pass(claim: str, sentence: str) -> None:
    claims = [{"id": "c", "text": claim, "lang": "fr", "verdict": "true"}]
    found = result_for(check(claims, sentence, "fr"), "c")
    assert found.status is Status.TRUE, found.reasons


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        (
            "en-goldfish",
            "The story that goldfish never remember anything for more than three seconds"
            " started with a 1990s advert.",
            "en",
        ),
        (
            "fr-cafe",
            "L'idée que le café empêche les enfants de grandir remonte au XIXe siècle.",
            "fr",
        ),
    ],
)
def test_the_rumour_spoken_of_as_a_story_is_no_repetition(
    claim_id: str, sentence: str, lang: str
) -> None:
    found = result_for(check(MYTHS, sentence, lang), claim_id)
    assert found.status is not Status.FALSE, found.reasons


def test_a_rumour_told_after_a_source_opener_is_repeated() -> None:
    claims = [
        {
            "id": "fr-miel",
            "text": "Une cuillère de miel chaque soir guérit l'insomnie.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = (
        "À en croire une vieille astuce de grand-mère qui fait le tour des forums"
        " de parents depuis cet hiver, une cuillère de miel avalée chaque soir fait disparaître"
        " les insomnies."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-miel")
    assert found.status is Status.FALSE, found.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon plusieurs médias en ligne, une équipe de chercheurs a trouvé dans les"
        " glaciers de l'Antarctique des signes qui prouvent l'existence d'un virus géant.",
        "Selon des articles partagés sur les réseaux sociaux, des chercheurs ont"
        " démontré qu'un virus géant dort dans les glaciers de l'Antarctique.",
    ],
)
def test_a_rumour_told_after_selon_des_medias_is_repeated(sentence: str) -> None:
    claims = [
        {
            "id": "fr-virus",
            "text": "Des chercheurs ont découvert un virus géant dans les glaciers de l'Antarctique.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    found = result_for(check(claims, sentence, "fr"), "fr-virus")
    assert found.status is Status.FALSE, found.reasons


TREATY = [
    {
        "id": "fr-traite",
        "text": "Le Parlement européen a adopté le traité sur les océans le 5 mars 2024.",
        "lang": "fr",
        "verdict": "true",
    }
]


def test_a_later_step_dated_from_the_claims_event_is_no_date_contradiction() -> None:
    sentence = (
        "Le traité sur les océans est entré en vigueur le 5 juin 2024, trois mois après"
        " son adoption par le Parlement européen."
    )
    found = result_for(check(TREATY, sentence, "fr"), "fr-traite")
    assert found.status is not Status.FALSE, found.reasons


def test_a_date_dated_from_another_event_still_contradicts() -> None:
    sentence = (
        "Le Parlement européen a adopté le traité sur les océans le 5 mars 2025,"
        " deux ans après le début des négociations."
    )
    found = result_for(check(TREATY, sentence, "fr"), "fr-traite")
    assert found.status is Status.FALSE
    assert found.contradiction is not None and found.contradiction.kind.value == "date"


@pytest.mark.parametrize(
    ("claim", "sentence", "verdict", "status"),
    [
        # a capital for its government
        (
            "La Chine a racheté le port de Marseille.",
            "Selon une rumeur, Pékin a racheté le port de Marseille.",
            "false",
            Status.FALSE,
        ),
        # "contrairement à ce qui circule": a debunk
        (
            "La Russie a interdit l'importation de vin français.",
            "Contrairement à ce qui circule, les importations de vin français en Russie"
            " continuent normalement.",
            "false",
            Status.RELATED,
        ),
    ],
)
def test_capitals_and_what_circulates(
    claim: str, sentence: str, verdict: str, status: Status
) -> None:
    claims = [{"id": "c", "text": claim, "lang": "fr", "verdict": verdict}]
    found = result_for(check(claims, sentence, "fr"), "c")
    assert found.status is status, found.reasons


RACE = [
    {
        "id": "fr-municipales",
        "text": "Anne Durand a été élue maire de Nantes le 23 mars 2026 avec 54,2 % des voix"
        " face à Paul Martin.",
        "lang": "fr",
        "verdict": "true",
    }
]


def test_the_other_partys_share_is_no_contradiction() -> None:
    sentence = "Paul Martin a obtenu 45,8 % des voix au second tour à Nantes le 23 mars 2026."
    found = result_for(check(RACE, sentence, "fr"), "fr-municipales")
    assert found.status is not Status.FALSE, found.reasons


def test_the_rest_of_the_share_given_to_the_winner_still_contradicts() -> None:
    sentence = "Anne Durand a été élue maire de Nantes le 23 mars 2026 avec 45,8 % des voix."
    found = result_for(check(RACE, sentence, "fr"), "fr-municipales")
    assert found.status is Status.FALSE


RANKS = [
    {
        "id": "fr-rang",
        "text": "La Bretagne est devenue en 2025 la première région française pour la"
        " production de lait.",
        "lang": "fr",
        "verdict": "true",
    }
]


def test_a_rank_of_another_thing_is_no_contradiction() -> None:
    sentence = (
        "La Bretagne, région française où la production de lait a le plus progressé en"
        " 2025, est la deuxième destination touristique du pays."
    )
    found = result_for(check(RANKS, sentence, "fr"), "fr-rang")
    assert found.status is not Status.FALSE, found.reasons


def test_another_rank_of_the_same_thing_still_contradicts() -> None:
    sentence = (
        "La Bretagne est devenue en 2025 la troisième région française pour la production de lait."
    )
    found = result_for(check(RANKS, sentence, "fr"), "fr-rang")
    assert found.status is Status.FALSE


def test_all_of_something_else_is_no_quantifier_contradiction() -> None:
    claims = [
        {
            "id": "fr-tram-auto",
            "text": "La ligne 2 du tramway de Dijon a été inaugurée le 8 septembre 2024.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    sentence = (
        "La ligne 2 du tramway de Dijon, inaugurée le 8 septembre 2024, est entièrement"
        " accessible aux fauteuils roulants."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-tram-auto")
    assert found.status is Status.TRUE, found.reasons


def test_a_visit_dated_days_after_the_claims_event_is_no_date_contradiction() -> None:
    claims = [
        {
            "id": "fr-crue",
            "text": "La crue de la Garonne a inondé le centre de Marmande le 3 février 2026.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    sentence = (
        "Le Premier ministre s'est rendu à Marmande le 7 février 2026, quelques jours"
        " après la crue de la Garonne."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-crue")
    assert found.status is not Status.FALSE, found.reasons


@pytest.mark.parametrize(
    ("claim", "sentence", "verdict", "status"),
    [
        (
            "Les billets de 20 euros vont être retirés de la circulation en 2027.",
            "Les billets de 20 euros ne seront plus valables en 2027, affirme une publication.",
            "false",
            Status.FALSE,
        ),
        (
            "Le festival interceltique de Lorient a été annulé en 2026.",
            "Le festival interceltique de Lorient n'a pas été maintenu en 2026.",
            "true",
            Status.TRUE,
        ),
        (
            "Parking at Leeds station will become paid from June 2026.",
            "Parking at Leeds station will no longer be free from June 2026.",
            "false",
            Status.FALSE,
        ),
    ],
)
def test_a_negated_antonym_says_the_claim(
    claim: str, sentence: str, verdict: str, status: Status
) -> None:
    lang = "en" if claim.startswith("Parking") else "fr"
    claims = [{"id": "c", "text": claim, "lang": lang, "verdict": verdict}]
    found = result_for(check(claims, sentence, lang), "c")
    assert found.status is status, found.reasons


ENDINGS = [
    {
        "id": "fr-tram-lyon",
        "text": "La ville de Lyon va supprimer toutes ses lignes de tramway en 2027.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-mondays",
        "text": "Schools in Leeds will close every Monday from September 2027.",
        "lang": "en",
        "verdict": "false",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang", "status"),
    [
        # "no longer" says the ending again
        (
            "fr-tram-lyon",
            "En 2027, plus aucun tramway ne circulera dans la ville de Lyon, affirme une"
            " publication, la mairie ayant décidé de supprimer toutes les lignes.",
            "fr",
            Status.FALSE,
        ),
        (
            "en-mondays",
            "Pupils in Leeds will no longer go to school on Mondays from September 2027.",
            "en",
            Status.FALSE,
        ),
        # the ending itself denied is a correction
        (
            "fr-tram-lyon",
            "La ville de Lyon ne va plus supprimer ses lignes de tramway en 2027.",
            "fr",
            Status.RELATED,
        ),
    ],
)
def test_no_longer_says_the_ending_again(
    claim_id: str, sentence: str, lang: str, status: Status
) -> None:
    found = result_for(check(ENDINGS, sentence, lang), claim_id)
    if status is Status.RELATED:
        assert found.status is not Status.FALSE, found.reasons
    else:
        assert found.status is status, found.reasons


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "Le camembert au lait cru sera interdit à la vente en France en 2027.",
            "Le camembert au lait cru continuera d'être vendu en France en 2027.",
            "fr",
        ),
        (
            "The Blackpool tram network was shut down for good in 2025.",
            "The Blackpool tram network still carries passengers every day in 2025.",
            "en",
        ),
        (
            "A video shows the Hull ferry terminal destroyed by a storm in January 2026.",
            "The Hull ferry terminal is still handling crossings to Rotterdam in January 2026.",
            "en",
        ),
        (
            "Drinking milk weakens children's bones.",
            "Contrary to a popular myth, drinking milk does not weaken children's bones.",
            "en",
        ),
        # a replacement ends what it replaces; a relocation ends the work where it was
        (
            "Le Tour de France a remplacé tous ses motards par des drones en 2026.",
            "Le Tour de France a gardé tous ses motards en 2026.",
            "fr",
        ),
        (
            "Michelin va délocaliser en Inde la fabrication des pneus de Clermont-Ferrand.",
            "Michelin continue de fabriquer des pneus dans son usine de Clermont-Ferrand.",
            "fr",
        ),
        (
            "Le gouvernement a supprimé les aides au permis de conduire des apprentis.",
            "Le gouvernement a réduit les aides aux jeunes, les apprentis conservant "
            "leur aide au permis de conduire.",
            "fr",
        ),
        # strengthening something goes on with it, against its rumoured abandonment
        (
            "La mairie de Lille a annoncé l'abandon de son réseau de vélos en libre-service.",
            "La mairie de Lille a annoncé le renforcement de son réseau de vélos en libre-service.",
            "fr",
        ),
        (
            "The BBC has replaced all its weather presenters with AI avatars.",
            "The BBC is keeping all its weather presenters.",
            "en",
        ),
    ],
)
def test_what_goes_on_corrects_a_rumoured_ending(claim: str, sentence: str, lang: str) -> None:
    claims = [{"id": "c", "text": claim, "lang": lang, "verdict": "false"}]
    found = result_for(check(claims, sentence, lang), "c")
    assert found.status is not Status.FALSE, found.reasons


def test_what_goes_on_in_a_retold_rumour_is_the_rumour() -> None:
    """A sentence that tells the rumour on its spreaders' word keeps what it says going
    as the rumour's own words ("garder de l'huile en bouche"), no correction."""
    claims = [
        text_claim("Le vinaigre blanc remplace la lessive pour laver le linge.", "fr", "false")
    ]
    sentence = (
        "Plus besoin de lessive : garder un verre de vinaigre blanc dans le tambour "
        "suffit pour laver le linge, affirme une vidéo virale."
    )
    found = result_for(check(claims, sentence, "fr"), "c")
    assert found.status is Status.FALSE, found.reasons


def test_a_participle_clause_after_a_refutation_backs_it() -> None:
    claims = [
        {
            "id": "fr-pont",
            "text": "Le pont de Normandie va être fermé définitivement en 2027.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = (
        "Il est faux que le pont de Normandie doive fermer définitivement en 2027,"
        " aucune fermeture n'ayant été décidée par son gestionnaire."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-pont")
    assert found.status is not Status.FALSE, found.reasons


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        # "à partir de" shares its key with "partiellement", an antonym of "définitivement"
        (
            "Le musée de Cluny sera fermé définitivement au public en 2027.",
            "À partir de 2027, le musée de Cluny sera fermé au public pour de bon.",
        ),
        # "a annoncé qu'elle ..." reports; it starts no event against "arrêtait"
        (
            "La chanteuse Zaz a annoncé qu'elle mettait un terme à sa carrière en 2026.",
            "La chanteuse Zaz a fait savoir qu'elle arrêtait sa carrière en 2026.",
        ),
    ],
)
def test_antonyms_are_listed_words_not_shared_keys(claim: str, sentence: str) -> None:
    claims = [{"id": "c", "text": claim, "lang": "fr", "verdict": "true"}]
    found = result_for(check(claims, sentence, "fr"), "c")
    assert found.status is Status.TRUE, found.reasons


def test_what_goes_on_after_a_contrast_corrects_the_rumour() -> None:
    claims = [
        {
            "id": "fr-lac",
            "text": "Le lac d'Annecy s'est entièrement asséché pendant l'été 2026.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = (
        "Le niveau du lac d'Annecy a baissé pendant l'été 2026, mais ses bateaux ont"
        " continué de naviguer."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-lac")
    assert found.status is not Status.FALSE, found.reasons


def test_paying_and_payant_share_a_key() -> None:
    keys = {lang_key(w, "fr") for w in ("payant", "payante", "payer", "paye")}
    assert len(keys) == 1


def test_an_ending_denied_contradicts_a_claim_that_says_no_longer() -> None:
    claims = [
        {
            "id": "fr-frites",
            "text": "Les écoles de Rennes ne serviront plus de poisson à partir de la rentrée 2027.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = "Le poisson ne sera pas retiré des menus des écoles de Rennes à la rentrée 2027."
    found = result_for(check(claims, sentence, "fr"), "fr-frites")
    assert found.status is not Status.FALSE, found.reasons


def test_a_clearly_lesser_entry_beside_a_corrected_one_is_only_related() -> None:
    claims = [
        {
            "id": "en-fizzy",
            "text": "The UK government is banning the sale of fizzy drinks to all adults.",
            "lang": "en",
            "verdict": "false",
        },
        {
            "id": "en-cards",
            "text": "The British government will ban card payments from 2028.",
            "lang": "en",
            "verdict": "false",
        },
    ]
    sentence = "The UK government is banning the sale of fizzy drinks to children under 16."
    results = check(claims, sentence, "en")
    assert result_for(results, "en-fizzy").status is Status.RELATED, results
    assert all(r.status is Status.RELATED for r in results), results


ORIGIN_CLAIMS = [
    {
        "id": "fr-ours",
        "text": "Une vidéo montre un ours brun dans les rues de Grenoble après les chutes de neige.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-flood",
        "text": "A photo shows the Tower of London flooded by the Thames after a storm.",
        "lang": "en",
        "verdict": "false",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang", "corrected"),
    [
        (
            "fr-ours",
            "La vidéo de l'ours brun dans les rues de Grenoble a été tournée dans un zoo de"
            " Roumanie.",
            "fr",
            True,
        ),
        (
            "en-flood",
            "The photo of the Tower of London flooded by the Thames after a storm was taken"
            " during a film shoot.",
            "en",
            True,
        ),
        (
            "fr-ours",
            "Un ours brun a été filmé dans les rues de Grenoble après les chutes de neige.",
            "fr",
            False,
        ),
    ],
)
def test_a_pictures_real_origin_corrects_the_rumour(
    claim_id: str, sentence: str, lang: str, corrected: bool
) -> None:
    found = result_for(check(ORIGIN_CLAIMS, sentence, lang), claim_id)
    assert (found.status is Status.RELATED) is corrected, found.reasons
    assert (found.status is Status.FALSE) is not corrected, found.reasons


FIGURE_CLAIMS = [
    {
        "id": "fr-peage",
        "text": "Le péage du tunnel du Mont-Blanc a été porté à 90 euros par passage.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "fr-metro",
        "text": "Le ticket de métro parisien coûte 2,50 euros depuis janvier 2025.",
        "lang": "fr",
        "verdict": "true",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "status"),
    [
        (
            "fr-peage",
            "Les automobilistes paient 67,50 euros par passage pour franchir le tunnel du"
            " Mont-Blanc.",
            Status.RELATED,
        ),
        (
            "fr-peage",
            "Le péage du tunnel du Mont-Blanc a atteint 90 euros par passage.",
            Status.FALSE,
        ),
        (
            "fr-metro",
            "Les voyageurs du métro parisien paient 12 euros pour un forfait d'une journée.",
            Status.TRUE,
        ),
    ],
)
def test_a_rumours_figure_in_its_own_unit_is_corrected_by_another(
    claim_id: str, sentence: str, status: Status
) -> None:
    found = result_for(check(FIGURE_CLAIMS, sentence, "fr"), claim_id)
    assert found.status is status, found.reasons


def test_a_restrictive_word_before_the_sentences_own_number_is_no_quantifier() -> None:
    claims = [
        {
            "id": "fr-musee",
            "text": "Le musée des Confluences de Lyon a fermé après seulement trois mois d'activité.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = (
        "Trois mois après son ouverture, le musée des Confluences de Lyon a entièrement"
        " fermé, affirme une publication."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-musee")
    assert found.status is Status.FALSE, found.reasons


@pytest.mark.parametrize(
    ("one", "other", "lang"),
    [
        ("cede", "vendu", "fr"),
        ("cession", "vente", "fr"),
        ("railway", "rail", "en"),
        ("renationalised", "nationalized", "en"),
    ],
)
def test_sale_and_rail_words_share_a_key(one: str, other: str, lang: str) -> None:
    assert lang_key(one, lang) == lang_key(other, lang)


def test_a_boasting_post_reports_the_rumour() -> None:
    text = "Le pass coûte 10 euros par an, vante un message relayé sur Facebook."
    assert reports_rumour(text, 0, len(text), "fr")


DENIAL_CLAIMS = [
    {
        "id": "fr-cantine",
        "text": "La cantine des écoles de Nantes deviendra payante pour toutes les familles en 2027.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-fee",
        "text": "Cardiff will charge every driver a £10 congestion fee from 2027.",
        "lang": "en",
        "verdict": "false",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        (
            "fr-cantine",
            "Non, la cantine des écoles de Nantes ne deviendra pas payante pour toutes les"
            " familles en 2027, a démenti la mairie.",
            "fr",
        ),
        (
            "en-fee",
            "Cardiff will not charge every driver a £10 congestion fee from 2027, the council"
            " denied.",
            "en",
        ),
    ],
)
def test_a_closing_denial_reports_the_negation_it_follows(
    claim_id: str, sentence: str, lang: str
) -> None:
    found = result_for(check(DENIAL_CLAIMS, sentence, lang), claim_id)
    assert found.status is Status.TRUE, found.reasons


def test_a_negation_of_other_words_does_not_deny_an_announcement() -> None:
    claims = [
        {
            "id": "fr-bus",
            "text": "Le maire de Rennes a annoncé le 3 mars 2025, lors du conseil municipal, la"
            " gratuité des bus pour les moins de 18 ans dans toute la métropole.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    sentence = (
        "Les syndicats n'ont pas signé la déclaration du maire de Rennes sur la gratuité des bus."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-bus")
    assert found.status is not Status.FALSE, found.reasons


ENDING_CLAIMS = [
    {
        "id": "fr-parking",
        "text": "La mairie de Lyon a supprimé le 1er mars 2025 la gratuité des parkings le dimanche.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "en-library",
        "text": "The council will close the Westgate library from June 2026.",
        "lang": "en",
        "verdict": "false",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang", "status"),
    [
        (
            "fr-parking",
            "La gratuité des parkings le dimanche a été annulée par la mairie de Lyon le 1er mars"
            " 2025.",
            "fr",
            Status.TRUE,
        ),
        (
            "en-library",
            "The Westgate library is being scrapped by the council from June 2026.",
            "en",
            Status.FALSE,
        ),
    ],
)
def test_a_reversal_word_that_ends_things_repeats_a_claimed_ending(
    claim_id: str, sentence: str, lang: str, status: Status
) -> None:
    found = result_for(check(ENDING_CLAIMS, sentence, lang), claim_id)
    assert found.status is status, found.reasons


SPREAD_CLAIMS = [
    {
        "id": "fr-trottinette",
        "text": "Laisser une trottinette électrique en charge toute la nuit peut faire exploser sa"
        " batterie.",
        "lang": "fr",
        "verdict": "misleading",
    },
    {
        "id": "en-tea",
        "text": "Drinking green tea every day prevents hair loss in men.",
        "lang": "en",
        "verdict": "false",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang", "status"),
    [
        (
            "fr-trottinette",
            "Brancher sa trottinette électrique toute la nuit risque de provoquer l'explosion de"
            " sa batterie, met en garde une publication partagée des milliers de fois.",
            "fr",
            Status.MISLEADING,
        ),
        (
            "en-tea",
            "Men drinking green tea daily are protected from hair loss, a wellness blogger told"
            " followers in a widely shared post.",
            "en",
            Status.FALSE,
        ),
        (
            "fr-trottinette",
            "Selon les pompiers de Paris, les batteries de trottinettes électriques prennent feu"
            " surtout lorsqu'elles sont endommagées ou rechargées avec un chargeur non conforme.",
            "fr",
            Status.RELATED,
        ),
    ],
)
def test_a_clause_of_the_rumours_spread_is_its_attribution(
    claim_id: str, sentence: str, lang: str, status: Status
) -> None:
    found = result_for(check(SPREAD_CLAIMS, sentence, lang), claim_id)
    assert found.status is status, found.reasons


def test_quelquun_is_no_quantity() -> None:
    claims = [
        {
            "id": "fr-tique",
            "text": "Une tique peut transmettre la maladie de Lyme en piquant un chevreuil puis un"
            " promeneur.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = (
        "En piquant un chevreuil avant de s'attaquer à quelqu'un d'autre, une tique peut lui"
        " transmettre la maladie de Lyme, assurent des internautes."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-tique")
    assert found.status is Status.FALSE, found.reasons


ELSEWHERE_CLAIMS = [
    {
        "id": "fr-fusee",
        "text": "La fusée Vega-C a effectué son vol de retour le 5 décembre 2024 depuis le centre"
        " spatial de Kourou.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "fr-maire",
        "text": "Le socialiste Paul Martin a été élu maire de Brest le 4 juillet 2020, devenant le"
        " plus jeune maire de la ville.",
        "lang": "fr",
        "verdict": "true",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "status"),
    [
        # "toujours" stands inside the negation: "effectué" is what it denies
        (
            "fr-fusee",
            "Le lanceur Vega-C n'a toujours pas effectué son vol de retour.",
            Status.FALSE,
        ),
        # half the claim said, and a negation of words it does not say: another fact
        (
            "fr-maire",
            "Le socialiste Paul Martin n'a pas brigué la présidence de la métropole de Brest"
            " après son élection à la mairie de la ville.",
            Status.RELATED,
        ),
    ],
)
def test_what_a_negation_denies_is_read_past_its_fillers(
    claim_id: str, sentence: str, status: Status
) -> None:
    found = result_for(check(ELSEWHERE_CLAIMS, sentence, "fr"), claim_id)
    assert found.status is status, found.reasons


OPPOSITE_CLAIMS = [
    {
        "id": "fr-trottinettes",
        "text": "La location de trottinettes électriques est interdite à Lyon depuis le 1er"
        " septembre 2025.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "fr-maire-condamne",
        "text": "Le tribunal correctionnel de Lille a condamné le 12 mai 2025 le maire de Roubaix"
        " pour détournement de fonds publics.",
        "lang": "fr",
        "verdict": "true",
    },
    {
        "id": "en-tickets",
        "text": "The mayor announced on 3 March 2025 that paper bus tickets in Leeds were being"
        " scrapped.",
        "lang": "en",
        "verdict": "true",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        (
            "fr-trottinettes",
            "La location de trottinettes électriques est autorisée à Lyon depuis le 1er"
            " septembre 2025.",
            "fr",
        ),
        (
            "fr-maire-condamne",
            "Le tribunal correctionnel de Lille a relaxé le 12 mai 2025 le maire de Roubaix"
            " poursuivi pour détournement de fonds publics.",
            "fr",
        ),
        (
            "en-tickets",
            "The mayor announced on 3 March 2025 that paper bus tickets in Leeds would be"
            " retained.",
            "en",
        ),
    ],
)
def test_opposite_verdicts_and_rules_are_antonyms(claim_id: str, sentence: str, lang: str) -> None:
    found = result_for(check(OPPOSITE_CLAIMS, sentence, lang), claim_id)
    assert found.status is Status.FALSE, found.reasons
    assert found.contradiction is not None
    assert found.contradiction.kind.value == "antonym", found.contradiction


DEBUNK_CLAIMS = [
    {
        "id": "fr-voie-verte",
        "text": "Tous les cyclistes devront payer 5 euros pour emprunter la voie verte de la Loire à"
        " partir du 1er juin 2026.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-zoo",
        "text": "Edinburgh Zoo has moved its pandas back to China.",
        "lang": "en",
        "verdict": "false",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        (
            "fr-voie-verte",
            "Rien dans les arrêtés publiés par la région pour 2026 ne prévoit de faire payer 5"
            " euros aux cyclistes sur la voie verte de la Loire.",
            "fr",
        ),
        (
            "en-zoo",
            "Contrary to these posts, Edinburgh Zoo has kept its pandas since they arrived in"
            " 2011.",
            "en",
        ),
    ],
)
def test_rien_ne_and_contrary_to_these_posts_debunk(
    claim_id: str, sentence: str, lang: str
) -> None:
    found = result_for(check(DEBUNK_CLAIMS, sentence, lang), claim_id)
    assert found.status in (Status.TRUE, Status.RELATED), found.reasons


def test_a_debunk_of_one_claim_denies_no_other_it_touches() -> None:
    claims = [
        {
            "id": "fr-excedent",
            "text": "L'Italie a enregistré un excédent budgétaire record en 2025.",
            "lang": "fr",
            "verdict": "false",
        },
        {
            "id": "fr-deficit",
            "text": "Le déficit public de l'Italie s'est établi à 3,4 % du PIB en 2025, selon"
            " l'Istat.",
            "lang": "fr",
            "verdict": "true",
        },
    ]
    sentence = (
        "Non, l'Italie n'a pas dégagé d'excédent budgétaire en 2025, ses comptes restant"
        " déficitaires depuis vingt ans."
    )
    results = check(claims, sentence, "fr")
    assert result_for(results, "fr-excedent").status is Status.TRUE, results
    assert all(r.status is not Status.FALSE for r in results), results


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Les pailles en plastique sont toujours vendues en Belgique en 2025.", Status.RELATED),
        (
            "La vente de pailles en plastique est toujours interdite en Belgique depuis le 1er"
            " janvier 2025.",
            Status.FALSE,
        ),
    ],
)
def test_still_sold_corrects_a_ban_and_still_banned_repeats_it(
    sentence: str, status: Status
) -> None:
    claims = [
        {
            "id": "fr-pailles",
            "text": "La vente de pailles en plastique est interdite en Belgique depuis le 1er"
            " janvier 2025.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    found = result_for(check(claims, sentence, "fr"), "fr-pailles")
    assert found.status is status, found.reasons


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        (
            "fr-dalai",
            "La photo du dalaï-lama faisant du skateboard à Paris a été générée avec un logiciel"
            " d'intelligence artificielle.",
            "fr",
        ),
        (
            "en-ikea",
            "The claim began as an April Fool's post saying that IKEA had closed all its stores"
            " in the United Kingdom.",
            "en",
        ),
    ],
)
def test_a_generated_picture_or_a_prank_corrects_the_rumour(
    claim_id: str, sentence: str, lang: str
) -> None:
    claims = [
        {
            "id": "fr-dalai",
            "text": "Une photo montre le dalaï-lama en train de faire du skateboard à Paris.",
            "lang": "fr",
            "verdict": "false",
        },
        {
            "id": "en-ikea",
            "text": "IKEA has closed all its stores in the United Kingdom.",
            "lang": "en",
            "verdict": "false",
        },
    ]
    found = result_for(check(claims, sentence, lang), claim_id)
    assert found.status is Status.RELATED, found.reasons


@pytest.mark.parametrize(
    ("sentence", "contradicted"),
    [
        (
            "L'ancien maire de Toulon a de nouveau été condamné le 9 juin 2025 par le tribunal de"
            " Marseille pour corruption.",
            False,
        ),
        (
            "L'ancien maire de Toulon a été condamné le 9 juin 2025 par le tribunal de Marseille"
            " pour corruption.",
            True,
        ),
    ],
)
def test_an_event_told_again_is_another_occurrence(sentence: str, contradicted: bool) -> None:
    claims = [
        {
            "id": "fr-toulon",
            "text": "L'ancien maire de Toulon a été condamné le 3 mars 2024 par le tribunal de"
            " Marseille à deux ans de prison avec sursis pour corruption.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    found = result_for(check(claims, sentence, "fr"), "fr-toulon")
    assert (found.status is Status.FALSE) is contradicted, found.reasons


@pytest.mark.parametrize(
    ("sentence", "contradicted"),
    [
        (
            "Le tribunal correctionnel de Bastia a également prononcé contre le maire de Corte une"
            " peine de cinq ans d'inéligibilité.",
            False,
        ),
        (
            "Le tribunal correctionnel de Bastia a condamné le maire de Corte à cinq ans de prison"
            " pour favoritisme.",
            True,
        ),
    ],
)
def test_a_figure_of_another_thing_is_no_other_figure(sentence: str, contradicted: bool) -> None:
    claims = [
        {
            "id": "fr-corte",
            "text": "Le tribunal correctionnel de Bastia a condamné le maire de Corte à trois ans de"
            " prison pour favoritisme.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    found = result_for(check(claims, sentence, "fr"), "fr-corte")
    assert (found.status is Status.FALSE) is contradicted, found.reasons


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang", "status"),
    [
        (
            "fr-ecrans",
            "Les écrans rendent les enfants de maternelle moins intelligents en abaissant leur QI.",
            "fr",
            Status.MISLEADING,
        ),
        (
            "en-lidl",
            "Every Lidl customer can claim a £300 voucher as part of the supermarket's birthday"
            " celebrations.",
            "en",
            Status.FALSE,
        ),
    ],
)
def test_a_comparative_or_an_idiom_is_no_quantity(
    claim_id: str, sentence: str, lang: str, status: Status
) -> None:
    claims = [
        {
            "id": "fr-ecrans",
            "text": "Les écrans font baisser le QI des enfants de maternelle.",
            "lang": "fr",
            "verdict": "misleading",
        },
        {
            "id": "en-lidl",
            "text": "Lidl is giving every shopper a £300 voucher to celebrate its birthday.",
            "lang": "en",
            "verdict": "false",
        },
    ]
    found = result_for(check(claims, sentence, lang), claim_id)
    assert found.status is status, found.reasons


RETOLD_CLAIMS = [
    {
        "id": "fr-5g",
        "text": "Les antennes 5G provoquent des migraines chez les riverains.",
        "lang": "fr",
        "verdict": "false",
    },
    {
        "id": "en-water",
        "text": "Everyone must drink three litres of water a day to stay healthy.",
        "lang": "en",
        "verdict": "false",
    },
    {
        "id": "en-stone",
        "text": "A swallowed cherry stone stays in your stomach for ten years.",
        "lang": "en",
        "verdict": "false",
    },
]


@pytest.mark.parametrize(
    ("claim_id", "sentence", "lang"),
    [
        (
            "fr-5g",
            "Dans une vidéo vue 100 000 fois, un homme présenté comme un ancien ingénieur affirme"
            " que les antennes 5G provoquent des migraines chez les riverains.",
            "fr",
        ),
        (
            "en-water",
            "As a viral wellness post claims, everyone must drink three litres of water a day to"
            " remain healthy.",
            "en",
        ),
        (
            "en-stone",
            "Ten years is how long a swallowed cherry stone remains in your stomach.",
            "en",
        ),
    ],
)
def test_a_weak_correction_word_in_a_retold_rumour_corrects_nothing(
    claim_id: str, sentence: str, lang: str
) -> None:
    found = result_for(check(RETOLD_CLAIMS, sentence, lang), claim_id)
    assert found.status is Status.FALSE, found.reasons


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "From April 2027, employers in Wales will have to pay adults at least £14 an hour.",
            Status.FALSE,
        ),
        (
            "From April 2027, employers in Wales will have to pay adults at least £16 an hour.",
            Status.RELATED,
        ),
    ],
)
def test_a_lower_bound_the_claims_figure_meets_is_no_other_quantity(
    sentence: str, status: Status
) -> None:
    claims = [
        {
            "id": "en-wage",
            "text": "The minimum wage for adults in Wales will rise to £14 an hour in April 2027.",
            "lang": "en",
            "verdict": "false",
        }
    ]
    found = result_for(check(claims, sentence, "en"), "en-wage")
    assert found.status is status, found.reasons


def test_a_hyphenated_acronym_meets_its_expansion() -> None:
    claim = read_features("L'AP-HP va fermer la nuit les urgences de tous ses hôpitaux.", "fr")
    said = read_features(
        "L'Assistance publique-Hôpitaux de Paris fermera la nuit les urgences de tous ses"
        " hôpitaux.",
        "fr",
    )
    assert "aphp" in {w.key for w in claim.acronyms}
    assert "aphp" in coverage(claim, said)[1]


@pytest.mark.parametrize(("one", "other"), [("pneumatiques", "pneus"), ("impose", "obligatoire")])
def test_tyre_and_obligation_words_share_a_key(one: str, other: str) -> None:
    assert lang_key(one, "fr") == lang_key(other, "fr")


def test_abandoned_says_scrapped() -> None:
    claims = [
        {
            "id": "en-code",
            "text": "Royal Ascot has scrapped its formal dress code for racegoers.",
            "lang": "en",
            "verdict": "misleading",
        }
    ]
    sentence = "Royal Ascot has abandoned its rule requiring racegoers to wear formal dress."
    found = result_for(check(claims, sentence, "en"), "en-code")
    assert found.status is Status.MISLEADING, found.reasons


def test_ending_the_opposite_says_the_claim() -> None:
    claims = [
        {
            "id": "fr-piscines",
            "text": "La mairie de Nantes va fermer le dimanche toutes ses piscines à partir de mars"
            " 2026.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    sentence = (
        "La mairie de Nantes va cesser d'ouvrir le dimanche toutes ses piscines à partir de"
        " mars 2026."
    )
    found = result_for(check(claims, sentence, "fr"), "fr-piscines")
    assert found.status is Status.FALSE, found.reasons


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Selon une publication virale, le masque reviendra dans les transports en janvier"
            " 2026.",
            Status.FALSE,
        ),
        ("Le masque reviendra dans les transports en janvier 2026.", Status.RELATED),
    ],
)
def test_a_rumour_retold_with_its_source_is_matched_from_fewer_of_its_words(
    sentence: str, status: Status
) -> None:
    claims = [
        {
            "id": "fr-masque",
            "text": "Le port du masque redeviendra obligatoire pour tous les voyageurs dans les"
            " transports en commun en janvier 2026.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    found = result_for(check(claims, sentence, "fr"), "fr-masque")
    assert found.status is status, found.reasons


@pytest.mark.parametrize(
    ("claim_id", "sentence"),
    [
        (
            "fr-especes",
            "Aucune loi ni aucun décret ne prévoit la fin des paiements en espèces dans les"
            " boulangeries au 1er mars 2026.",
        ),
        (
            "fr-bagne",
            "Les travaux forcés, abolis en France en 1960, sont interdits pour les récidivistes"
            " comme pour tous les condamnés.",
        ),
        (
            "fr-especes",
            "Aucune réforme n'a mis fin aux paiements en espèces dans les boulangeries au 1er"
            " mars 2026.",
        ),
    ],
)
def test_no_law_provides_for_it_and_abolished_correct_the_rumour(
    claim_id: str, sentence: str
) -> None:
    claims = [
        {
            "id": "fr-especes",
            "text": "Les paiements en espèces ne seront plus acceptés dans aucune boulangerie en"
            " France à partir du 1er mars 2026.",
            "lang": "fr",
            "verdict": "false",
        },
        {
            "id": "fr-bagne",
            "text": "La France a rétabli les travaux forcés pour les récidivistes.",
            "lang": "fr",
            "verdict": "false",
        },
    ]
    found = result_for(check(claims, sentence, "fr"), claim_id)
    assert found.status is Status.RELATED, found.reasons


def test_a_quantifier_of_minutes_is_a_duration_not_a_quantity() -> None:
    """'pendant plusieurs minutes' tells how long, not how many: against a claim that
    states no duration ('l'éclipse totale') it is no quantifier contradiction; against
    one that does ('only three seconds') 'several months' still corrects it."""
    claims = [
        {
            "id": "fr-eclipse",
            "text": "L'éclipse totale du 12 août 2026 plongera toute la Bretagne dans le noir.",
            "lang": "fr",
            "verdict": "false",
        },
        {
            "id": "en-goldfish",
            "text": "Goldfish have a memory span of only three seconds.",
            "lang": "en",
            "verdict": "false",
        },
    ]
    said = (
        "D'après un message viral, l'éclipse totale du 12 août 2026 plongera toute la"
        " Bretagne dans le noir pendant plusieurs minutes."
    )
    found = result_for(check(claims, said, "fr"), "fr-eclipse")
    assert found.status is Status.FALSE, found.reasons
    assert found.agreement is Agreement.AGREES
    corrected = result_for(
        check(claims, "Goldfish have a memory span of several months.", "en"), "en-goldfish"
    )
    assert corrected.status is Status.RELATED, corrected.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        # an intensifier, not a quantifier
        "Le président a inauguré le 22 septembre 2022 au large de Saint-Nazaire le tout premier"
        " parc éolien en mer du pays.",
        # "poignardé" shares its key with "poignée" (a handful)
        "Le gardien Paul Martin a été mortellement poignardé le 3 mars 2024 devant le musée"
        " de Lens.",
        # a hedge before a number, not "some"
        "Quelque 15 000 morts, pour la plupart des personnes âgées, ont été enregistrés"
        " pendant la canicule d'août 2003.",
    ],
)
def test_words_that_look_like_quantifiers_contradict_nothing(sentence: str) -> None:
    claims = [
        {
            "id": "fr-eolien",
            "text": "Le parc éolien en mer de Saint-Nazaire, le premier de France, a été inauguré"
            " le 22 septembre 2022.",
            "lang": "fr",
            "verdict": "true",
        },
        {
            "id": "fr-lens",
            "text": "Le gardien Paul Martin a été tué le 3 mars 2024 devant le musée de Lens.",
            "lang": "fr",
            "verdict": "true",
        },
        {
            "id": "fr-canicule",
            "text": "La canicule d'août 2003 a causé environ 15 000 décès en France, en majorité"
            " des personnes âgées.",
            "lang": "fr",
            "verdict": "true",
        },
    ]
    for found in check(claims, sentence, "fr"):
        assert found.contradiction is None, found.reasons


def test_giving_up_a_project_the_claim_says_was_abandoned_is_no_reversal() -> None:
    claims = [
        {
            "id": "fr-ndl",
            "text": "Le gouvernement a annoncé le 17 janvier 2018 l'abandon du projet d'aéroport"
            " de Notre-Dame-des-Landes.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    said = (
        "Le 17 janvier 2018, le gouvernement a renoncé au projet d'aéroport de"
        " Notre-Dame-des-Landes."
    )
    found = result_for(check(claims, said, "fr"), "fr-ndl")
    assert found.contradiction is None, found.reasons
    assert found.status is Status.TRUE


@pytest.mark.parametrize(
    ("claim", "sentence", "lang"),
    [
        (
            "Le budget 2024 de la ville de Lyon affiche un excédent de 12 millions d'euros.",
            "Le budget 2024 de la ville de Lyon affiche un déficit de 12 millions d'euros.",
            "fr",
        ),
        (
            "La mairie de Lille a décidé le 3 mars 2025 de rouvrir la piscine Marx-Dormoy.",
            "La mairie de Lille a décidé le 3 mars 2025 de fermer la piscine Marx-Dormoy.",
            "fr",
        ),
        (
            "Wearing a helmet on e-scooters became mandatory in Madrid on 1 May 2025.",
            "Wearing a helmet on e-scooters became optional in Madrid on 1 May 2025.",
            "en",
        ),
        (
            "The council raised its parking charge in Leeds city centre to £4 an hour in 2025.",
            "The council's parking charge in Leeds city centre stayed at £3 an hour in 2025.",
            "en",
        ),
    ],
)
def test_news_antonyms_contradict_a_true_claim(claim: str, sentence: str, lang: str) -> None:
    claims = [{"id": "c", "text": claim, "lang": lang, "verdict": "true"}]
    found = result_for(check(claims, sentence, lang), "c")
    assert found.contradiction is not None, found.reasons
    assert found.contradiction.kind.value == "antonym"


def test_words_of_every_news_day_do_not_make_a_rumour_said() -> None:
    """'France' is in most news articles: shared with 'chaque année', it is no sign
    that a sentence on the music festival says the rumour about bees."""
    claims = [
        {
            "id": "fr-abeilles",
            "text": "La France perd chaque année un quart de ses abeilles.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    said = "Chaque année, la France célèbre la fête de la musique le 21 juin."
    for found in check(claims, said, "fr"):
        assert found.status is Status.RELATED, found.reasons
    repeated = result_for(
        check(claims, "Chaque année, la France perd un quart de ses abeilles.", "fr"),
        "fr-abeilles",
    )
    assert repeated.status is Status.FALSE


def test_a_pluperfect_tells_an_earlier_step_not_another_date() -> None:
    claims = [
        {
            "id": "fr-proces",
            "text": "Le chanteur Marc Dupuis a été condamné le 4 novembre 2024 par le tribunal"
            " correctionnel de Lyon à deux ans de prison avec sursis.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    earlier = (
        "Le procès de Marc Dupuis s'était tenu le 14 octobre 2024 devant le tribunal"
        " correctionnel de Lyon, qui l'a condamné à deux ans de prison avec sursis."
    )
    found = result_for(check(claims, earlier, "fr"), "fr-proces")
    assert found.contradiction is None, found.reasons
    # a relative clause on the man is no earlier event: the other date still contradicts
    other = (
        "Le tribunal correctionnel de Lyon a condamné le 8 novembre 2024 à deux ans de prison"
        " avec sursis Marc Dupuis, qui était poursuivi pour fraude."
    )
    contradicted = result_for(check(claims, other, "fr"), "fr-proces")
    assert contradicted.contradiction is not None, contradicted.reasons


def test_a_state_held_since_an_earlier_year_corrects_a_rumour_that_it_ended() -> None:
    claims = [
        {
            "id": "fr-tramway",
            "text": "Le tramway de Saint-Étienne a été supprimé par la métropole.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    said = "Le tramway de Saint-Étienne circule dans le centre de la métropole depuis 1881."
    found = result_for(check(claims, said, "fr"), "fr-tramway")
    assert found.status is Status.RELATED, found.reasons
    retold = "Depuis 2026, le tramway de Saint-Étienne a été supprimé par la métropole."
    assert result_for(check(claims, retold, "fr"), "fr-tramway").status is Status.FALSE


def test_a_day_set_by_the_claims_event_dates_another_step() -> None:
    claims = [
        {
            "id": "fr-maire",
            "text": "Julie Renard a remporté le 15 mars 2026 l'élection municipale de Quimper.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    said = (
        "Julie Renard a été installée maire de Quimper le 16 mars 2026, au lendemain de"
        " l'élection municipale."
    )
    found = result_for(check(claims, said, "fr"), "fr-maire")
    assert found.contradiction is None, found.reasons
    other_day = "Julie Renard a remporté le 22 mars 2026 l'élection municipale de Quimper."
    assert result_for(check(claims, other_day, "fr"), "fr-maire").contradiction is not None


def test_an_acronym_in_another_order_needs_a_name() -> None:
    claims = [
        {
            "id": "fr-terres-rares",
            "text": "La Chine a interdit toute exportation de terres rares vers la France.",
            "lang": "fr",
            "verdict": "false",
        },
        {
            "id": "fr-iss",
            "text": "La Station spatiale internationale va s'écraser sur la France en 2026.",
            "lang": "fr",
            "verdict": "false",
        },
    ]
    said = "La France a été exportatrice nette d'électricité en 2023, selon RTE."
    for found in check(claims, said, "fr"):
        assert found.claim_id != "fr-terres-rares" or found.status is Status.RELATED
    # the ISS keeps its English order in French, and names the station
    iss = "Selon une rumeur, l'ISS va s'écraser sur la France en 2026."
    assert result_for(check(claims, iss, "fr"), "fr-iss").status is Status.FALSE


@pytest.mark.parametrize(
    "sentence",
    [
        "Le départ de Léa Morel de la direction est intervenu moins d'un mois après la"
        " nomination de Paul Vidal à la tête de la société Astrel.",
        "Le parti fondé par Paul Vidal a obtenu à lui seul la majorité des sièges au conseil"
        " d'administration de la société Astrel.",
    ],
)
def test_a_duration_or_by_itself_contradicts_no_timeless_claim(sentence: str) -> None:
    claims = [
        {
            "id": "fr-astrel",
            "text": "Paul Vidal a été nommé à la tête de la société Astrel le 2 mai 2025 par le"
            " conseil d'administration.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    for found in check(claims, sentence, "fr"):
        assert found.contradiction is None, found.reasons


def test_another_person_in_the_rumours_subject_place_corrects_it() -> None:
    claims = [
        {
            "id": "fr-club",
            "text": "Sophie Marchand préside le club de rugby de Castres depuis 2024.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    said = "Le club de rugby de Castres est présidé par Pierre-Yves Revol depuis 2024."
    found = result_for(check(claims, said, "fr"), "fr-club")
    assert found.status is Status.RELATED, found.reasons
    # told as someone's word, the rumour is spread, whoever tells it
    told = "Selon Jean Dupuis, Sophie Marchand préside le club de rugby de Castres depuis 2024."
    assert result_for(check(claims, told, "fr"), "fr-club").status is Status.FALSE


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Camille Dubreuil est née à Lyon, dans le quartier de la Croix-Rousse, en 1975.",
            "related",
        ),
        ("Camille Dubreuil est née en Algérie en 1975, à Oran.", "false"),
    ],
)
def test_another_name_where_the_rumour_has_its_own_corrects_it(sentence: str, status: str) -> None:
    claims = [
        {
            "id": "fr-naissance",
            "text": "La députée Camille Dubreuil est née en Algérie.",
            "lang": "fr",
            "verdict": "false",
        }
    ]
    found = result_for(check(claims, sentence, "fr"), "fr-naissance")
    assert found.status.value == status, found.reasons


def test_another_step_with_its_own_verb_and_date_does_not_misdate_the_claim() -> None:
    claims = [
        {
            "id": "fr-maire-elu",
            "text": "Léon Marchetti a été élu maire d'Ajaccio le 15 mars 2026 avec 54 % des voix.",
            "lang": "fr",
            "verdict": "true",
        }
    ]
    step = "Léon Marchetti a pris ses fonctions de maire d'Ajaccio le 23 mars 2026."
    found = result_for(check(claims, step, "fr"), "fr-maire-elu")
    assert found.contradiction is None, found.reasons
    misdated = "Léon Marchetti a été élu maire d'Ajaccio le 22 mars 2026 avec 54 % des voix."
    assert result_for(check(claims, misdated, "fr"), "fr-maire-elu").contradiction is not None


def test_all_three_counts_the_claims_three_and_contradicts_nothing() -> None:
    claim = "The Teamsters union launched simultaneous strikes against UPS, FedEx and DHL on 4 May 2026."
    sentence = (
        "On 4 May 2026, the Teamsters began striking against all three delivery firms at once: "
        "UPS, FedEx and DHL."
    )
    found = result_for(check([text_claim(claim, "en", "true")], sentence, "en"), "c")
    assert found.status is Status.TRUE, found.contradiction
