"""check_article: one article, top to bottom.

load -> detect language -> segment -> translate -> summarize -> check -> report
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.claims import check_claims
from factcheck.core.errors import FactcheckError
from factcheck.core.model import Finding, Report, Summary, TranslatedSentence, Translation
from factcheck.core.options import MAX_CLAIM_FILE_SIZE, Options
from factcheck.entities.kb import KnowledgeBase, load_knowledge_base
from factcheck.rules.base import CheckContext
from factcheck.rules.registry import RULES
from factcheck.text import back_to_original as back
from factcheck.text.dateline import article_date as article_date_in_text
from factcheck.text.document import Document, Sentence
from factcheck.text.language import UNDETERMINED, LanguageGuess, detect_language
from factcheck.text.matching import matching_view
from factcheck.text.reading import Article, displayed_path, read_article
from factcheck.text.segment import sentence_spans
from factcheck.text.summarize import summarize

if TYPE_CHECKING:
    from factcheck.translate.engine import ArgosTranslator

TARGET_LANG = "en"


class Resources:
    """What is loaded once and shared by every article of a run.

    ``cache_dir`` is where the translation cache lives (None: no cache);
    ``translation_progress`` is called as sentences get translated.
    """

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._kbs: dict[tuple[tuple[str, ...], bool, int], KnowledgeBase] = {}
        self._translators: dict[str, ArgosTranslator] = {}
        self.cache_dir = cache_dir
        self.translation_progress: Callable[[int, int], None] | None = None

    def translation_counts(self) -> tuple[int, int]:
        """(sentences translated, sentences taken from the cache) so far."""
        translators = self._translators.values()
        return sum(t.translated for t in translators), sum(t.from_cache for t in translators)

    def knowledge_base(
        self, paths: list[Path], builtin: bool, max_size: int = MAX_CLAIM_FILE_SIZE
    ) -> KnowledgeBase:
        key = (tuple(str(p) for p in paths), builtin, max_size)  # a smaller cap may refuse
        if key not in self._kbs:
            self._kbs[key] = load_knowledge_base(paths, builtin=builtin, max_size=max_size)
        return self._kbs[key]

    def translator(self, from_code: str) -> ArgosTranslator:
        from factcheck.translate.cache import TranslationCache
        from factcheck.translate.engine import ArgosTranslator

        if from_code not in self._translators:
            cache = TranslationCache.in_folder(self.cache_dir) if self.cache_dir else None
            self._translators[from_code] = ArgosTranslator(from_code, TARGET_LANG, cache)
        return self._translators[from_code]


def find_claim_files(article_path: str, explicit: list[Path]) -> list[Path]:
    """``--claims`` files, else ``<name>.claims.json`` or ``claims.json`` beside the article."""
    if explicit:
        return list(explicit)
    if article_path == "-":
        return []
    path = Path(article_path)
    stem = path.name.split(".", 1)[0]
    for candidate in (path.with_name(f"{stem}.claims.json"), path.with_name("claims.json")):
        if candidate.is_file():
            return [candidate]
    return []


def check_article(
    source: str | Article, options: Options, resources: Resources | None = None
) -> Report:
    """Run every stage on one article (a path, or an already read :class:`Article`)."""
    resources = resources or Resources()
    article = source if isinstance(source, Article) else read_article(source, options.max_size)
    document = make_document(article, options.lang)
    claim_files = find_claim_files(article.path, options.claims)
    kb = resources.knowledge_base(claim_files, options.builtin_kb, options.claims_max_size)
    translation = translate_document(document, options, resources)
    translation = assess_translation(document, translation, kb)
    summaries = summarize_document(document, translation, options)
    claims = check_claims(document, kb, reliable_part(translation))
    article_date, date_source = find_article_date(document, options, kb)
    settings = {"options": options, "date_source": date_source}
    context = CheckContext(document, kb, translation, article_date, settings, claims)
    findings = run_rules(context, options)
    # The checks read the matching view; every offset leaving here points into the original.
    view = document.view or matching_view(article.text)
    spans = [(s.start, s.end) for s in document.sentences]
    # The summary quotes the article's own sentences: as the original has them.
    summaries = [back.summary(view, s, spans) for s in summaries]
    return Report(
        path=displayed_path(article.path),
        text=article.text,
        lang=document.lang,
        lang_confidence=document.lang_confidence,
        encoding=article.encoding,
        sha256=hashlib.sha256(article.raw).hexdigest(),
        sentences=back.sentences(view, spans),
        findings=sorted((back.finding(view, f) for f in findings), key=lambda f: f.sort_key),
        translation=back.translation(view, translation),
        summaries=summaries,
        claims=[back.claim(view, c.to_dict()) for c in claims],
        review_author=options.review_author,
        article_date=(article_date or date.today()).isoformat(),
        date_source=date_source,
        disabled_rules=[r.code for r in RULES if _disabled(r.code, options.disabled_rules)],
        knowledge_base=[
            {"path": f.path, "name": f.name, "version": f.version, "as_of": f.as_of}
            for f in kb.files
        ],
    )


def make_document(article: Article, lang: str | None) -> Document:
    """The Document the checks read: the matching view of the article's text."""
    view = matching_view(article.text)
    text = view.text
    guess = LanguageGuess(lang, 1.0) if lang else detect_language(text)
    sentences = [
        Sentence(i, start, end, text[start:end])
        for i, (start, end) in enumerate(sentence_spans(text))
    ]
    return Document(article.path, text, guess.lang, sentences, guess.confidence, view)


def translate_document(
    document: Document, options: Options, resources: Resources
) -> Translation | None:
    if not options.translate or document.lang in (TARGET_LANG, UNDETERMINED):
        return None
    translator = resources.translator(document.lang)
    english = translator.translate(
        [s.text for s in document.sentences], progress=resources.translation_progress
    )
    return Translation(
        engine=translator.engine,
        model=translator.model.label,
        source_lang=document.lang,
        target_lang=TARGET_LANG,
        sentences=[
            TranslatedSentence(s.index, s.start, s.end, s.text, text)
            for s, text in zip(document.sentences, english, strict=True)
        ],
        fixture=translator.model.fixture,
        fixture_sentences=translator.model.fixture_sentences,
    )


# Translation quality: every sentence gets an estimate (FC402 reports the
# unreliable ones), and claims are matched on the reliable English only.


def assess_translation(
    document: Document, translation: Translation | None, kb: KnowledgeBase
) -> Translation | None:
    if translation is None:
        return None
    from factcheck.translate.quality import assess_translation as assess

    return assess(translation, document, kb)


def reliable_part(translation: Translation | None) -> Translation | None:
    """The translation less its unreliable sentences: those are matched on their source alone."""
    if translation is None:
        return None
    return replace(translation, sentences=[s for s in translation.sentences if s.reliable])


def summarize_document(
    document: Document, translation: Translation | None, options: Options
) -> list[Summary]:
    """The article's own sentences, picked in its language, each with its English when translated."""
    source = [s.text for s in document.sentences]
    picked = summarize(source, document.lang, options.summarizer, options.summary_sentences)
    summary = Summary(options.summarizer, document.lang, picked, [source[i] for i in picked])
    if translation is not None:
        english = {s.index: s for s in translation.sentences}
        summary = replace(
            summary,
            translation=[english[i].text for i in picked],
            reliable=[english[i].reliable for i in picked],
        )
    return [summary]


def run_rules(context: CheckContext, options: Options) -> list[Finding]:
    findings: list[Finding] = []
    for rule in RULES:
        if _disabled(rule.code, options.disabled_rules):
            continue
        for finding in rule.run(context):
            override = options.severity_overrides.get(rule.code)
            findings.append(replace(finding, severity=override) if override else finding)
    findings.sort(key=lambda f: f.sort_key)
    return findings


def _disabled(code: str, disabled: tuple[str, ...]) -> bool:
    return any(code.startswith(prefix.upper()) for prefix in disabled)


def find_article_date(
    document: Document, options: Options, kb: KnowledgeBase
) -> tuple[date | None, str]:
    """The article's date and where it came from: option, text, claim file, or today (None)."""
    if options.article_date is not None:
        return options.article_date, "option"
    written = article_date_in_text(document.text, document.lang)
    if written is not None:
        return written.date, "text"
    from_kb = _kb_date(kb)
    if from_kb is not None:
        return from_kb, "claim file"
    return None, "today"


def _kb_date(kb: KnowledgeBase) -> date | None:
    value = kb.article_date
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


__all__ = ["FactcheckError", "Options", "Resources", "check_article", "find_claim_files"]
