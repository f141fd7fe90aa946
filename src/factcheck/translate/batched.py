"""argostranslate's packaged translation, with every sentence of an article in one CTranslate2 call.

``argostranslate.translate`` translates each line of its input on its own:
one ``translate_batch`` call per line, batches of ``ARGOS_BATCH_SIZE`` (32)
tokens, so about one sentence per batch. An article's sentences are
independent, so factcheck hands them all to CTranslate2 at once, in batches
of :data:`BATCH_TOKENS` tokens. Everything else is argostranslate's, step
for step (``apply_packaged_translation``): the package's sentence splitter
and SentencePiece tokenizer, the target prefix, beam size
(``ARGOS_BEAM_SIZE``), length penalty 0.2, unknown-token replacement, and
the CTranslate2 model with argostranslate's device and compute type; so
the English is the same, sentence for sentence (tests check it on the
test model's pairs).

Threads: argostranslate's ``intra_threads`` setting, which factcheck sets
to one thread unless ``ARGOS_INTRA_THREADS`` is given
(:data:`factcheck.translate.models.DEFAULT_INTRA_THREADS`, chosen with
``bench/translation_speed.py``).
"""

from __future__ import annotations

from typing import Any

BATCH_TOKENS = 2048  # source tokens per CTranslate2 batch
LENGTH_PENALTY = 0.2  # argostranslate's, in apply_packaged_translation


class BatchedTranslation:
    """Translates lists of sentences with one argostranslate package, batched."""

    def __init__(self, translation: Any) -> None:
        import argostranslate.settings as settings
        import ctranslate2

        translation = self.packaged(translation)
        if translation is None:
            raise ValueError("not an installed package's translation")
        self.settings = settings
        self.package = translation.pkg
        self.sentencizer = translation.sentencizer
        params: dict[str, Any] = {
            "model_path": str(self.package.package_path / "model"),
            "device": settings.device,
            "inter_threads": settings.inter_threads,
            "intra_threads": settings.intra_threads,
        }
        if settings.compute_type != "auto":
            params["compute_type"] = settings.compute_type
        self.translator = ctranslate2.Translator(**params)

    @staticmethod
    def packaged(translation: Any) -> Any:
        """The installed package's translation inside ``translation``, or None.

        argostranslate hands out its package translations wrapped in a
        ``CachedTranslation`` (``.underlying``); a pivot through a third
        language or an identity has no package of its own.
        """
        seen = 0
        while hasattr(translation, "underlying") and seen < 8:
            translation, seen = translation.underlying, seen + 1
        if hasattr(translation, "pkg") and hasattr(translation, "sentencizer"):
            return translation
        return None

    @classmethod
    def supports(cls, translation: Any) -> bool:
        return cls.packaged(translation) is not None

    def translate(self, sentences: list[str]) -> list[str]:
        """The English of each sentence (each one line, as argostranslate would translate it)."""
        tokenizer = self.package.tokenizer
        groups = [
            [tokenizer.encode(part) for part in self.sentencizer.split_sentences(sentence)]
            for sentence in sentences
        ]
        flat = [tokens for group in groups for tokens in group]
        prefix = self.package.target_prefix
        results = (
            self.translator.translate_batch(
                flat,
                target_prefix=[[prefix]] * len(flat) if prefix else None,
                replace_unknowns=True,
                max_batch_size=BATCH_TOKENS,
                batch_type="tokens",
                beam_size=max(1, self.settings.beam_size),
                num_hypotheses=1,
                length_penalty=LENGTH_PENALTY,
            )
            if flat
            else []
        )
        out: list[str] = []
        position = 0
        for group in groups:
            tokens: list[str] = []
            for _ in group:
                tokens.extend(results[position].hypotheses[0])
                position += 1
            value = tokenizer.decode(tokens)
            if prefix and value.startswith(prefix):
                value = value[len(prefix) :]
            out.append(value[1:] if value.startswith(" ") else value)
        return out
