"""Translating sentences with an installed Argos model, keeping the alignment."""

from __future__ import annotations

from typing import Any

from factcheck.errors import ModelError
from factcheck.translate.models import ModelInfo, find_model, missing_model_message


class ArgosTranslator:
    """Loads one Argos model once and translates sentence lists with it."""

    engine = "argostranslate"

    def __init__(self, from_code: str, to_code: str = "en") -> None:
        model = find_model(from_code, to_code)
        if model is None:
            raise ModelError(missing_model_message(from_code, to_code))
        self.model: ModelInfo = model
        self._translation: Any = None
        self.from_code = from_code
        self.to_code = to_code

    def _load(self) -> Any:
        if self._translation is None:
            import argostranslate.translate

            translation = argostranslate.translate.get_translation_from_codes(
                self.from_code, self.to_code
            )
            if translation is None:
                raise ModelError(missing_model_message(self.from_code, self.to_code))
            self._translation = translation
        return self._translation

    def translate(self, sentences: list[str]) -> list[str]:
        """The translation of each sentence, one for one."""
        translation = self._load()
        return [translation.translate(sentence) for sentence in sentences]
