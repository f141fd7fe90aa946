"""Offline translation with Argos Translate, sentence by sentence.

Only ``argostranslate.package`` (cheap) is imported to manage models;
``argostranslate.translate`` (stanza, torch: seconds) is imported only when
an article is actually translated.
"""
