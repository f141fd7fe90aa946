"""Offline translation with Argos Translate, sentence by sentence, and its quality estimate.

Only ``argostranslate.package`` (cheap) is imported to manage models;
``argostranslate.translate`` (with argos-translate-lt: CTranslate2,
SentencePiece and MiniSBD, no torch) is imported only when an article is
actually translated.
"""
