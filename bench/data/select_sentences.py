#!/usr/bin/env python3
"""Deterministically select sentences from OrangeSum articles for hand labelling.

Standard library only. Reads the OrangeSum source documents (one article per
line), takes every STEP-th article (lines 1, 26, 51, ...), splits it into
sentences with a simple regex, drops fragments shorter than MIN_LEN
characters, and samples up to PER_ARTICLE sentences per article with a fixed
random seed. Sampled sentences are kept in their order of appearance.

Output: TSV on stdout (or --out), header ``article_line\tsentence\tlabel``,
with ``article_line`` 1-based and an empty ``label`` column to fill by hand.
The sentence text is an exact substring of the article line.

Usage:
    python3 bench/data/select_sentences.py \
        [--source /work/shared/data/orangesum/source_documents.txt] \
        [--out selection.tsv]
"""

import argparse
import random
import re
import sys

DEFAULT_SOURCE = "/work/shared/data/orangesum/source_documents.txt"
STEP = 25  # take every 25th article: 1500 / 25 = 60 articles
PER_ARTICLE = 4  # sentences sampled per article: 60 * 4 = 240
MIN_LEN = 25  # skip fragments shorter than this (characters)
SEED = 20240601  # fixed seed so the selection is reproducible

# A sentence ends at . ! ? or … (possibly followed by closing quotes /
# parentheses), then whitespace, then an uppercase letter, an opening quote
# or a digit.
_BOUNDARY = re.compile(r'(?<=[.!?…])["»”)]*\s+(?=[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"«“0-9])')


def split_sentences(text):
    """Split ``text`` into sentence strings that are exact substrings."""
    sentences = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        # keep closing quotes/parens attached to the sentence they close
        end = m.start()
        closing = re.match(r'["»”)]*', text[end : m.end()]).group(0)
        end += len(closing)
        piece = text[start:end].strip()
        if piece:
            sentences.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def select(lines, step=STEP, per_article=PER_ARTICLE, min_len=MIN_LEN, seed=SEED):
    rng = random.Random(seed)
    rows = []
    for idx in range(0, len(lines), step):
        article_line = idx + 1
        text = lines[idx].rstrip("\n")
        cands = [s for s in split_sentences(text) if len(s) >= min_len]
        if not cands:
            continue
        k = min(per_article, len(cands))
        picked = sorted(rng.sample(range(len(cands)), k))
        for i in picked:
            sent = cands[i]
            assert sent in text
            assert "\t" not in sent and "\n" not in sent
            rows.append((article_line, sent))
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=DEFAULT_SOURCE)
    ap.add_argument("--out", default="-")
    args = ap.parse_args(argv)
    with open(args.source, encoding="utf-8") as f:
        lines = f.readlines()
    rows = select(lines)
    table = "article_line\tsentence\tlabel\n" + "".join(f"{n}\t{sent}\t\n" for n, sent in rows)
    if args.out == "-":
        sys.stdout.write(table)
    else:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(table)
    print(f"{len(rows)} sentences from {len({r[0] for r in rows})} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
