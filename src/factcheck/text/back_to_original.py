"""Offsets out of the matching view, back into the original text.

The checks run on the matching view (:mod:`factcheck.text.matching`); what
leaves the pipeline must point into the user's file. Each helper maps one
kind of result and re-reads its ``text`` from the original, so
``original[start:end] == text`` holds for every span of a report.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from factcheck.core.model import Finding, Summary, Translation
from factcheck.text.matching import MatchingView


def finding(view: MatchingView, item: Finding) -> Finding:
    start, end = view.to_original(item.start, item.end)
    return replace(item, start=start, end=end, text=view.original[start:end])


def sentences(view: MatchingView, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [view.to_original(start, end) for start, end in spans]


def claim(view: MatchingView, item: dict[str, Any]) -> dict[str, Any]:
    start, end = view.to_original(item["start"], item["end"])
    return {**item, "start": start, "end": end, "text": view.original[start:end]}


def translation(view: MatchingView, item: Translation | None) -> Translation | None:
    if item is None or view.is_identity:
        return item
    mapped = []
    for s in item.sentences:
        start, end = view.to_original(s.start, s.end)
        mapped.append(replace(s, start=start, end=end, source=view.original[start:end]))
    return replace(item, sentences=mapped)


def summary(view: MatchingView, item: Summary, spans: list[tuple[int, int]]) -> Summary:
    """A summary of source sentences quotes them as the original has them."""
    text = [view.original[slice(*view.to_original(*spans[i]))] for i in item.sentences]
    return replace(item, text=text)
