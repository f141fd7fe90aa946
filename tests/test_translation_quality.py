"""The quality estimate of every translated sentence, FC402, and what the reports say about it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, SEED_CLAIMS
from factcheck.core.model import SentenceQuality, TranslatedSentence, Translation
from factcheck.entities.kb import load_knowledge_base
from factcheck.pipeline import Options, check_article, reliable_part
from factcheck.report.github import render_github
from factcheck.report.html import render_html
from factcheck.report.json_report import report_dict
from factcheck.report.markdown import render_markdown
from factcheck.report.sarif import sarif_dict
from factcheck.report.text import render_text
from factcheck.text.document import Document, Sentence
from factcheck.translate import quality
from factcheck.translate.models import ModelInfo, model_info

KB = load_knowledge_base([], builtin=True)

# Not among the tiny model's pairs: it answers with the English of another pair.
UNKNOWN_ARTICLE = (
    "Simone Veil a été élue à l’Académie française en 2008.\n\n"
    "Le musée a rouvert ses portes après deux ans de travaux.\n\n"
    "La compagnie aérienne a annulé quarante vols à cause de la neige.\n"
)


def judge(french: str, english: str) -> SentenceQuality:
    doc = Document("t", french, "fr", [Sentence(0, 0, len(french), french)], 1.0)
    return quality.estimate(doc, TranslatedSentence(0, 0, len(french), french, english), KB)


GOOD = (
    "Le Premier ministre espagnol a rencontré le roi à Madrid mardi.",
    "The Spanish Prime Minister met the king in Madrid on Tuesday.",
)


def test_a_faithful_translation_is_reliable() -> None:
    judged = judge(*GOOD)
    assert judged.reliable and judged.reasons == ()
    assert 0.5 <= judged.score <= 1


PLAIN = (
    "Les habitants du quartier dénoncent le bruit des travaux nocturnes.",
    "Residents of the neighbourhood are complaining about the noise of night-time works.",
)


@pytest.mark.parametrize(
    ("english", "reliable"),
    [
        (PLAIN[1], True),
        (PLAIN[0], False),  # left untranslated: nothing but copied words
        ("The ceasefire was violated several times in the night.", False),  # another sentence
    ],
)
def test_a_sentence_with_no_name_or_number_is_judged_on_its_words(
    english: str, reliable: bool
) -> None:
    assert judge(PLAIN[0], english).reliable is reliable


@pytest.mark.parametrize(
    ("english", "reason"),
    [
        ("The Spanish Prime Minister met the king in Lisbon on Tuesday.", "invented name 'Lisbon'"),
        (
            "The Spanish Prime Minister met the king in Madrid on Tuesday, said Laura Bennett.",
            "invented name 'Laura Bennett'",
        ),
        (
            "The Spanish Prime Minister met the king and 14 ministers in Madrid on Tuesday.",
            "invented number '14'",
        ),
        (
            "The Spanish Prime Minister met the king in Madrid on Tuesday 3 March.",
            "invented date 'Tuesday 3 March'",
        ),
        (
            "The truck was carrying a missile, the truck was carrying a missile, the truck was carrying a missile.",
            "repeated words",
        ),
        (GOOD[0], "copied untranslated"),
        ("Heavy rain flooded several villages of the coast overnight again.", "words translated"),
    ],
)
def test_each_failing_signal_is_named(english: str, reason: str) -> None:
    judged = judge(GOOD[0], english)
    assert not judged.reliable
    assert any(reason in r for r in judged.reasons), judged.reasons


def test_a_lost_name_is_named() -> None:
    judged = judge(
        "Emmanuel Macron a rencontré Keir Starmer à Londres.",
        "Emmanuel Macron met the British leader in London.",
    )
    assert not judged.reliable
    assert "lost name 'Keir Starmer'" in judged.reasons


def test_a_dropped_clause_is_named_by_the_length_ratio() -> None:
    judged = judge(
        "Les étudiants manifestent contre la hausse des frais d’inscription dans les universités.",
        "Students are protesting.",
    )
    assert not judged.reliable
    assert any(r.startswith("length ratio 0.") for r in judged.reasons), judged.reasons


def test_an_empty_translation_is_unreliable() -> None:
    assert not judge(GOOD[0], "").reliable


def test_the_seed_is_judged_reliable_and_gets_no_fc402(tiny_model: Path, seed_copy: Path) -> None:
    report = check_article(str(seed_copy), Options(claims=[SEED_CLAIMS]))
    assert report.translation is not None
    assert len(report.translation.sentences) == 9
    assert all(s.quality is not None and s.quality.reliable for s in report.translation.sentences)
    assert [f for f in report.findings if f.code == "FC402"] == []
    assert not report.translation.unusable


@pytest.fixture
def unknown_report(tiny_model: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    article = tmp_path / "veil.fr.txt"
    article.write_text(UNKNOWN_ARTICLE, "utf-8")
    return check_article(str(article), Options(builtin_kb=True))


def test_an_unusable_translation_gets_one_fc402_for_the_article(unknown_report) -> None:  # type: ignore[no-untyped-def]
    report = unknown_report
    sentences = report.translation.sentences
    assert report.translation.unusable and all(not s.reliable for s in sentences)
    (finding,) = [f for f in report.findings if f.code == "FC402"]
    first = sentences[0]
    assert (finding.start, finding.end) == (first.start, first.end)
    assert report.text[finding.start : finding.end] == finding.text == first.source
    assert finding.severity.value == "warning"
    assert "3 of its 3 sentences are unreliable" in finding.message
    assert finding.suggestion == "factcheck models install fr en"
    assert finding.data["sentences"] == [s.index for s in sentences]
    assert finding.data["reasons"] == [list(s.quality.reasons) for s in sentences]
    # the invented English loses "Simone Veil", "2008", "quarante": FC402 says it once
    assert [f for f in report.findings if f.code == "FC401"] == []


def test_a_usable_translation_gets_fc402_and_fc401_on_each_bad_sentence(
    tiny_model: Path, tmp_path: Path
) -> None:
    known = "Le Parlement a adopté la loi par 312 voix contre 245.\n\nL’inflation a atteint 2,1 % en mai.\n"
    article = tmp_path / "mixed.fr.txt"
    article.write_text(UNKNOWN_ARTICLE.split("\n\n")[0] + "\n\n" + known, "utf-8")
    report = check_article(str(article), Options(builtin_kb=True))
    assert report.translation is not None and not report.translation.unusable
    (flagged,) = [f for f in report.findings if f.code == "FC402"]
    assert flagged.text == "Simone Veil a été élue à l’Académie française en 2008."
    assert flagged.data["sentence"] == 0 and flagged.data["reasons"][0] in flagged.message
    lost = [f.text for f in report.findings if f.code == "FC401"]
    assert "Simone Veil" in lost and "2008" in lost


def test_every_format_says_the_translation_is_not_usable_and_from_a_fixture(unknown_report) -> None:  # type: ignore[no-untyped-def]
    report = unknown_report
    command = "factcheck models install fr en"
    data = report_dict(report)
    assert data["translation"]["fixture"] is True
    assert data["translation"]["usable"] is False
    assert [n["kind"] for n in data["notices"]] == ["unusable", "fixture"]
    assert "test fixture, knows 41 sentences" in data["translation"]["model"]
    outputs = {
        "text": render_text(report),
        "markdown": render_markdown(report),
        "html": render_html(report),
        "github": render_github(report),
        "sarif": json.dumps(sarif_dict(report)),
        "json": json.dumps(data),
    }
    for name, output in outputs.items():
        assert "translation of this article is not usable" in output, name
        assert "test fixture" in output, name
        assert command in output, name
    # at the top: before the first finding
    assert render_text(report).splitlines()[0].endswith(command)
    markdown = render_markdown(report)
    assert markdown.index("not usable") < markdown.index("## Findings")
    html = render_html(report)
    assert html.index("not usable") < html.index('id="findings"')


def test_the_summary_is_the_articles_own_sentences_with_their_english(unknown_report) -> None:  # type: ignore[no-untyped-def]
    report = unknown_report
    summary = report_dict(report)["summary"]
    assert len(summary) == 1
    first = summary[0]
    assert first["language"] == "fr"
    sentences = report.translation.sentences
    assert first["text"] == [sentences[i].source for i in first["sentences"]]
    assert first["translation"] == [sentences[i].text for i in first["sentences"]]
    assert first["reliable"] == [False] * len(first["sentences"])
    markdown = render_markdown(report)
    assert "(⚠ unreliable translation)" in markdown.split("## Summary")[1]


def test_claims_are_matched_on_the_reliable_english_only() -> None:
    ok = TranslatedSentence(0, 0, 5, "Bonjour", "Hello", SentenceQuality(0.9, True))
    bad = TranslatedSentence(1, 6, 11, "Salut", "Missile", SentenceQuality(0.1, False, ("x",)))
    translation = Translation("argostranslate", "m", "fr", "en", [ok, bad])
    kept = reliable_part(translation)
    assert kept is not None and kept.sentences == [ok]
    assert reliable_part(None) is None


class FakePackage:
    from_code, to_code, package_version = "fr", "en", "1.9"

    def __init__(self, path: Path) -> None:
        self.package_path = path


def test_only_a_package_marked_in_its_metadata_is_a_fixture(tmp_path: Path) -> None:
    (tmp_path / "metadata.json").write_text('{"from_code": "fr", "to_code": "en"}', "utf-8")
    real = model_info(FakePackage(tmp_path))
    assert not real.fixture and real.label == "argos fr-en 1.9"
    (tmp_path / "metadata.json").write_text(
        '{"factcheck": {"test_fixture": true, "known_sentences": 7}}', "utf-8"
    )
    fixture = model_info(FakePackage(tmp_path))
    assert fixture.fixture and fixture.label == "argos fr-en 1.9 (test fixture, knows 7 sentences)"
    assert ModelInfo("fr", "en", "1", "/x").fixture is False


def test_the_dev_set_auc_reaches_the_goal_on_the_held_out_half() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    import translation_quality as bench

    rows = bench.read_rows()
    held = [i for i, r in enumerate(rows) if r["split"] == "held-out"]
    signals = bench.signals_of([rows[i] for i in held])
    labels = [int(rows[i]["label"]) for i in held]
    ours = bench.auc([quality.combine(s).score for s in signals], labels)
    baseline = bench.auc([bench.baseline(s) for s in signals], labels)
    assert ours >= 0.95 > baseline


def test_the_lexicon_read_from_its_cache_equals_the_one_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.translate import lexicon as lx

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lx.lexicon.cache_clear()
    built = lx.lexicon("fr")
    assert list((tmp_path / "factcheck").glob("lexicon-fr-*.json"))
    lx.lexicon.cache_clear()
    cached = lx.lexicon("fr")
    lx.lexicon.cache_clear()
    assert built is not None and built == cached
    assert "war" in built.lookup("guerre") and built.lookup("garanties")


def test_the_lexicon_knows_common_news_words() -> None:
    """FreeDict's small lexicon lacks them; lexicon_news_en.tsv adds them."""
    from factcheck.translate import lexicon as lx

    source = "Le taux de chômage a baissé au deuxième trimestre."
    english = "The unemployment rate fell in the second quarter."
    adequacy, missing = lx.adequacy(source, english, "fr")
    assert adequacy is not None and adequacy >= 0.75, missing
    assert lx.adequacy(source, "The weather was fine on the coast.", "fr")[0] == 0.0
