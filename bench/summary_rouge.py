#!/usr/bin/env python3
"""ROUGE of every summarizer on OrangeSum, against the lead-k baselines of the same run.

Reads ``source_documents.txt`` (one French article per line) and ``gold.txt``
(the line-aligned reference abstracts) from the OrangeSum folder (CC BY-SA
4.0, Kamal Eddine, Tixier and Vazirgiannis, "BARThez", 2020; read in place,
never copied), splits each article with ``factcheck.text.segment.sentence_spans``,
summarizes it in French with every summarizer (as the product does: its
summary is picked from the article's own sentences, in the article's
language, and only then shown with their translations; see
``factcheck.pipeline.summarize_document``), and prints ROUGE-1, ROUGE-2
and ROUGE-L F1 (x100) on all articles and on the held-out ones (after the
first ``--tune`` articles, on which the default's constants were tuned), the
mean summary length and the time per article of the summarizer alone.

ROUGE is ``bench/rouge.py`` (our own: accent-folded lower-case word tokens,
n-gram F1 and LCS-based ROUGE-L F1, the mean over articles).

Usage:
    .venv/bin/python bench/summary_rouge.py [--limit N] [--sentences 2]
        [--data ../shared/data/orangesum] [--tune 500]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import rouge

from factcheck.text.segment import SumyTokenizer, sentence_spans
from factcheck.text.summarize import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    MAX_AUTO_SENTENCES,
    summarize,
    word_budget,
)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "orangesum"

Picker = Callable[[list[str]], list[int]]
tokenizer = SumyTokenizer("french")


@dataclass
class Row:
    name: str
    picks: list[list[int]]
    seconds: float


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="OrangeSum folder")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument(
        "--sentences", type=int, default=2, help="count for the fixed-length rows (default 2)"
    )
    parser.add_argument(
        "--tune", type=int, default=500, help="articles the default was tuned on (default 500)"
    )
    args = parser.parse_args(argv)
    try:
        articles, golds = load(args.data, args.limit)
    except (OSError, ValueError) as exc:
        print(f"summary_rouge: error: {exc}", file=sys.stderr)
        return 2

    started = time.perf_counter()
    documents = [[text[s:e] for s, e in sentence_spans(text)] for text in articles]
    split_ms = 1000 * (time.perf_counter() - started) / len(articles)

    rows = [run(f"lead-{k}", lead(k), documents) for k in (1, 2, 3)]
    for algorithm in ALGORITHMS:
        rows.append(
            run(f"{algorithm} ({args.sentences})", sumy(algorithm, args.sentences), documents)
        )
    rows.append(run("lead (auto length)", lead_to_budget, documents))
    rows.append(run(f"{DEFAULT_ALGORITHM} (auto)", sumy(DEFAULT_ALGORITHM, None), documents))

    print_table(rows, documents, golds, args.tune, split_ms)
    return 0


def load(folder: Path, limit: int | None) -> tuple[list[str], list[str]]:
    articles = (folder / "source_documents.txt").read_text(encoding="utf-8").splitlines()
    golds = (folder / "gold.txt").read_text(encoding="utf-8").splitlines()
    if len(articles) != len(golds):
        raise ValueError(f"{folder}: {len(articles)} articles but {len(golds)} gold summaries")
    if limit is not None:
        articles, golds = articles[:limit], golds[:limit]
    if not articles:
        raise ValueError(f"{folder}: no articles")
    return articles, golds


def lead(k: int) -> Picker:
    return lambda sentences: list(range(min(k, len(sentences))))


def lead_to_budget(sentences: list[str]) -> list[int]:
    """Ablation: the default's length rule on the lead, without its sentence scores."""
    words = [len(tokenizer.to_words(s)) for s in sentences]
    budget, total = word_budget(sum(words)), 0
    picked: list[int] = []
    for i, count in enumerate(words):
        if total >= budget or len(picked) == MAX_AUTO_SENTENCES:
            break
        picked.append(i)
        total += count
    return picked


def sumy(algorithm: str, count: int | None) -> Picker:
    return lambda sentences: summarize(sentences, "fr", algorithm, count)


def run(name: str, pick: Picker, documents: list[list[str]]) -> Row:
    pick(documents[0])  # imports and caches, outside the timing
    started = time.perf_counter()
    picks = [pick(sentences) for sentences in documents]
    return Row(name, picks, time.perf_counter() - started)


def scores(row: Row, documents: list[list[str]], golds: list[str]) -> list[rouge.Scores]:
    return [
        rouge.score(" ".join(sentences[i] for i in picked), gold)
        for picked, sentences, gold in zip(row.picks, documents, golds, strict=True)
    ]


def print_table(
    rows: list[Row], documents: list[list[str]], golds: list[str], tune: int, split_ms: float
) -> None:
    n = len(documents)
    held = slice(tune, n) if n > tune else slice(0, 0)
    print(
        f"OrangeSum, {n} French articles; held-out = articles {tune + 1}-{n} "
        f"({max(0, n - tune)}); ROUGE F1 x100 (bench/rouge.py); "
        f"sentence splitting {split_ms:.2f} ms/article, not included below"
    )
    header = (
        f"{'summarizer':<22} {'sents':>5} {'words':>5}  {'R1':>6} {'R2':>6} {'RL':>6}"
        f"  {'held R1':>7} {'held R2':>7} {'held RL':>7}  {'ms/art':>6}"
    )
    print(header)
    print("-" * len(header))
    results: dict[str, tuple[rouge.Scores, rouge.Scores]] = {}
    for row in rows:
        per_article = scores(row, documents, golds)
        every, held_out = rouge.mean(per_article), rouge.mean(per_article[held])
        results[row.name] = (every, held_out)
        sents = sum(map(len, row.picks)) / n
        words = (
            sum(
                len(rouge.tokens(sentences[i]))
                for picked, sentences in zip(row.picks, documents, strict=True)
                for i in picked
            )
            / n
        )
        print(
            f"{row.name:<22} {sents:>5.2f} {words:>5.1f}  {pct(every)}  "
            f"{pct(held_out, 7) if held.start < held.stop else ' '.join(['      -'] * 3)}"
            f"  {1000 * row.seconds / n:>6.2f}"
        )
    default = results[f"{DEFAULT_ALGORITHM} (auto)"]
    for label, index in (("all articles", 0), ("held-out", 1)):
        if index == 1 and held.start >= held.stop:
            continue
        best = max((f"lead-{k}" for k in (1, 2, 3)), key=lambda name: results[name][index].rougeL)
        ours, theirs = default[index].rougeL, results[best][index].rougeL
        verdict = "beats" if ours > theirs else "does NOT beat"
        print(
            f"{label}: {DEFAULT_ALGORITHM} (auto) ROUGE-L {100 * ours:.2f} {verdict} "
            f"the best lead-k, {best} {100 * theirs:.2f} ({100 * (ours - theirs):+.2f})"
        )


def pct(s: rouge.Scores, width: int = 6) -> str:
    return " ".join(f"{100 * v:>{width}.2f}" for v in (s.rouge1, s.rouge2, s.rougeL))


if __name__ == "__main__":
    sys.exit(main())
