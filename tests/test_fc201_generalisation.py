"""FC201 on forms beyond the ones its dev sets were cut from: word classes, not phrases.

Every sentence here is written for these tests (none is a dev-set row). Each
positive names the exact cue the finding must cover (its offsets are checked:
``text[start:end]`` is the cue), grouped by the cause that used to hide it;
the traps beside them are what a looser grammar would flag.
"""

from __future__ import annotations

import pytest

from conftest import anonymous_found as found
from conftest import cue_offsets as offsets


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # 1. ordinary people named by their job or their relation to the facts
        (
            "« On n'a rien vu venir », raconte une pharmacienne du centre-ville.",
            "raconte une pharmacienne du centre-ville",
        ),
        (
            "Selon des chauffeurs du dépôt, les retards s'accumulent depuis lundi.",
            "Selon des chauffeurs du dépôt",
        ),
        (
            "Aux dires de plusieurs enseignants, la réforme a été mal préparée.",
            "Aux dires de plusieurs enseignants",
        ),
        (
            "Des ouvriers rencontrés devant l'usine racontent que les cadences ont doublé.",
            "Des ouvriers rencontrés devant l'usine racontent",
        ),
        (
            "Two workers reached by telephone said the plant had closed.",
            "Two workers reached by telephone said",
        ),
        # 2. a known source word with a speech verb the grammar lacked
        (
            "« Tout le monde savait », se désole un proche de l'ancien maire.",
            "se désole un proche de l'ancien maire",
        ),
        (
            "Deux témoins ont décrit une voiture grise garée devant la banque.",
            "Deux témoins ont décrit",
        ),
        (
            "Un élu de l'opposition s'est félicité de ce recul du gouvernement.",
            "Un élu de l'opposition s'est félicité",
        ),
        # 3. "on" at a place or in a circle
        ("À Matignon, on reconnaît que le texte sera amendé.", "À Matignon, on reconnaît"),
        (
            "Le dossier est bouclé, souffle-t-on dans les couloirs de l'Assemblée.",
            "souffle-t-on dans les couloirs de l'Assemblée",
        ),
        ("Selon l'entourage de la maire, le budget sera voté en mars.", "Selon l'entourage"),
        # 4. the outlet's own sources, unnamed media, unsourced hearsay
        (
            "Le joueur aurait signé pour trois saisons, affirme la presse sportive.",
            "affirme la presse sportive",
        ),
        (
            "Selon des informations recueillies par notre rédaction, le site fermera en juin.",
            "informations recueillies par notre rédaction",
        ),
        ("State media reported that the dam had burst overnight.", "State media reported"),
        ("The minister reportedly resigned on Tuesday.", "reportedly"),
        # 5. "source" with a qualifier outside the grammar's list
        ("Le salon est annulé, selon une source hôtelière.", "selon une source hôtelière"),
        ("A customs source told reporters the shipment was seized.", "A customs source told"),
        ("The coach will stay, according to a team source.", "according to a team source"),
        (
            "Le groupe va fermer trois hôtels, a-t-on appris de source hôtelière.",
            "appris de source hôtelière",
        ),
        # unsourced hearsay
        ("Le couple aurait divorcé, paraît-il.", "paraît-il"),
        ("C'est, dit-on, une très bonne affaire.", "dit-on"),
        ("Le maire, selon certains, songerait à démissionner.", "selon certains"),
        # English people named by their job
        ("The wards are full, said a nurse.", "said a nurse"),
        ("A lawyer for the family said the appeal would be filed.", "A lawyer for the family said"),
        # 6. anonymity in other words
        (
            "Un gardien de la prison, qui s'exprime anonymement, décrit des cellules insalubres.",
            "qui s'exprime anonymement",
        ),
        (
            "Un cadre de la banque, qui a demandé à ne pas être identifié, confirme la fusion.",
            "qui a demandé à ne pas être identifié",
        ),
        (
            "Two engineers, who spoke on condition that they not be named, described the flaw.",
            "on condition that they not be named",
        ),
        (
            "A nurse, granted anonymity because she feared reprisals, described the ward.",
            "granted anonymity",
        ),
    ],
)
def test_a_new_form_is_flagged_at_its_cue(text: str, cue: str) -> None:
    assert found(text) == offsets(text, cue)


@pytest.mark.parametrize(
    "text",
    [
        # a named person, with or without the job
        "« Je reste confiante », confie Marie Dupont, infirmière à Lille.",
        "« Je reste confiante », confie une infirmière, Marie Dupont.",
        # a role noun that is the subject of the news, not a speaker
        "Un magistrat a été nommé à la tête du tribunal de Créteil.",
        "Une retraitée a reconnu avoir volé les bijoux de sa voisine.",
        "Il a pris rendez-vous auprès d'un avocat du barreau de Lyon.",
        "Il n'arrive pas à se faire entendre auprès de l'entourage du maire.",
        # generic "on"
        "Avec la pluie, on ne sait jamais.",
        "Au total, on estime à 300 le nombre de visiteurs.",
        "Selon certains critères, le dossier est recevable.",
        "He hired a lawyer, said his wife.",
        "A lawyer was appointed by the court on Monday.",
        # a poll, not people quoted
        "Deux personnes interrogées sur trois se disent satisfaites du service.",
        # media as the object of a verb
        "Le président a dénoncé les médias lors de son discours.",
        # "source" as water, origin or code
        "L'eau de la source thermale jaillit à 60 degrés.",
        "Les randonneurs ont trouvé une source fraîche près du col.",
        "Il a trouvé une source d'inspiration chez des artisans.",
        "The village draws its water from a mountain source.",
        "Local media coverage of the vote was sparse.",
        "Police ran background checks on all staff.",
    ],
)
def test_a_trap_stays_quiet(text: str) -> None:
    assert found(text) == []
