"""ROC AUC of the translation quality estimate on the dev set, beside a trivial baseline.

The dev set (``bench/data/translation_quality/dev.tsv``, built by its
``build.py`` before any weight was chosen) holds correct French-English
pairs (label 1) and corrupted ones (label 0: shuffled English, a dropped
clause, a changed number, a swapped name, an invented name). The score is
``factcheck.translate.quality``'s, with the built-in knowledge base loaded as
in a run. The baseline scores by the length ratio alone (closeness to the
usual English/French ratio). AUC is printed for the tuning half, on which
the weights were chosen, and for the held-out half, which is only measured;
then the held-out AUC of each corruption kind against the correct pairs, and
the share of each group judged reliable.

    .venv/bin/python bench/translation_quality.py            # the figures
    .venv/bin/python bench/translation_quality.py --tune     # search weights on the tuning half
"""

from __future__ import annotations

import argparse
import csv
import itertools
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck.core.model import TranslatedSentence  # noqa: E402
from factcheck.entities.kb import load_knowledge_base  # noqa: E402
from factcheck.text.document import Document, Sentence  # noqa: E402
from factcheck.translate import quality  # noqa: E402

DEV = ROOT / "bench" / "data" / "translation_quality" / "dev.tsv"


def read_rows() -> list[dict[str, str]]:
    with DEV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def signals_of(rows: list[dict[str, str]]) -> list[quality.Signals]:
    kb = load_knowledge_base([], builtin=True)
    out = []
    for row in rows:
        fr, en = row["french"], row["english"]
        doc = Document("dev", fr, "fr", [Sentence(0, 0, len(fr), fr)], 1.0)
        out.append(quality.read_signals(doc, TranslatedSentence(0, 0, len(fr), fr, en), kb))
    return out


def auc(scores: list[float], labels: list[int]) -> float:
    """Probability that a correct pair outscores a corrupted one (ties count half)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y == 1]
    neg = [s for s, y in zip(scores, labels, strict=True) if y == 0]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def baseline(signals: quality.Signals) -> float:
    return -abs(math.log(max(signals.length_ratio, 0.01) / quality.USUAL_RATIO))


def report(rows, signals, weights) -> None:
    scored = [quality.combine(s, weights) for s in signals]
    print(f"{'half':10} {'pairs':>6} {'AUC':>7} {'baseline (length ratio)':>24}")
    for half in ("tune", "held-out"):
        idx = [i for i, r in enumerate(rows) if r["split"] == half]
        labels = [int(rows[i]["label"]) for i in idx]
        ours = auc([scored[i].score for i in idx], labels)
        base = auc([baseline(signals[i]) for i in idx], labels)
        print(f"{half:10} {len(idx):6d} {ours:7.3f} {base:24.3f}")
    print()
    print("held-out, per kind: AUC against the correct pairs, share judged reliable")
    held = [i for i, r in enumerate(rows) if r["split"] == "held-out"]
    correct = [i for i in held if rows[i]["kind"] == "correct"]
    for kind in dict.fromkeys(rows[i]["kind"] for i in held):
        group = [i for i in held if rows[i]["kind"] == kind]
        reliable = sum(scored[i].reliable for i in group) / len(group)
        if kind == "correct":
            print(f"  {kind:16} {'':>6} reliable {reliable:6.1%} ({len(group)})")
            continue
        both = correct + group
        value = auc([scored[i].score for i in both], [int(rows[i]["label"]) for i in both])
        print(f"  {kind:16} {value:6.3f} reliable {reliable:6.1%} ({len(group)})")


def tune(rows, signals) -> dict[str, float]:
    """Search on the tuning half: the penalty weights for AUC, then the bias for accuracy.

    The bias moves every score alike, so it does not change the AUC; it
    sets where "reliable" starts, chosen for the best accuracy among the
    biases that keep at least 95 % of the correct pairs reliable.
    """
    idx = [i for i, r in enumerate(rows) if r["split"] == "tune"]
    labels = [int(rows[i]["label"]) for i in idx]

    def scored(weights: dict[str, float]) -> list[quality.SentenceQuality]:
        return [quality.combine(signals[i], weights) for i in idx]

    def area(weights: dict[str, float]) -> float:
        return auc([s.score for s in scored(weights)], labels)

    best = dict(quality.WEIGHTS)
    best_auc = area(best)
    grid = [0.5, 1.0, 1.6, 2.2, 3.0, 4.0, 6.0, 8.0, 12.0]
    for _, name in itertools.product(range(3), [k for k in best if k != "bias"]):
        for value in grid:
            trial = {**best, name: value}
            value_auc = area(trial)
            if value_auc > best_auc:
                best, best_auc = trial, value_auc
    choices = []
    for bias in [x / 4 for x in range(0, 41)]:
        result = scored({**best, "bias": bias})
        kept = sum(s.reliable for s, y in zip(result, labels, strict=True) if y) / labels.count(1)
        right = sum(s.reliable == bool(y) for s, y in zip(result, labels, strict=True))
        if kept >= 0.95:
            choices.append((right / len(idx), -bias, bias))
    if choices:
        best["bias"] = max(choices)[2]
    accuracy = max(choices)[0] if choices else float("nan")
    print(f"tuned: AUC {best_auc:.3f}, accuracy {accuracy:.3f}: {best}")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="search weights on the tuning half")
    args = parser.parse_args()
    rows = read_rows()
    signals = signals_of(rows)
    weights = tune(rows, signals) if args.tune else quality.WEIGHTS
    report(rows, signals, weights)


if __name__ == "__main__":
    main()
