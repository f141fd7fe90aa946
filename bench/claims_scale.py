#!/usr/bin/env python3
"""Claim files as large as a fact-check database: load, index and match against 50,000 claims.

Generates text-only claims (``id``, ``text``, ``lang``, ``verdict``, as
fact-check databases and ClaimReview feeds give them) at run time, in a
temporary folder (never committed), from word lists and a fixed random
seed: French and English sentences naming people, places, figures and
dates. Then it measures, in this process:

- loading and indexing: reading, validating and merging the file
  (:func:`load_knowledge_base`) and building the claim index (target <= 3 s);
- matching the seed article against them with the seed's own claim file
  (claim detection and matching, :func:`check_claims`; target <= 0.5 s);
- the peak memory of the process (resident set size).

Wall-clock and CPU times are both printed: on a machine shared with other
jobs the wall clock counts their time too; the targets are checked on CPU
time.

Usage::

    .venv/bin/python bench/claims_scale.py [--claims 50000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from factcheck.claims import check_claims
from factcheck.claims.index import claim_index
from factcheck.entities.kb import load_knowledge_base
from factcheck.text.document import Document, Sentence
from factcheck.text.segment import sentence_spans

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed"
LOAD_TARGET = 3.0
MATCH_TARGET = 0.5

FIRST = ["Marie", "Jean", "Ahmed", "Sofia", "Lukas", "Chen", "Amara", "Pedro", "Ingrid", "Yuki"]
LAST = ["Durand", "Okafor", "Novak", "Haddad", "Moreau", "Silva", "Keller", "Tanaka", "Rossi"]
PLACES = ["Lyon", "Lagos", "Porto", "Gdansk", "Quito", "Tromsø", "Dakar", "Osaka", "Turin"]
FR = {
    "verbs": ["a annoncé", "a inauguré", "a financé", "a interdit", "a réduit", "a signé"],
    "objects": [
        "un plan de rénovation des écoles",
        "la fermeture d'une centrale à charbon",
        "une aide aux agriculteurs",
        "un accord sur la pêche",
        "la construction d'un pont",
        "une taxe sur les billets d'avion",
    ],
    "months": ["janvier", "mars", "mai", "juillet", "septembre", "novembre"],
    "unit": "millions d'euros",
}
EN = {
    "verbs": ["announced", "opened", "funded", "banned", "cut", "signed"],
    "objects": [
        "a school renovation plan",
        "the closure of a coal plant",
        "aid for farmers",
        "a fishing agreement",
        "the construction of a bridge",
        "a tax on plane tickets",
    ],
    "months": ["January", "March", "May", "July", "September", "November"],
    "unit": "million dollars",
}


def generate(count: int, rng: random.Random) -> dict[str, object]:
    claims = []
    for i in range(count):
        lang = "fr" if rng.random() < 0.75 else "en"
        words = FR if lang == "fr" else EN
        who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        where = rng.choice(PLACES)
        amount = rng.randint(2, 900)
        day, month, year = rng.randint(1, 28), rng.choice(words["months"]), rng.randint(2015, 2025)
        verb, thing = rng.choice(words["verbs"]), rng.choice(words["objects"])
        if lang == "fr":
            text = (
                f"{who} {verb} à {where} le {day} {month} {year} {thing} "
                f"de {amount} {words['unit']}."
            )
        else:
            text = f"{who} {verb} {thing} worth {amount} {words['unit']} in {where} on {month} {day}, {year}."
        verdict = rng.choice(["true", "false", "misleading", "unproven"])
        claims.append({"id": f"gen-{i:06d}", "text": text, "lang": lang, "verdict": verdict})
    return {"name": "generated claims", "claims": claims}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def seed_document() -> Document:
    text = (SEED / "article.fr.txt").read_text("utf-8")
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(sentence_spans(text))]
    return Document(str(SEED / "article.fr.txt"), text, "fr", sentences)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--claims", type=int, default=50_000, help="claims to generate")
    args = parser.parse_args(argv)
    document = seed_document()
    before = peak_mb()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "database.json"
        path.write_text(json.dumps(generate(args.claims, random.Random(20261128))), "utf-8")
        size = path.stat().st_size
        start, cpu_start = time.perf_counter(), time.process_time()
        kb = load_knowledge_base([SEED / "claims.json", path], builtin=True)
        loaded = time.perf_counter()
        index = claim_index(kb)
        indexed, cpu_indexed = time.perf_counter(), time.process_time()
    own = load_knowledge_base([SEED / "claims.json"], builtin=True)
    check_claims(document, own)  # warm the cue and value caches, as a batch run has them
    t0 = time.perf_counter()
    alone = check_claims(document, own)
    t1, cpu_t1 = time.perf_counter(), time.process_time()
    results = check_claims(document, kb)
    matched, cpu_matched = time.perf_counter(), time.process_time()
    same = [(r.start, r.status, r.claim_id) for r in results] == [
        (r.start, r.status, r.claim_id) for r in alone
    ]
    load_time, index_time = loaded - start, indexed - loaded
    print(f"claims generated: {args.claims:,} ({size / 1e6:.1f} MB), indexed: {len(index):,}")
    print(f"load + validate: {load_time:.2f} s; index: {index_time:.2f} s; ", end="")
    print(f"together {load_time + index_time:.2f} s (target <= {LOAD_TARGET} s)")
    print(
        f"CPU time (what the machine's other load does not inflate): load + index "
        f"{cpu_indexed - cpu_start:.2f} s, matching {cpu_matched - cpu_t1:.3f} s"
    )
    print(
        f"matching the seed: {matched - t1:.3f} s against the database, "
        f"{t1 - t0:.3f} s against its own claim file (target <= {MATCH_TARGET} s)"
    )
    print(f"seed results unchanged by the database: {'yes' if same else 'NO'}")
    print(f"peak memory: {peak_mb():.0f} MB (before generating: {before:.0f} MB)")
    ok = cpu_indexed - cpu_start <= LOAD_TARGET and cpu_matched - cpu_t1 <= MATCH_TARGET and same
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
