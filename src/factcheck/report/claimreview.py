"""schema.org ClaimReview JSON-LD for the claims the article touches (``--format claimreview``).

One ClaimReview per claim-file entry that a claim of the article matched,
in order of first appearance: the review of that entry, as Google Fact
Check Tools reads it (https://schema.org/ClaimReview). The rating is the
entry's verdict, whether the article repeats the claim or refutes it:

| verdict    | ratingValue | alternateName |
|------------|-------------|---------------|
| false      | 1           | False         |
| misleading | 2           | Misleading    |
| unproven   | 3           | Unproven      |
| true       | 5           | True          |

(``bestRating`` 5, ``worstRating`` 1.) ``url`` is the first evidence URL,
``datePublished`` the newest ``as_of`` of the user's claim files, the review's
author and publisher ``--review-author`` (default "factcheck").
``itemReviewed`` is the Claim, with its claimant as author, its date and
its known appearances. Output is a JSON array, empty when nothing matched.
``<``, ``>`` and ``&`` are written as ``\\u`` escapes, so the JSON can be pasted
into a page's ``<script type="application/ld+json">`` whatever the claims say.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.core.model import Report
from factcheck.report.escape import script_json
from factcheck.report.json_report import display_claim_file

RATINGS = {"false": 1, "misleading": 2, "unproven": 3, "true": 5}
BEST_RATING = 5
WORST_RATING = 1
CONTEXT = "https://schema.org"


def render_claimreview(report: Report) -> str:
    reviews = [claim_review(entry, report) for entry in reviewed_entries(report)]
    return script_json(json.dumps(reviews, ensure_ascii=False, indent=2)) + "\n"


def reviewed_entries(report: Report) -> list[dict[str, Any]]:
    """The matched claim-file entries, each once, with their evidence, in text order."""
    seen: dict[str, dict[str, Any]] = {}
    for claim in report.claims:
        entry = claim.get("claim")
        if claim.get("status") == "related":  # on the entry's topic, not making its claim
            continue
        if entry and entry["id"] not in seen:
            seen[entry["id"]] = {**entry, "evidence": claim.get("evidence", [])}
    return list(seen.values())


def claim_review(entry: dict[str, Any], report: Report) -> dict[str, Any]:
    verdict = entry["verdict"]
    author = {"@type": "Organization", "name": report.review_author}
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": entry["id"],
        "claimReviewed": entry["text"],
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATINGS[verdict],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": verdict.capitalize(),
        },
        "itemReviewed": item_reviewed(entry),
        "author": author,
        "publisher": author,
    }
    url = next((e["url"] for e in entry["evidence"] if e.get("url")), None)
    if url:
        review["url"] = url
    published = review_date(report)
    if published:
        review["datePublished"] = published
    if entry.get("explanation"):
        review["reviewBody"] = entry["explanation"]
    if entry.get("lang"):
        review["inLanguage"] = entry["lang"]
    return review


def item_reviewed(entry: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    if entry.get("claimant"):
        kind = entry.get("claimant_type") or "Organization"
        item["author"] = {"@type": kind, "name": entry["claimant"]}
    if entry.get("date"):
        item["datePublished"] = entry["date"]
    appearances = entry.get("appearances") or []
    if appearances:
        item["appearance"] = [{"@type": "CreativeWork", "url": url} for url in appearances]
    return item


def review_date(report: Report) -> str | None:
    """The newest ``as_of`` of the user's claim files (else of any): when facts were checked."""
    dated = [kb for kb in report.knowledge_base if kb.get("as_of")]
    own = [kb for kb in dated if not display_claim_file(kb["path"]).startswith("builtin:")]
    dates = [kb["as_of"] for kb in own or dated]
    return max(dates) if dates else None
