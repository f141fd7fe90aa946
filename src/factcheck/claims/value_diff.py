"""Dates and numbers of a sentence in the place of the claim's own (:mod:`factcheck.claims.contradict`)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.claims.cues import cues_for
from factcheck.claims.features import lang_key, word_key
from factcheck.claims.fold import LETTERS, ends_with_words, find_phrases, fold
from factcheck.claims.lexicon import lexicon
from factcheck.claims.stance import same_date
from factcheck.core.langdata import lang_json
from factcheck.text.values import DateValue, NumberValue

if TYPE_CHECKING:
    from factcheck.claims.side import Side

Spans = tuple[int, int, int, int]  # said start, end; claim start, end
SCALE = 10  # two lone numbers further apart than this are not one quantity
APPROXIMATE = Decimal("0.1")  # "près de 7,5 %" agrees with 7,4 %: within a tenth
HEDGE_BEFORE = 20  # characters before a number where its hedge ("plus de") is read


def differing_date(
    said: tuple[DateValue, ...], claimed: tuple[DateValue, ...], *, years: bool = False
) -> Spans | None:
    """A date of the sentence where the claim has another date as precise (a year for a
    year, a day or month for a day or month), neither matching any date of the other.
    ``years``: also a month of another year than a year of the other side ("juillet 2022"
    against "en 2026"), which only a correction may read so (a true claim's year is
    often the year of another step than the sentence's month)."""
    for year_only in (False, True):
        mine = [d for d in said if (d.month is None) == year_only]
        theirs = [d for d in claimed if (d.month is None) == year_only]
        new = [d for d in mine if not any(same_date(d, c) for c in theirs)]
        gone = [c for c in theirs if not any(same_date(d, c) for d in mine)]
        if new and gone:
            return new[0].start, new[0].end, gone[0].start, gone[0].end
    if years:
        new = [d for d in said if d.year and not any(c.year == d.year for c in claimed)]
        gone = [c for c in claimed if c.year and not any(d.year == c.year for d in said)]
        if new and gone and len({d.month is None for d in (*new, *gone)}) == 2:
            return new[0].start, new[0].end, gone[0].start, gone[0].end
    return None


HUNDRED = Decimal(100)
OPENING_CHARS = 40  # where a sentence names its subject


FROM_TO = 12  # characters between a change's two figures ("de 348 à 250", "from 20% to 22%")


def change_undone(said: Side, claim: Side) -> Spans | None:
    """The sentence states the figure a claimed change starts from, and not the one it
    ends at ("Le Sénat compte toujours 348 sénateurs" against "réduit de 348 à 250"):
    the figure still holds. Both figures quoted, or None."""
    numbers = sorted(claim.features.numbers, key=lambda n: n.start)
    said_values = said.features.values
    for first, second in pairwise(numbers):
        if not 0 < second.start - first.end <= FROM_TO or first.value == second.value:
            continue
        if not _FROM_TO.search(fold(claim.text[first.end : second.start])):
            continue
        if first.value in said_values and second.value not in said_values:
            found = next(n for n in said.features.numbers if n.value == first.value)
            return found.start, found.end, second.start, second.end
    return None


_FROM_TO = re.compile(r"^\W*(?:%|points?|euros?)?\s*(?:a|to|au)\s+[£$€¥]?$")


def differing_number(said: Side, claim: Side, correction: bool = False) -> Spans | None:
    """A number of the sentence in the place of another number of the claim.

    The place is told by the word after the number ("%", "ans", "voix"); when
    the sentence has one number and the claim one, of one order of magnitude,
    they stand in the same place. A number said of other words than the claim's
    measures something else ("L'abstention a atteint 28 %"), unless, against a
    claim not rated true (``correction``), it has the claim's number's currency
    and unit: "cars pay £12.50 a day" gives the charge the rumour puts at "£50 a
    day" (a correction, where a wrong reading costs no FC301).
    """
    claimed_values = claim.features.values
    said_values = said.features.values
    same = {v.value for v in claim.features.shares} & {v.value for v in said.features.shares}
    gone = [
        n
        for n in claim.features.numbers
        if n.value not in said_values
        and not _in_share(n, claim.features.shares, same)
        and not any(_bound_met(claim, n, said, s) for s in said.features.numbers)
    ]
    new = [
        n
        for n in said.features.numbers
        if n.value not in claimed_values
        and not any(_fits(said, n, c.value) for c in gone)
        and not _in_share(n, said.features.shares, same)  # "un sur deux" for "la moitié"
    ]

    if said.lang == claim.lang:  # across languages the words cannot be compared
        new = [
            n
            for n in new
            if _same_measure(said, n.start, claim.features.keys)
            or (
                correction
                and any(_measure(said, n) == _measure(claim, c) != _NO_MEASURE for c in gone)
            )
        ]
    if not new or not gone:
        return None
    for n in new:
        unit = _unit(said.text, n.end)
        for c in gone:
            if _other_party(said, claim, n, c):
                continue
            if unit and unit == _unit(claim.text, c.end):
                if _of_other_things(said, n, claim, c):
                    continue  # "dix ans d'inéligibilité" beside "quatre ans de prison"
                return n.start, n.end, c.start, c.end
    if len(said.features.numbers) == 1 and len(claim.features.numbers) == 1:
        if _other_party(said, claim, new[0], gone[0]):
            return None
        if percent(said.text, new[0].end) != percent(claim.text, gone[0].end):
            return None  # "one of the best-selling" is not in the place of "80%"
        if not _comparable(new[0].value, gone[0].value):
            return None  # "50 000 morts" is not in the place of "magnitude 7,8"
        if _other_units(said, new[0], claim, gone[0]):
            return None  # "six ans avant" is not in the place of "3 kilomètres"
        if _of_other_things(said, new[0], claim, gone[0]):
            return None  # "dix ans d'inéligibilité" beside "quatre ans de prison"
        return new[0].start, new[0].end, gone[0].start, gone[0].end
    return None


def _other_party(said: Side, claim: Side, number: NumberValue, claimed: NumberValue) -> bool:
    """The rest of the claim's percentage, said of the sentence's own subject who is the
    claim's other party: "Marine Le Pen a obtenu 41,45 %" beside "Emmanuel Macron a été
    réélu avec 58,55 % face à Marine Le Pen". The loser's share, not another figure for
    the winner's."""
    if not (percent(said.text, number.end) and percent(claim.text, claimed.end)):
        return False
    if number.value + claimed.value != HUNDRED:
        return False
    return _party_of_claim(said, claim)


def _party_of_claim(said: Side, claim: Side) -> bool:
    """The sentence's subject is a name of the claim other than the claim's subject."""
    opening = said.text[said.start : said.start + OPENING_CHARS]
    subject = {w.key for w in said.features.names if w.start < said.start + len(opening)}
    claim_opening = {w.key for w in claim.features.names if w.start < claim.start + OPENING_CHARS}
    others = {w.key for w in claim.features.names} - claim_opening
    return bool(subject & others) and not subject & claim_opening


def _in_share(number: NumberValue, shares: tuple[NumberValue, ...], same: set[Decimal]) -> bool:
    """Whether the number is part of a share both sides state ("deux" in "un sur deux")."""
    return any(v.value in same and v.start <= number.start < v.end for v in shares)


SHARE_TOLERANCE = Decimal("0.03")  # shares this close are one share written two ways


def differing_share(said: Side, claim: Side) -> Spans | None:
    """Another share of the whole than the claim's: "14 % du PIB" or "un septième"
    for "un tiers de son PIB" (shares are read one way by text.shares)."""
    mine, theirs = said.features.shares, claim.features.shares
    if not mine or not theirs:
        return None
    if any(abs(a.value - b.value) <= SHARE_TOLERANCE for a in mine for b in theirs):
        return None  # "près de 65 %" for "près des deux tiers": the same share, rounded
    if mine[0].value + theirs[0].value == 1 and _party_of_claim(said, claim):
        return None  # the other party's share: the rest of the claim's
    if not _same_measure(said, mine[0].start, claim.features.keys):
        return None
    return mine[0].start, mine[0].end, theirs[0].start, theirs[0].end


MEASURE_WORDS = 3  # content words before a number that tell what it measures


def _same_measure(said: Side, at: int, claimed: frozenset[str]) -> bool:
    """Whether the words before a number of the sentence are the claim's: "L'abstention
    a atteint 28 %" measures another thing than "réélu avec 58,55 % des voix"."""
    keys = said.features.keys
    folded = fold(said.text)
    approximate, lower = hedge_phrases(said.lang)
    hedges = find_phrases(folded, [*approximate, *lower], said.start, said.end)
    hedged = [(s, e) for _, s, e in hedges]
    before = [
        k
        for k, s, e in said.words()
        if e <= at and k in keys and not any(hs <= s < he for hs, he in hedged)
    ][-MEASURE_WORDS:]
    return not before or bool(set(before) & claimed)


_CURRENCY = "£$€¥"
_NO_MEASURE = ("", "")


def _measure(side: Side, number: NumberValue) -> tuple[str, str]:
    """A number's currency sign and the first content word after it ("£12.50 a day":
    ("£", "day"); "50 euros par mois": ("", "euros"))."""
    before = side.text[max(0, number.start - 2) : number.start].strip()
    sign = before[-1] if before and before[-1] in _CURRENCY else ""
    stop = cues_for(side.lang).stopwords
    after = [
        w for w in LETTERS.findall(fold(side.text[number.end : number.end + 30])) if w not in stop
    ]
    return sign, word_key(after[0]) if after else ""


@cache
def hedge_phrases(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's approximations ("près de", "about") and lower bounds ("plus de",
    "at least"), folded; none for a language without its own list."""
    data = lang_json(lang, "contradiction.json") or {}
    approximate = tuple(fold(w) for w in data.get("approximate", []))
    return approximate, tuple(fold(w) for w in data.get("lower_bounds", []))


def _fits(said: Side, number: NumberValue, claimed: Decimal, upper: bool = False) -> bool:
    """An approximation or a lower bound that the claim's number meets: "près de 7,5 %"
    for 7,4 %, "plus de 120 millions" for 122 millions. With ``upper``, an upper bound
    too ("moins de 13 ans" for 12 ans): read on the claim's side, its bound met by the
    sentence's number."""
    before = _before(said, number)
    approximate, lower = hedge_phrases(said.lang)
    if _ends_with_any(before, approximate):
        return abs(number.value - claimed) <= APPROXIMATE * abs(claimed)
    if _ends_with_any(before, lower):
        return number.value <= claimed
    if upper and _ends_with_any(before, upper_bounds(said.lang)):
        return claimed <= number.value
    return False


def _bound_met(claim: Side, claimed: NumberValue, said: Side, number: NumberValue) -> bool:
    """The claim bounds its number ("un enfant de moins de 13 ans") and the sentence
    gives a plain number of the same measure within it ("un enfant de 12 ans"). A
    bound against a bound ("jusqu'à 21 ans" for "jusqu'à 25 ans") is another limit."""
    return (
        _fits(claim, claimed, number.value, upper=True)
        and not _bounded(said, number)
        and _comparable(number.value, claimed.value)
        and not _other_units(said, number, claim, claimed)
    )


def _bounded(side: Side, number: NumberValue) -> bool:
    """Whether an approximation or a bound stands right before ``number``."""
    before = _before(side, number)
    approximate, lower = hedge_phrases(side.lang)
    phrases = (*approximate, *lower, *upper_bounds(side.lang))
    return _ends_with_any(before, phrases)


def _ends_with_any(before: str, phrases: tuple[str, ...]) -> bool:
    """The words before a number end with one of ``phrases`` ("plus de", "about")."""
    return any(ends_with_words(before, w.rstrip()) for w in phrases)


def _before(side: Side, number: NumberValue) -> str:
    """The folded words right before ``number``, where its hedge or bound is read."""
    return fold(side.text[max(side.start, number.start - HEDGE_BEFORE) : number.start]).rstrip()


@cache
def upper_bounds(lang: str) -> tuple[str, ...]:
    """The language's upper bounds ("moins de", "under"), folded."""
    data = lang_json(lang, "contradiction.json") or {}
    return tuple(fold(w) for w in data.get("upper_bounds", []))


def _comparable(a: Decimal, b: Decimal) -> bool:
    """Of one order of magnitude: a number put for another keeps its scale."""
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high / low <= SCALE


def percent(text: str, end: int) -> bool:
    return _unit(text, end) in ("%", "pourc", "perce")


_OF = re.compile(r"\s*(%|[^\W\d_]+)\s+(?:de\s+|d['’]|des\s+|du\s+|of\s+)([^\W\d_]+)")


def _of_other_things(said: Side, number: NumberValue, claim: Side, claimed: NumberValue) -> bool:
    """Both numbers are durations of different things ("ans de prison" / "ans
    d'inéligibilité")."""
    mine, theirs = _complement(said, number.end), _complement(claim, claimed.end)
    return bool(mine and theirs and mine != theirs)


def _complement(side: Side, end: int) -> str | None:
    """What a duration after a number is of ("ans | de prison", "years | of
    ineligibility"): the key of the noun after "de" / "of", or None when the number
    is no duration or has none ("millions de voyageurs" counts travellers, worded
    many ways)."""
    m = _OF.match(fold(side.text), end, min(len(side.text), end + 60))
    if m is None or lang_key(m.group(1), side.lang) not in lexicon(side.lang).time_nouns:
        return None
    return lang_key(m.group(2), side.lang)


def _other_units(said: Side, number: NumberValue, claim: Side, claimed: NumberValue) -> bool:
    """Both numbers are followed by units (of time, length, money ...), not the same; or
    one by a unit and the other by a thing counted: "500 mégawatts" measures a wind
    farm, "71 éoliennes" counts its turbines."""
    mine, theirs = _unit_word(said.text, number.end), _unit_word(claim.text, claimed.end)
    units = lexicon(said.lang).durations | lexicon(said.lang).measures
    claim_units = lexicon(claim.lang).durations | lexicon(claim.lang).measures
    mine_key, theirs_key = lang_key(mine, said.lang), lang_key(theirs, claim.lang)
    if mine_key in units and theirs_key in claim_units:
        return mine_key != theirs_key
    if mine_key in units:
        return _counted(theirs, claim.lang, claim_units)
    return theirs_key in claim_units and _counted(mine, said.lang, units)


COUNTED_MIN = 3  # letters of a word right after a number that names the things counted


def _counted(word: str, lang: str, units: frozenset[str]) -> bool:
    """The folded word right after a number names things counted ("éoliennes"), not a
    unit, a stop word ("de") or a letter of an elision ("d'")."""
    return (
        len(word) >= COUNTED_MIN
        and lang_key(word, lang) not in units
        and word not in cues_for(lang).stopwords
    )


def _unit_word(text: str, end: int) -> str:
    """The word right after a number ("ans", "kilomètres"), or "%", folded; else ""."""
    m = re.match(r"\s*(%|[^\W\d_]+)", text[end : end + 30])
    return fold(m.group(1)) if m else ""


def _unit(text: str, end: int) -> str:
    word = _unit_word(text, end)
    return word_key(word) if word else ""


def share(
    quantifiers: dict[str, str], said: Side, claim: Side, claim_words: list[tuple[str, int, int]]
) -> Spans | None:
    """A percentage against the claim's quantifier: "about 20 %" is not "most"."""
    if claim.features.numbers:
        return None
    claimed = [(quantifiers[k], s, e) for k, s, e in claim_words if k in quantifiers]
    for n in said.features.numbers:
        if not claimed or not percent(said.text, n.end):
            continue
        cls = _share_class(n.value)
        if cls and claimed[0][0] in ("all", "most", "few", "none") and cls != claimed[0][0]:
            return n.start, n.end, claimed[0][1], claimed[0][2]
    return None


def _share_class(percentage: Decimal) -> str:
    """The quantifier class a percentage says: 100 % all, over half most, 0 none, under half few."""
    if percentage >= 100:
        return "all"
    if percentage > 50:
        return "most"
    if percentage == 0:
        return "none"
    return "few" if percentage < 50 else ""
