#!/usr/bin/env python3
"""Claim matching and contradiction on the claim/statement dev set, per half, with baselines.

Reads ``bench/data/claim_pairs/pairs.jsonl`` (hand-labelled before tuning;
see its README) and the text-only claim file ``claims.json`` beside it
(``id``, ``text``, ``lang``, ``verdict`` only). Each statement is checked
as a one-sentence article against all the claims, and the results are
counted on each half (``tune``, ``heldout``):

- recall@1 on verbatim and reworded statements: the best matching entry
  (status true/false/misleading/unproven) is the pair's claim;
- the FC301 rate on corrections and on compatible statements (any result
  with status false);
- rumour stated: of the verbatim and reworded statements of claims not rated
  true (the article spreads the rumour), the share flagged FC301-FC303; a
  match judged to contradict the rumour counts for recall@1 but not here;
- statements flagged on another entry: FC301-FC303 on a claim that is not
  the pair's own (the sentence only touches it: a false finding however the
  pair's own claim is judged);
- contradiction precision, recall and F1, overall and per kind: a
  contradiction is found when the pair's claim gets ``agreement:
  contradicts`` and status false; per kind, a prediction counts when its
  kind is the labelled kind.

Baselines beside the matcher: "never contradict" (the rate every figure
must beat), "entity overlap" (the entry sharing the most capitalised names
matches and is repeated: what a name-only matcher does), and "entity
overlap, contradict every matched true claim".

Usage::

    .venv/bin/python bench/claim_matching.py [--split heldout|tune|<later set>|all] [--fixtures]

``tune2`` to ``tune47`` are later tuning sets, ``heldout2`` to ``heldout18``
later held-out sets (``<name>.jsonl``: new topics, one split each; the list
is ``EXTRA_SETS`` in ``data/claim_pairs/build.py``), each checked against the
claims of every set together.

``--fixtures`` runs the older regression check instead: the hand-written
fixture articles of ``fixtures/claims`` against ``expected.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.claims import check_claims
from factcheck.claims.features import read_features
from factcheck.claims.model import Agreement, ClaimResult, Status
from factcheck.entities.kb import load_knowledge_base
from factcheck.text.document import Document, Sentence
from factcheck.text.segment import sentence_spans

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "bench" / "data" / "claim_pairs"
sys.path.insert(0, str(PAIRS))
from build import EXTRA_SETS  # noqa: E402  (the one list of the later sets)

FIXTURES = ROOT / "fixtures" / "claims"
KINDS = (
    "antonym",
    "agent",
    "object",
    "place",
    "quantity",
    "quantifier",
    "number",
    "date",
    "modality",
    "negation",
)
MATCHED = {Status.TRUE, Status.FALSE, Status.MISLEADING, Status.UNPROVEN}


@dataclass
class Outcome:
    """What one system concluded about one pair."""

    top: str | None  # id of the best matching entry
    fc301: bool
    fc30x: bool  # FC301, FC302 or FC303
    contradiction: str | None  # the kind found against the pair's claim, or None
    elsewhere: bool = False  # FC301-FC303 on another entry than the pair's claim


def document_of(text: str, lang: str) -> Document:
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(sentence_spans(text))]
    return Document("<pair>", text, lang, sentences)


def matcher(pair: dict[str, Any], kb: Any) -> Outcome:
    results = check_claims(document_of(pair["statement"], pair["lang"]), kb)
    matched = [r for r in results if r.status in MATCHED]
    top = max(matched, key=lambda r: r.score).claim_id if matched else None
    fc301 = any(r.status is Status.FALSE for r in results)
    flagged = [r for r in results if r.status in (Status.FALSE, Status.MISLEADING, Status.UNPROVEN)]
    elsewhere = any(r.claim_id != pair["claim"]["id"] for r in flagged)
    return Outcome(
        top, fc301, bool(flagged), _contradiction(results, pair["claim"]["id"]), elsewhere
    )


def _contradiction(results: list[ClaimResult], claim_id: str) -> str | None:
    for r in results:
        contradicts = r.agreement is Agreement.CONTRADICTS and r.status is Status.FALSE
        if r.claim_id == claim_id and contradicts:
            return r.contradiction.kind.value if r.contradiction else "unknown"
    return None


class EntityOverlap:
    """Baseline: the entry sharing the most capitalised names matches, and is repeated."""

    def __init__(self, claims: list[dict[str, Any]], contradict: bool) -> None:
        self.claims = claims
        self.names = {c["id"]: _names(c["text"], c["lang"]) for c in claims}
        self.verdicts = {c["id"]: c["verdict"] for c in claims}
        self.contradict = contradict

    def __call__(self, pair: dict[str, Any], kb: Any) -> Outcome:
        said = _names(pair["statement"], pair["lang"])
        shared = sorted(
            ((len(said & names), cid) for cid, names in self.names.items()),
            key=lambda x: (-x[0], x[1]),
        )
        if not shared or shared[0][0] == 0:
            return Outcome(None, False, False, None)
        top = shared[0][1]
        verdict = self.verdicts[top]
        contradicts = self.contradict and verdict == "true"
        found = "unknown" if contradicts and top == pair["claim"]["id"] else None
        repeated = verdict == "false" or contradicts
        return Outcome(top, repeated, repeated or verdict != "true", found)


def never_contradict(pair: dict[str, Any], kb: Any) -> Outcome:
    return Outcome(None, False, False, None)


def _names(text: str, lang: str) -> frozenset[str]:
    return frozenset(w.key for w in read_features(text, lang).names)


def figures(pairs: list[dict[str, Any]], outcomes: list[Outcome]) -> dict[str, Any]:
    hits = Counter()
    totals = Counter()
    for pair, out in zip(pairs, outcomes, strict=True):
        kind = pair["kind"]
        totals[kind] += 1
        if kind in ("verbatim", "reworded") and out.top == pair["claim"]["id"]:
            hits["recall"] += 1
        if kind in ("correction", "compatible") and out.fc301:
            hits[f"fc301-{kind}"] += 1
        if kind == "correction" and out.fc30x:
            hits["fc30x-correction"] += 1
        hits["elsewhere"] += out.elsewhere
        if kind in ("verbatim", "reworded") and pair["claim"]["verdict"] != "true":
            totals["rumour"] += 1
            hits["rumour"] += out.fc30x  # the article spreads the rumour: flagged?
    found = [o.contradiction for o in outcomes]
    gold = [p["contradiction"] if p["kind"] == "contradiction" else None for p in pairs]
    tp = sum(1 for f, g in zip(found, gold, strict=True) if f and g)
    predicted = sum(1 for f in found if f)
    positives = sum(1 for g in gold if g)
    per_kind = {}
    for kind in KINDS:
        n = sum(1 for g in gold if g == kind)
        caught = sum(1 for f, g in zip(found, gold, strict=True) if f and g == kind)
        as_kind = sum(1 for f in found if f == kind)
        exact = sum(1 for f, g in zip(found, gold, strict=True) if f == kind and g == kind)
        per_kind[kind] = (n, caught, as_kind, exact)
    return {
        "recall_n": totals["verbatim"] + totals["reworded"],
        "recall": hits["recall"],
        "correction_n": totals["correction"],
        "fc301_correction": hits["fc301-correction"],
        "fc30x_correction": hits["fc30x-correction"],
        "compatible_n": totals["compatible"],
        "fc301_compatible": hits["fc301-compatible"],
        "rumour_n": totals["rumour"],
        "rumour_flagged": hits["rumour"],
        "elsewhere": hits["elsewhere"],
        "prf": _prf(tp, predicted, positives),
        "counts": (tp, predicted, positives),
        "per_kind": per_kind,
    }


def _prf(tp: int, predicted: int, positives: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / positives if positives else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _share(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.3f}" if n else "n/a"


def report(split: str, pairs: list[dict[str, Any]], systems: dict[str, Any], kb: Any) -> None:
    print(f"\n## {split} half: {len(pairs)} pairs\n")
    kinds = Counter(p["kind"] for p in pairs)
    print("pairs: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    results = {
        name: figures(pairs, [system(p, kb) for p in pairs]) for name, system in systems.items()
    }
    print(
        "\n| system | recall@1 verbatim+reworded | FC301 on corrections | FC301-303 on corrections | FC301 on compatible "
        "| contradiction P | R | F1 | rumour stated: FC301-303 |"
    )
    print("|---|---|---|---|---|---:|---:|---:|---|")
    for name, f in results.items():
        p, r, f1 = f["prf"]
        print(
            f"| {name} | {_share(f['recall'], f['recall_n'])} "
            f"| {_share(f['fc301_correction'], f['correction_n'])} "
            f"| {_share(f['fc30x_correction'], f['correction_n'])} "
            f"| {_share(f['fc301_compatible'], f['compatible_n'])} | {p:.3f} | {r:.3f} | {f1:.3f} "
            f"| {_share(f['rumour_flagged'], f['rumour_n'])} |"
        )
    mine = results["matcher"]
    print(
        "\nmatcher: statements with FC301-303 on another entry than their own claim: "
        f"{_share(mine['elsewhere'], len(pairs))}"
    )
    print("\nmatcher, contradictions per kind (found: any kind; P/R/F1: the kind named right)\n")
    print("| kind | pairs | found | named this kind | P | R | F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind, (n, caught, as_kind, exact) in mine["per_kind"].items():
        p, r, f1 = _prf(exact, as_kind, n)
        print(f"| {kind} | {n} | {caught} | {as_kind} | {p:.2f} | {r:.2f} | {f1:.2f} |")


def _systems(claims: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "matcher": matcher,
        "never contradict": never_contradict,
        "entity overlap": EntityOverlap(claims, contradict=False),
        "entity overlap, contradict every true": EntityOverlap(claims, contradict=True),
    }


def _load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (PAIRS / name).read_text("utf-8").splitlines()]


EXTRA = tuple(stem for stem, _ in EXTRA_SETS)  # the later sets (one split each), in file order


def run_pairs(split: str) -> int:
    pairs = _load("pairs.jsonl")
    claims = json.loads((PAIRS / "claims.json").read_text("utf-8"))["claims"]
    kb = load_knowledge_base([PAIRS / "claims.json"], builtin=False)
    halves = ("tune", "heldout") if split == "all" else (split,)
    by_half: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for pair in pairs:
        by_half[pair["split"]].append(pair)
    for half in halves:
        if half not in EXTRA:
            report(half, by_half[half], _systems(claims), kb)
    extra = [s for s in EXTRA if split in ("all", s) and (PAIRS / f"{s}.jsonl").exists()]
    if extra:
        # The later sets are checked against the claims of every set together: more
        # claims to tell apart (155) than any one file holds.
        files = [PAIRS / "claims.json", *(PAIRS / f"{s}_claims.json" for s in EXTRA)]
        files = [f for f in files if f.exists()]
        every = [c for f in files for c in json.loads(f.read_text("utf-8"))["claims"]]
        kb_all = load_knowledge_base(files, builtin=False)
        for stem in extra:
            report(stem, _load(f"{stem}.jsonl"), _systems(every), kb_all)
    return 0


def run_fixtures() -> int:
    from factcheck.pipeline import Options, check_article

    data = json.loads((FIXTURES / "expected.json").read_text("utf-8"))
    keys = ("text", "status", "claim_id", "agreement")
    total = right = 0
    for name, entry in data["files"].items():
        claims = FIXTURES / entry.get("claims", data["claims"])
        options = Options(claims=[claims], builtin_kb=False, translate=False, summary_sentences=0)
        found = [
            {k: c[k] for k in keys} for c in check_article(str(FIXTURES / name), options).claims
        ]
        total += len(entry["expect"])
        right += sum(1 for c in entry["expect"] if c in found)
    print(f"fixture regression check: {right}/{total} expected claims found exactly")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=("tune", "heldout", *EXTRA, "all"), default="all")
    parser.add_argument("--fixtures", action="store_true", help="the fixture regression check")
    args = parser.parse_args(argv)
    return run_fixtures() if args.fixtures else run_pairs(args.split)


if __name__ == "__main__":
    sys.exit(main())
