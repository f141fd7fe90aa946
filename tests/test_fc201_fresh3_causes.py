"""FC201 on the causes found with fresh3's tune rows, on sentences written for these tests.

No sentence here is a dev-set row. Each positive names the exact cue the
finding must cover (``text[start:end]`` is the cue), grouped by the cause
that used to hide it; each trap uses the same words where nothing is
attributed to an unnamed source.
"""

from __future__ import annotations

import pytest

from conftest import anonymous_found as found
from conftest import cue_offsets as offsets


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # 1. the way a speaker was reached, said with "par"
        (
            "Un technicien, contacté par l'AFP, explique que la panne venait d'un câble.",
            "Un technicien, contacté par l'AFP, explique",
        ),
        (
            "Des supporters rencontrés par nos journalistes racontent une soirée chaotique.",
            "Des supporters rencontrés par nos journalistes racontent",
        ),
        # 2. role and relation nouns the classes lacked
        (
            "« Il était très fatigué », a confié un haut gradé de la marine.",
            "a confié un haut gradé de la marine",
        ),
        (
            "« On n'a jamais revu l'argent », témoigne une sœur de la victime.",
            "témoigne une sœur de la victime",
        ),
        # 3. an indirect object between the comma and the inverted verb
        (
            "Le maire était absent ce soir-là, m'a assuré un de ses adjoints.",
            "m'a assuré un de ses adjoints",
        ),
        (
            "Le chantier sera livré en retard, nous a confié un des ingénieurs.",
            "nous a confié un des ingénieurs",
        ),
        # 4. "on" at a place: capital A for À, an address, a side
        ("A l'Élysée, on confirme que le voyage est maintenu.", "A l'Élysée, on confirme"),
        (
            "Rue de Grenelle, on assure que les postes seront pourvus.",
            "Rue de Grenelle, on assure",
        ),
        ("Côté patronal, on déplore un texte « bâclé ».", "Côté patronal, on déplore"),
        (
            "Chez Michelin, on se montre prudent sur les ventes de 2025.",
            "Chez Michelin, on se montre",
        ),
        (
            "La grève a été levée, fait-on savoir à la préfecture.",
            "fait-on savoir à la préfecture",
        ),
        # 5. learned from, with no source noun
        ("Le ministre a été prévenu de bonne source.", "de bonne source"),
        (
            "Le contrat serait signé, a-t-on appris auprès d'un négociateur.",
            "appris auprès d'un négociateur",
        ),
        (
            "Le joueur souffre d'une entorse, a-t-on appris dans son entourage.",
            "a-t-on appris dans son entourage",
        ),
        ("Le budget sera revu à la baisse, apprend-on.", "apprend-on"),
        # 6. anonymity in a relative clause, present tense or a name withheld
        (
            "Un gardien, qui souhaite ne pas être nommé, décrit une prison surpeuplée.",
            "qui souhaite ne pas être nommé",
        ),
        (
            "Une caissière, qui ne souhaite pas donner son nom, raconte l'agression.",
            "qui ne souhaite pas donner son nom, raconte",
        ),
        (
            "Un soldat, dont nous taisons l'identité, raconte les combats.",
            "dont nous taisons l'identité, raconte",
        ),
        (
            "A lawyer who is not authorised to speak about the case said the file was thin.",
            "who is not authorised to speak",
        ),
        # 7. English: an adjective or a noun before the role, a complement after it
        (
            "The fire spread quickly, according to a presidential adviser.",
            "according to a presidential adviser",
        ),
        (
            "A campaign official told the BBC the rally was cancelled.",
            "A campaign official told",
        ),
        (
            "The ferry was overloaded, a crew member on the vessel said.",
            "a crew member on the vessel said",
        ),
        ("The road had been closed for days, a driver said.", "a driver said"),
        # 8. English: bare plural people, present-tense verbs
        ("Villagers say the river rose two metres overnight.", "Villagers say"),
        (
            "Staffers in the governor's office say the memo was leaked.",
            "Staffers in the governor's office say",
        ),
        ("Investors are nervous, one trader admits.", "one trader admits"),
        # 9. "people familiar with" that attributes: a speech verb or a preposition
        (
            "The merger was approved, two people familiar with the talks told Reuters.",
            "two people familiar with the talks told",
        ),
        (
            "The deal was confirmed by people close to the buyer.",
            "by people close to the buyer",
        ),
    ],
)
def test_a_form_found_with_fresh3_is_flagged_at_its_cue(text: str, cue: str) -> None:
    assert found(text) == offsets(text, cue)


@pytest.mark.parametrize(
    "text",
    [
        # a role or relation noun that is the subject of the news
        "Un technicien a été blessé par une chute de câble.",
        "Une sœur de la victime a été entendue par les enquêteurs.",
        "A firefighter was injured in the blaze.",
        "Neighbours were asked to keep their windows shut.",
        # "on" at a place that says nothing
        "Au cinéma, on peut voir le film jusqu'à dimanche.",
        "Chez Michelin, on produit des pneus depuis 1889.",
        "Côté prix, on reste sur des tarifs raisonnables.",
        "Qu'apprend-on dans ce rapport ? Peu de choses.",
        # alerting the emergency services is not speaking
        "Une habitante a prévenu les pompiers vers minuit.",
        # anonymity of a giver, a winner or a buyer, not of a source
        "Le mécène, qui tient à rester anonyme, a financé la restauration du clocher.",
        "La gagnante, qui souhaite garder l'anonymat, touchera 12 millions d'euros.",
        "The buyer, who wished to remain anonymous, paid $2 million for the painting.",
        # "people familiar with" that attributes nothing
        "People familiar with the software will find the update easy.",
        # "the same source" after a named body; "source" as origin
        "Network Rail said the line would reopen on Friday, according to the same source.",
        "It was an original source of pride for the town.",
    ],
)
def test_a_fresh3_trap_stays_quiet(text: str) -> None:
    assert found(text) == []


def test_the_same_source_follows_its_antecedent_in_english() -> None:
    after_anonymous = (
        "A police source said two men were held; the same source added that one was armed."
    )
    assert found(after_anonymous) == offsets(
        after_anonymous, "A police source said", "the same source added"
    )
    plural = "Both men were released, according to the same sources."
    assert found(plural) == offsets(plural, "according to the same sources")
