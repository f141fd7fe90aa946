"""The one value reader (text/values.py): numbers, quantities and dates, French and English."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from conftest import ROOT
from factcheck.claims.cues import cues_for
from factcheck.claims.detect import detect_claims
from factcheck.text.document import Document, Sentence
from factcheck.text.values import find_dates, find_numbers, number_value


def values(text: str, lang: str) -> list[tuple[str, Decimal]]:
    return [(text[n.start : n.end], n.value) for n in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1 500 manifestants", "fr", [("1 500", Decimal(1500))]),
        ("1\u202f500 manifestants", "fr", [("1\u202f500", Decimal(1500))]),
        ("une hausse de 1,5 %", "fr", [("1,5", Decimal("1.5"))]),
        ("1,500 tonnes", "fr", [("1,500", Decimal("1.5"))]),
        ("1,500 tons", "en", [("1,500", Decimal(1500))]),
        ("1.5 tons", "en", [("1.5", Decimal("1.5"))]),
        ("dix-sept députés", "fr", [("dix-sept", Decimal(17))]),
        ("seventeen members", "en", [("seventeen", Decimal(17))]),
        ("des centaines de personnes", "fr", [("centaines", Decimal(100))]),
        # a number and its scale are one value, however the amount is written
        ("2,3 millions", "fr", [("2,3 millions", Decimal(2300000))]),
        ("1,2 milliard d'euros", "fr", [("1,2 milliard", Decimal(1200000000))]),
        ("1 200 millions d'euros", "fr", [("1 200 millions", Decimal(1200000000))]),
        ("dix millions de fonctionnaires", "fr", [("dix millions", Decimal(10000000))]),
        ("a $44bn takeover", "en", [("44bn", Decimal(44000000000))]),
        ("a $44 billion takeover", "en", [("44 billion", Decimal(44000000000))]),
        ("des millions de personnes", "fr", [("millions", Decimal(1000000))]),
    ],
)
def test_numbers(text: str, lang: str, expected: list[tuple[str, Decimal]]) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("une amende de cent trente-cinq euros", "fr", [("cent trente-cinq", 135)]),
        ("deux cent cinquante élus", "fr", [("deux cent cinquante", 250)]),
        ("quatre-vingt-dix-neuf ans", "fr", [("quatre-vingt-dix-neuf", 99)]),
        ("soixante et onze voix", "fr", [("soixante et onze", 71)]),
        ("en deux mille vingt-cinq", "fr", [("deux mille vingt-cinq", 2025)]),
        ("entre deux et trois jours", "fr", [("deux", 2), ("trois", 3)]),
        ("les deux-roues", "fr", []),
        ("one hundred and thirty-five members", "en", [("one hundred and thirty-five", 135)]),
        ("between two and three days", "en", [("two", 2), ("three", 3)]),
        ("ninety-nine years", "en", [("ninety-nine", 99)]),
    ],
)
def test_number_words_in_a_run_make_one_number(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    assert values(text, lang) == [(span, Decimal(value)) for span, value in expected]


def test_the_same_digits_read_per_language() -> None:
    assert number_value("1,500", "fr") == Decimal("1.5")
    assert number_value("1,500", "en") == Decimal(1500)
    assert number_value("1,500", "xx") == Decimal(1500), "no data: the English reading"


@pytest.mark.parametrize(
    ("text", "lang", "span", "ymd"),
    [
        ("Il est arrivé le 3 sept. 2025 à Kiev.", "fr", "3 sept. 2025", (2025, 9, 3)),
        ("Le 1er mars, le texte a été voté.", "fr", "1er mars", (None, 3, 1)),
        ("Le premier mars, le texte a été voté.", "fr", "premier mars", (None, 3, 1)),
        ("Le texte a été voté le 18 août.", "fr", "18 août", (None, 8, 18)),
        ("It was signed on March 3, 2025 in Paris.", "en", "March 3, 2025", (2025, 3, 3)),
        ("La France a gagné en 2018.", "fr", "2018", (2018, None, None)),
    ],
)
def test_dates(text: str, lang: str, span: str, ymd: tuple[int | None, ...]) -> None:
    dates = find_dates(text, lang)
    assert [(text[d.start : d.end], (d.year, d.month, d.day)) for d in dates] == [(span, ymd)]
    assert not dates[0].relative


def test_a_date_is_not_read_as_numbers() -> None:
    text = "le 3 sept. 2025, dix-sept personnes"
    assert values(text, "fr") == [("dix-sept", Decimal(17))], "'sept.' and '3' belong to the date"


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Il a parlé hier devant les députés.", "fr", "hier"),
        ("Il a parlé mardi dernier à Kiev.", "fr", "mardi dernier"),
        ("He spoke last Tuesday in Kyiv.", "en", "last Tuesday"),
        ("He will speak tomorrow.", "en", "tomorrow"),
    ],
)
def test_relative_dates_state_no_calendar_value(text: str, lang: str, span: str) -> None:
    (date,) = find_dates(text, lang)
    assert text[date.start : date.end] == span
    assert date.relative and date.year is None


def test_the_claim_detector_reads_values_the_same_way() -> None:
    """The value fix seen in the golden seed.json: a date no longer swallows the full stop."""
    text = "Le texte a été voté le 18 août."
    doc = Document("t", text, "fr", [Sentence(0, 0, len(text), text)])
    (claim,) = detect_claims(doc)
    dates = [r.text for r in claim.reasons if r.kind == "date"]
    assert dates == ["18 août"]


def test_one_set_of_calendar_and_number_words() -> None:
    """Month names and number words live in dates.json and numbers.json only."""
    for lang, month, number, said in (
        ("fr", "janvier", "quatre", "il y a quatre jours, en janvier"),
        ("en", "january", "four", "four days ago, in January"),
    ):
        raw = (ROOT / "src/factcheck/data" / lang / "claim_cues.json").read_text("utf-8")
        assert not {"months", "weekdays", "number_words"} & set(json.loads(raw))
        assert month not in raw.lower() and f"|{number}|" not in raw, "use {month}, {number}"
        cues = cues_for(lang)
        assert len(cues.pattern("relative_dates").findall(said)) == 2
        assert month in cues.name_stopwords


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Le 1/6/2016, le tunnel a ouvert.", "fr", (2016, 6, 1)),
        ("Le 12/03/2024 au matin.", "fr", (2024, 3, 12)),
        ("On 1/6/2016 the tunnel opened.", "en", (2016, 1, 6)),
        ("On 25/12/2024 the shops closed.", "en", (2024, 12, 25)),
    ],
)
def test_numeric_dates_are_read_in_the_calendars_order(
    text: str, lang: str, found: tuple[int, int, int]
) -> None:
    dates = find_dates(text, lang)
    assert [(d.year, d.month, d.day) for d in dates] == [found]
    assert text[dates[0].start : dates[0].end].count("/") == 2


def test_a_fraction_or_an_impossible_day_is_no_numeric_date() -> None:
    assert [d.month for d in find_dates("Les 3/4 du total et le 45/13/2020.", "fr")] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La semaine passe à 35 heures et demie.", "fr", [("35 heures et demie", "35.5")]),
        ("Il a purgé deux ans et demi de prison.", "fr", [("deux ans et demi", "2.5")]),
        ("Un million et demi de visiteurs.", "fr", [("million et demi", "1500000")]),
        ("The works took three and a half years.", "en", [("three and a half", "3.5")]),
    ],
)
def test_and_a_half_adds_half_the_number(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    found = [(text[n.start : n.end], str(n.value)) for n in find_numbers(text, lang)]
    assert found == expected
