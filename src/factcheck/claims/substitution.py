"""Another agent, object or place: one run of new words where the claim has one run
of other words, the rest being the same ("La Belgique | a remporté" for "La
France | a remporté")."""

from __future__ import annotations

import re

from factcheck.claims.features import acronym_links
from factcheck.claims.lexicon import Lexicon, lexicon
from factcheck.claims.model import Contradiction, ContradictionKind
from factcheck.claims.roles import after_auxiliary, derived
from factcheck.claims.side import Side, quoted

MAX_RUN = 3  # content words in one substituted run
CORRECTION_RUN = 8  # ... or in the facts a correction puts in the place of a rumour's object
AGENT_WORDS = 3  # a run starting within the sentence's first words is its subject
AGENT_NAME_WORDS = 5  # ... and a name a little further ("Le club de Lorient")


def substitution(said: Side, claim: Side, *, correction: bool = False) -> Contradiction | None:
    """Another agent, object or place; against a claim not rated true
    (``correction``), only when the new words are a name or a figure, or when
    they stand for the claim's last words, its object, and say more than it
    did ("guérissent | les infections bactériennes, comme les angines" for
    "guérissent | le rhume"): a correction says what is true instead."""
    lex = lexicon(said.lang)
    longest = CORRECTION_RUN if correction else MAX_RUN
    found = _substitution(lex, said, claim, said.words(), claim.words(), longest)
    if found is None or not correction:
        return found
    if _other_object(said, claim, found):
        return found
    if specific(said, found) and _run_length(said, found) <= MAX_RUN:
        return found
    return None  # "une vague gigantesque engloutir" for "géante submergeant": reworded


def _run_length(said: Side, found: Contradiction) -> int:
    keys = said.features.keys
    return sum(1 for k, s, _ in said.words() if found.start <= s < found.end and k in keys)


def _other_object(said: Side, claim: Side, found: Contradiction) -> bool:
    """The claim's last content words replaced by more words of the sentence's own
    (no figure among them: "20 miles per hour" for "20mph" is the figure reworded)."""
    if found.kind is not ContradictionKind.OBJECT or any(c.isdigit() for c in found.said):
        return False
    theirs = [k for k, _, e in claim.words() if k in claim.features.keys and e > found.claim_end]
    new = [k for k, s, _ in said.words() if found.start <= s < found.end]
    gone = [
        k
        for k, s, _ in claim.words()
        if found.claim_start <= s < found.claim_end and k in claim.features.keys
    ]
    return not theirs and len(new) > len(gone)


def specific(said: Side, found: Contradiction) -> bool:
    """A name or a figure: the facts a correction puts in the place of a rumour's
    ("à Lampedusa", "en 2011"); common words in their place are a rewording."""
    if any(c.isdigit() for c in found.said):
        return True
    opening = not said.text[said.start : found.start].strip(" «\"“'(")
    return any(
        m.group()[:1].isupper() and not (opening and m.start() == 0)
        for m in re.finditer(r"\w[\w'’-]*", found.said)
    )


def _substitution(
    lex: Lexicon,
    said: Side,
    claim: Side,
    said_words: list[tuple[str, int, int]],
    claim_words: list[tuple[str, int, int]],
    longest: int = MAX_RUN,
) -> Contradiction | None:
    """One run of new content words in the place of a run of the claim's own words.

    The place is told by the neighbours: the content word before the two runs,
    or the one after, is the same ("La Belgique | a remporté" for "La France
    | a remporté"), or both runs open the sentence (its subject) and the claim
    has no other words missing (the rest is the same: a sentence that opens
    on other words and drops others of the claim is a rewording). An
    attribution added at the end ("sources say") while the claim drops a word
    elsewhere is no substitution.
    """
    linked_claim, linked_said = acronym_links(claim.features, said.features)
    in_claim = claim.features.keys | linked_said  # "BCE" said for "Banque centrale européenne"
    in_said = said.features.keys | linked_claim
    said_content = [w for w in said_words if w[0] in said.features.keys]
    claim_content = [w for w in claim_words if w[0] in claim.features.keys]
    new_runs = _runs(said_content, in_claim, said.text)
    if len(new_runs) != 1 or _length(said_content, new_runs[0], in_claim) > longest:
        return None
    new = new_runs[0]
    around = _neighbours(said_content, new)
    gone_runs = _runs(claim_content, in_said, claim.text)
    gone = next(
        (
            run
            for run in gone_runs
            if _length(claim_content, run, in_said) <= MAX_RUN
            and (
                _neighbours(claim_content, run) & around
                or (run[0] == 0 and new[0] == 0 and len(gone_runs) == 1)
            )
        ),
        None,
    )
    if gone is None:
        return None
    s, e = said_content[new[0]][1], said_content[new[1]][2]
    cs, ce = claim_content[gone[0]][1], claim_content[gone[1]][2]
    if _same_side(lex, said_content[new[0] : new[1] + 1], claim_content[gone[0] : gone[1] + 1]):
        return None  # "augmenté" for "relevé": one side of an antonym pair, one meaning
    if _abbreviates(said.text[s:e], claim.text[cs:]):
        return None
    if after_auxiliary(lex.auxiliaries, said.text, said.start, s) or after_auxiliary(
        lexicon(claim.lang).auxiliaries, claim.text, claim.start, cs
    ):
        return None  # "a triomphé" for "a remporté": another predicate, not another argument
    if _verbal(lex, said.text[s:e]) or _verbal(lexicon(claim.lang), claim.text[cs:ce]):
        return None  # "lifted" for "raised its main interest": a predicate said otherwise
    new_keys = [k for k, _, _ in said_content[new[0] : new[1] + 1] if k not in in_claim]
    gone_keys = [k for k, _, _ in claim_content[gone[0] : gone[1] + 1] if k not in in_said]
    if derived(new_keys, gone_keys):
        return None  # "bretonne" for "Bretagne", "Lyonnais" for "Lyon": one word family
    first = said_words.index(said_content[new[0]])
    name = said.text[s:e].split("'")[-1].split("’")[-1]
    if first > 0 and after_place_word(lex, said.text, said.start, s):
        kind = ContradictionKind.PLACE
    elif first < AGENT_WORDS or (first < AGENT_NAME_WORDS and name[:1].isupper()):
        kind = ContradictionKind.AGENT
    else:
        kind = ContradictionKind.OBJECT
    return quoted(kind, said, claim, s, e, cs, ce)


ARTICLES = frozenset({"le", "la", "les", "l", "the"})
LOOK_BACK = 20  # characters before a run where its preposition is read


def after_place_word(lex: Lexicon, text: str, start: int, at: int) -> bool:
    """The run follows a place preposition, an article between ("dans | le Pacifique",
    "in the | Panama Canal"). Lower case, accents kept: the auxiliary "a" is not "à"."""
    before = text[max(start, at - LOOK_BACK) : at].lower().replace("'", " ").replace("’", " ")
    words = before.split()
    while words and words[-1] in ARTICLES:
        words.pop()
    return bool(words) and words[-1] in lex.place_prepositions


def _verbal(lex: Lexicon, run: str) -> bool:
    """A run of common words that opens on a verb form ("lifted", "élevait",
    "battant"): the predicate worded otherwise. A name or a figure in it is an
    argument ("La Belgique", "en 2011")."""
    words = run.split()
    if not words or any(c.isdigit() for c in run) or any(w[:1].isupper() for w in words):
        return False
    first = words[0].lower().strip(",.;:")
    return len(first) > 4 and first.endswith(lex.predicate_endings)


def _same_side(
    lex: Lexicon, new: list[tuple[str, int, int]], gone: list[tuple[str, int, int]]
) -> bool:
    mine, theirs = {k for k, _, _ in new}, {k for k, _, _ in gone}
    return any(mine & side and theirs & side for pair in lex.antonyms for side in pair)


def _length(
    content: list[tuple[str, int, int]], run: tuple[int, int], other: frozenset[str]
) -> int:
    """How many words of the run are missing from the other side."""
    return sum(1 for w in content[run[0] : run[1] + 1] if w[0] not in other)


def _neighbours(content: list[tuple[str, int, int]], run: tuple[int, int]) -> set[str]:
    """The content words just before ("<key") and just after (">key") a run."""
    first, last = run
    found = set()
    if first > 0:
        found.add(f"<{content[first - 1][0]}")
    if last + 1 < len(content):
        found.add(f">{content[last + 1][0]}")
    return found


def _runs(
    content: list[tuple[str, int, int]], other: frozenset[str], text: str
) -> list[tuple[int, int]]:
    """(first, last) indexes of the runs of content words missing from ``other``; one
    shared word of a name between two missing ones does not break a run ("World |
    Health | Organization" when "health" is said elsewhere), but a shared common word
    does: "la Ville de Paris s'apprête à | bannir | l'ensemble" is two changes around
    the claim's own predicate, not one other agent."""
    missing = [i for i, w in enumerate(content) if w[0] not in other]
    runs: list[tuple[int, int]] = []
    for i in missing:
        bridged = range(runs[-1][1] + 1, i) if runs else range(0)
        if runs and len(bridged) <= 1 and all(text[content[j][1]].isupper() for j in bridged):
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _abbreviates(written: str, claimed: str) -> bool:
    """ "US" for "United States", "OMS" for "Organisation mondiale de la santé"."""
    if not (written.isupper() and written.isalpha() and 2 <= len(written) <= 6):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", claimed) if w[0].isupper()]
    return "".join(w[0] for w in words[: len(written)]) == written
