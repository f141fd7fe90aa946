"""Name matching on hostile sizes: is its cost linear in the article's length?

    .venv/bin/python bench/names_scale.py [--sizes 1000,10000] [--lines 200000]

Issue 14 point 3. Three articles, made up here (seeded, no data read):

- a run of N capitalised words with no full stop ("Oiwo Emmanuel Bexa ..."),
  some of them real given names and surnames of the built-in knowledge base
  and some near misses of them, for N = 1,000 and 10,000;
- 200,000 short lines, one short sentence each ("Il parle 17."), a known
  name in one line of five and a misspelled one in one line of fifty.

For each it times what name matching costs, with the built-in knowledge
base and its name index already loaded and the sentences already split:
rule FC101 (which finds the article's names) and then FC102 (which reuses
them), as the pipeline runs them, in CPU seconds (``time.process_time``: the machine is
shared, and wall-clock time counts the other processes too). The target is
under 2 s for each of them on each article.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from factcheck.entities.kb import load_knowledge_base
from factcheck.entities.people import name_index
from factcheck.rules.base import CheckContext
from factcheck.rules.fc101_misspelled_name import RULE as FC101
from factcheck.rules.fc102_title_mismatch import RULE as FC102
from factcheck.text.document import Document, Sentence
from factcheck.text.segment import sentence_spans

TARGET_SECONDS = 2.0
_NAMES = ["Emmanuel", "Macron", "Macronn", "Keir", "Starmer", "Kiri", "Olaf", "Scholz", "Merz"]


def _word(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(_NAMES)
    letters = "".join(rng.choice("abcdefghijklmnoprstuvz") for _ in range(rng.randint(2, 7)))
    return rng.choice("ABCDEFGHIJKLMNOPRSTUVZ") + letters


def capitalised_words(count: int, seed: int = 14) -> str:
    rng = random.Random(seed)
    return " ".join(_word(rng) for _ in range(count))


def short_lines(count: int, seed: int = 14) -> str:
    """``count`` one-sentence lines: a known name in one line of 5, a misspelled one in 1 of 50."""
    rng = random.Random(seed)
    lines = []
    for i in range(count):
        draw = rng.random()
        who = "Kiri Starmer" if draw < 0.02 else "Emmanuel Macron" if draw < 0.2 else "Il"
        lines.append(f"{who} parle {i}.")
    return "\n".join(lines)


def document(text: str) -> Document:
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(sentence_spans(text))]
    return Document("bench.txt", text, "fr", sentences)


def timed(work: Callable[[], object]) -> float:
    """CPU seconds of ``work()``: on a shared machine, wall-clock time also counts the others."""
    start = time.process_time()
    work()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="capitalised-word run lengths")
    parser.add_argument("--lines", type=int, default=200_000, help="number of short lines")
    args = parser.parse_args()
    kb = load_knowledge_base([], builtin=True)
    name_index(kb)  # built once per knowledge base, not per article
    cases = [
        (f"{int(n):,} capitalised words", capitalised_words(int(n))) for n in args.sizes.split(",")
    ]
    cases.append((f"{args.lines:,} short lines", short_lines(args.lines)))
    print(f"| article | chars | FC101 | FC102 | total | target < {TARGET_SECONDS:g} s |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for label, text in cases:
        doc = document(text)
        context = CheckContext(doc, kb)
        t_101 = timed(lambda c=context: FC101.run(c))  # type: ignore[misc]
        t_102 = timed(lambda c=context: FC102.run(c))  # type: ignore[misc]
        total = t_101 + t_102
        status = "met" if total < TARGET_SECONDS else "missed"
        print(
            f"| {label} | {len(text):,} | {t_101:.2f} s | {t_102:.2f} s | {total:.2f} s | {status} |"
        )


if __name__ == "__main__":
    main()
