"""Translating sentences with an installed Argos model, keeping the alignment."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from factcheck.core.errors import ModelError
from factcheck.translate.batched import BatchedTranslation
from factcheck.translate.cache import TranslationCache, model_key
from factcheck.translate.models import (
    ModelInfo,
    argos_environment,
    find_model,
    missing_model_message,
)

# (sentences translated so far, sentences to translate)
ProgressHook = Callable[[int, int], None]
# Sentences per engine call when progress is reported: big enough for
# CTranslate2 batches to pay (bench/translation_speed.py), small enough for
# the bar to move on a long article.
PROGRESS_CHUNK = 24


def import_argos_translate() -> None:
    """Import ``argostranslate.translate`` without spaCy and stanza, unless they split sentences.

    ``argostranslate.sbd`` imports spaCy and stanza whenever they are
    installed (spaCy is, with factcheck's ``[spacy]`` extra), which costs
    seconds, although only its MiniSBD splitter is used unless
    ``ARGOS_CHUNK_TYPE`` asks for another. They are hidden for that one
    import (an entry of None in ``sys.modules`` makes ``import`` fail), and
    importable again afterwards.
    """
    if "argostranslate.translate" in sys.modules:
        return
    import argostranslate.settings as settings

    wanted = {settings.ChunkType.SPACY: "spacy", settings.ChunkType.STANZA: "stanza"}
    hidden = [
        name
        for name in ("spacy", "stanza")
        if name not in sys.modules and wanted.get(settings.chunk_type) != name
    ]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import argostranslate.translate  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


class ArgosTranslator:
    """Loads one Argos model once and translates sentence lists with it."""

    engine = "argostranslate"

    def __init__(
        self,
        from_code: str,
        to_code: str = "en",
        cache: TranslationCache | None = None,
        *,
        batched: bool = True,
    ) -> None:
        model = find_model(from_code, to_code)
        if model is None:
            raise ModelError(missing_model_message(from_code, to_code))
        self.model: ModelInfo = model
        self._translation: Any = None
        self.from_code = from_code
        self.to_code = to_code
        self.cache = cache
        self._cache_key: str | None = None
        self.batched = batched  # all sentences in CTranslate2 batches (translate/batched.py)
        self._batch: BatchedTranslation | None = None
        self.translated = 0  # distinct sentences sent to the model
        self.from_cache = 0  # sentences answered by the cache

    def _load(self) -> Any:
        if self._translation is None:
            argos_environment()
            import_argos_translate()
            import argostranslate.translate

            translation = argostranslate.translate.get_translation_from_codes(
                self.from_code, self.to_code
            )
            if translation is None:
                raise ModelError(missing_model_message(self.from_code, self.to_code))
            self._translation = translation
        return self._translation

    def translate(self, sentences: list[str], progress: ProgressHook | None = None) -> list[str]:
        """The translation of each sentence, one for one.

        Sentences found in the cache are not translated again; the others
        are translated together and then stored in the cache.
        """
        known: dict[str, str] = {}
        if self.cache is not None:
            if self._cache_key is None:
                self._cache_key = model_key(self.model)
            known = self.cache.lookup(self._cache_key, sentences)
        self.from_cache += sum(1 for s in sentences if s in known)
        missing = [s for s in dict.fromkeys(sentences) if s not in known]
        if missing:
            try:
                translated = self._translate_all(missing, progress)
            except RuntimeError as exc:  # CTranslate2: a model file missing or unreadable
                raise ModelError(
                    f"the {self.from_code}->{self.to_code} model at {self.model.path} cannot be "
                    f"loaded ({exc}): reinstall it with 'factcheck models install'"
                ) from None
            fresh = dict(zip(missing, translated, strict=True))
            self.translated += len(fresh)
            if self.cache is not None and self._cache_key is not None:
                self.cache.store(self._cache_key, fresh)
            known.update(fresh)
        return [known[s] for s in sentences]

    def _translate_all(self, sentences: list[str], progress: ProgressHook | None) -> list[str]:
        if progress is None:
            return self._translate_together(sentences)
        out: list[str] = []
        progress(0, len(sentences))
        for i in range(0, len(sentences), PROGRESS_CHUNK):
            out.extend(self._translate_together(sentences[i : i + PROGRESS_CHUNK]))
            progress(len(out), len(sentences))
        return out

    def _translate_together(self, sentences: list[str]) -> list[str]:
        """One engine call for many sentences.

        Batched (the default): every sentence of the call in CTranslate2
        batches, as argostranslate would translate each line
        (:mod:`factcheck.translate.batched`). Otherwise one argostranslate call, one sentence per line:
        Argos translates each line of its input on its own and joins the
        results with newlines, so the lines of the result are the
        translations of the sentences. Should the line count not match (a
        sentence with a line break, an empty translation), the sentences are
        translated one by one instead.
        """
        translation = self._load()
        one_line = not any("\n" in s or "\r" in s for s in sentences)
        if one_line and self.batched and BatchedTranslation.supports(translation):
            if self._batch is None:
                self._batch = BatchedTranslation(translation)
            return self._batch.translate(sentences)
        if one_line:
            lines = translation.translate("\n".join(sentences)).split("\n")
            if len(lines) == len(sentences):
                return list(lines)
        return [translation.translate(sentence) for sentence in sentences]
