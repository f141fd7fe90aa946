"""Sentence and word splitting: boundaries, abbreviations and exact offsets."""

from __future__ import annotations

import itertools

import pytest

from factcheck.text.segment import SumyTokenizer, sentence_spans, word_spans


def sentences(text: str) -> list[str]:
    spans = sentence_spans(text)
    for start, end in spans:
        assert text[start:end] == text[start:end].strip()
        assert text[start:end]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il pleut. Le vent souffle.", ["Il pleut.", "Le vent souffle."]),
        ("Vraiment ? Oui ! Enfin… Non.", ["Vraiment ?", "Oui !", "Enfin…", "Non."]),
        (
            'Il a dit : "Je pars." Puis il est parti.',
            ['Il a dit : "Je pars."', "Puis il est parti."],
        ),
        ("« Vraiment ? » Il doute.", ["« Vraiment ? »", "Il doute."]),
        ("Première ligne\nDeuxième ligne.", ["Première ligne", "Deuxième ligne."]),
        ("M. Dupont est venu. Mme Durand aussi.", ["M. Dupont est venu.", "Mme Durand aussi."]),
        ("J. Biden a parlé. Il a tout dit.", ["J. Biden a parlé.", "Il a tout dit."]),
        ("J.K. Rowling a écrit. Le livre sort.", ["J.K. Rowling a écrit.", "Le livre sort."]),
        ("The U.S. Army left. It was late.", ["The U.S. Army left.", "It was late."]),
        ("Il gagne 3.5 millions. Le reste suit.", ["Il gagne 3.5 millions.", "Le reste suit."]),
    ],
)
def test_spaced_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # OrangeSum-like text: the space after the stop is missing.
        (
            "Il l'a dit dans un communiqué.Jeudi, il a confirmé.",
            ["Il l'a dit dans un communiqué.", "Jeudi, il a confirmé."],
        ),
        ("Il est parti en 2014.Il est revenu.", ["Il est parti en 2014.", "Il est revenu."]),
        ("La hausse est de 33,9%.A Paris, rien.", ["La hausse est de 33,9%.", "A Paris, rien."]),
        ("Le groupe (LREM).Les députés votent.", ["Le groupe (LREM).", "Les députés votent."]),
        ("Il y a des fuites.L'acte est grave.", ["Il y a des fuites.", "L'acte est grave."]),
        ("Est-ce sérieux?Elle répond.", ["Est-ce sérieux?", "Elle répond."]),
        # A straight quote after the stop closes a quotation...
        (
            'Selon lui, "tout va bien."Le lendemain, rien.',
            ['Selon lui, "tout va bien."', "Le lendemain, rien."],
        ),
        ('Un "guet-apens".Benoît Hamon proteste.', ['Un "guet-apens".', "Benoît Hamon proteste."]),
        # ... or opens the next one, when the quotes before it are balanced.
        ('Il a conclu."Nous partons", dit-il.', ["Il a conclu.", '"Nous partons", dit-il.']),
        (
            'Il parle de "transition"."Une bonne chose", dit-il.',
            ['Il parle de "transition".', '"Une bonne chose", dit-il.'],
        ),
        ("Il a dit «non».«Jamais», reprend-il.", ["Il a dit «non».", "«Jamais», reprend-il."]),
        (
            "Ils clament leur innocence.M. Blé Goudé a parlé.",
            ["Ils clament leur innocence.", "M. Blé Goudé a parlé."],
        ),
        (
            "Selon une source proche de l'enquête.LES INTERPELLATIONS ont eu lieu.",
            ["Selon une source proche de l'enquête.", "LES INTERPELLATIONS ont eu lieu."],
        ),
        ("Q: Comment ça va?R: Bien.", ["Q: Comment ça va?", "R: Bien."]),
    ],
)
def test_glued_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Il a rencontré M.Dupont hier.",
        "Le Dr.House soigne.",
        "Il gagne 3.5 millions.",
        "Le cadre ASP.NET est connu.",
        "Les U.S.A sont loin.",
        "J.K.Rowling a écrit.",
        "Voir www.Lemonde.fr/Politique pour plus.",
        "Voir https://example.org/Page.Html pour plus.",
        "Écrivez à Jean.Dupont@mail.fr pour plus.",
        "Le site Le.Monde.fr est en ligne.",
        "Il aime le vin, les fromages, etc.Le reste attend.",
        "Il a lu le chap.Deux hier.",
    ],
)
def test_no_split_inside(text: str) -> None:
    assert sentences(text) == [text]


def test_offsets_are_exact_in_a_longer_text() -> None:
    text = "  Premier.Deuxième ici.\r\n\r\n« Troisième ? »\tFin  "
    assert sentences(text) == ["Premier.", "Deuxième ici.", "« Troisième ? »", "Fin"]


def test_a_long_unbroken_run_is_not_split() -> None:
    run = "a." * 200 + "Le"
    text = f"Début {run} fin."
    assert sentences(text) == [text]


def test_word_spans_and_sumy_tokenizer() -> None:
    text = "L'État a dit 3,5 %."
    assert [text[s:e] for s, e in word_spans(text)] == ["L", "État", "a", "dit", "3", "5"]
    tokenizer = SumyTokenizer("french")
    assert tokenizer.to_sentences("Un.Deux trois.") == ("Un.", "Deux trois.")
    assert tokenizer.to_words("L'État a dit.") == ("L", "État", "a", "dit")
