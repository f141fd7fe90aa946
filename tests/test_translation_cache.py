"""The on-disk translation cache, with the real argostranslate and the project's tiny model."""

from __future__ import annotations

import csv
import json
import multiprocessing
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED, SEED_CLAIMS
from factcheck.cli import main
from factcheck.pipeline import Options, Resources, check_article
from factcheck.translate.cache import FILE_NAME, TranslationCache, model_key
from factcheck.translate.engine import ArgosTranslator
from factcheck.translate.models import ModelInfo, find_model

PAIRS = dict(
    csv.reader(
        (ROOT / "fixtures" / "models" / "tiny_pairs.tsv").open(encoding="utf-8"),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
)
OPTIONS = Options(claims=[SEED_CLAIMS], builtin_kb=False)


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.stdout, result.stderr


def english(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for s in report.translation.sentences]


def test_a_second_run_translates_nothing(tiny_model: Path, seed_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = Resources(cache)
    report = check_article(str(seed_copy), OPTIONS, first)
    sentences = [s.source for s in report.translation.sentences]  # type: ignore[union-attr]
    assert first.translation_counts() == (len(set(sentences)), 0)
    assert english(report) == [PAIRS[s] for s in sentences]

    second = Resources(cache)  # a new run: nothing in memory, only the file
    again = check_article(str(seed_copy), OPTIONS, second)
    assert second.translation_counts() == (0, len(sentences))
    assert english(again) == english(report)

    uncached = Resources(None)
    fresh = check_article(str(seed_copy), OPTIONS, uncached)
    assert uncached.translation_counts() == (len(set(sentences)), 0)
    assert english(fresh) == english(report)


def test_only_the_changed_sentences_are_translated(
    tiny_model: Path, seed_copy: Path, tmp_path: Path
) -> None:
    resources = Resources(tmp_path / "cache")
    check_article(str(seed_copy), OPTIONS, resources)
    before = resources.translation_counts()
    text = seed_copy.read_text("utf-8")
    last = text.rstrip().splitlines()[-1]
    seed_copy.write_text(text.replace(last, last.replace("Zelensky", "Zelenskyy")), "utf-8")
    check_article(str(seed_copy), OPTIONS, resources)
    translated, from_cache = resources.translation_counts()
    assert (translated - before[0], from_cache - before[1]) == (1, 8)


def test_translating_together_equals_one_by_one(tiny_model: Path) -> None:
    import argostranslate.translate

    sentences = list(PAIRS)[:12]
    translator = ArgosTranslator("fr", "en")
    together = translator.translate(sentences)
    one_by_one = argostranslate.translate.get_translation_from_codes("fr", "en")
    assert together == [one_by_one.translate(s) for s in sentences]
    assert together == [PAIRS[s] for s in sentences]
    assert translator.translated == len(sentences)


def test_repeated_sentences_are_translated_once(tiny_model: Path, tmp_path: Path) -> None:
    sentence = next(iter(PAIRS))
    translator = ArgosTranslator("fr", "en", TranslationCache.in_folder(tmp_path))
    assert translator.translate([sentence, sentence, sentence]) == [PAIRS[sentence]] * 3
    assert (translator.translated, translator.from_cache) == (1, 0)


def test_the_command_line_cache_and_no_cache(tiny_model: Path, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copyfile(SEED, tmp_path / folder / "article.fr.txt")
        shutil.copyfile(SEED_CLAIMS, tmp_path / folder / "claims.json")
    articles = [str(tmp_path / "a"), str(tmp_path / "b")]
    common = ["--no-builtin-kb", "--format", "json", "--cache-dir", str(tmp_path / "cache")]

    def batch(*extra: str) -> tuple[str, dict[str, bytes]]:
        out = tmp_path / "out"
        shutil.rmtree(out, ignore_errors=True)
        _, _, stderr = run([*articles, *common, "--output-dir", str(out), *extra])
        return stderr, {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*.json"))}

    stderr, cold = batch()
    assert "│ sentences translated   │     9 │" in stderr  # article a
    assert "│ sentences from cache   │     9 │" in stderr  # article b, same sentences
    assert (tmp_path / "cache" / FILE_NAME).is_file()
    stderr, warm = batch()
    assert "│ sentences translated   │     0 │" in stderr
    assert "│ sentences from cache   │    18 │" in stderr
    stderr, uncached = batch("--no-cache")
    assert "│ sentences translated   │    18 │" in stderr
    assert "sentences from cache   │     0 │" in stderr
    assert cold == warm == uncached
    assert len(cold) == 2


def test_workers_share_the_cache(tiny_model: Path, tmp_path: Path) -> None:
    lines = list(PAIRS)
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(6):  # overlapping articles, so workers write the same rows
        (folder / f"a{i}.txt").write_text("\n".join(lines[i * 4 : i * 4 + 12]) + "\n", "utf-8")
    cache = tmp_path / "cache"
    args = [str(folder), "--no-builtin-kb", "--format", "json", "--lang", "fr", "--jobs", "2"]
    code, _, stderr = run([*args, "--cache-dir", str(cache), "--output-dir", str(tmp_path / "o1")])
    assert "error" not in stderr.split("factcheck summary")[0]
    # the second run in this process (one job) finds every sentence the workers stored
    args[-1] = "1"
    code, _, stderr = run([*args, "--cache-dir", str(cache), "--output-dir", str(tmp_path / "o2")])
    assert "│ sentences translated   │     0 │" in stderr
    for report in (tmp_path / "o2").glob("*.json"):
        data = json.loads(report.read_text("utf-8"))
        assert all(s["text"] == PAIRS[s["source"]] for s in data["translation"]["sentences"])
    assert code in (0, 1)


def test_a_broken_cache_file_is_passed_over(
    tiny_model: Path, seed_copy: Path, tmp_path: Path, capsys
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / FILE_NAME).write_bytes(b"this is not a database" * 100)
    resources = Resources(cache)
    report = check_article(str(seed_copy), OPTIONS, resources)
    assert english(report) == [PAIRS[s.source] for s in report.translation.sentences]  # type: ignore[union-attr]
    warning = capsys.readouterr().err
    assert warning.startswith(
        f"factcheck: warning: translation cache {cache / FILE_NAME} not used:"
    )
    assert len(warning.strip().splitlines()) == 1


def test_the_model_key_follows_the_model_files(tmp_path: Path) -> None:
    package = tmp_path / "translate-fr_en"
    (package / "model").mkdir(parents=True)
    (package / "metadata.json").write_text('{"package_version": "1.0"}', "utf-8")
    (package / "model" / "model.bin").write_bytes(b"weights")
    info = ModelInfo("fr", "en", "1.0", str(package))
    key = model_key(info)
    assert model_key(info) == key
    assert model_key(ModelInfo("fr", "en", "1.1", str(package))) != key
    (package / "model" / "model.bin").write_bytes(b"other weights")
    changed = model_key(info)
    assert changed != key
    (package / "metadata.json").write_text('{"package_version": "1.0", "x": 1}', "utf-8")
    assert model_key(info) != changed


def _store_many(path: str, worker: int) -> None:
    cache = TranslationCache(Path(path))
    for i in range(200):
        cache.store("model", {f"sentence {i}": f"translation {i}", f"w{worker} {i}": "x"})
    cache.close()


def test_processes_write_the_same_cache_at_once(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_store_many, args=(str(path), w)) for w in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT count(*) FROM translations").fetchone()[0] == 200 + 3 * 200
    found = TranslationCache(path).lookup("model", ["sentence 7", "w2 199", "missing"])
    assert found == {"sentence 7": "translation 7", "w2 199": "x"}


def test_default_location_follows_xdg_cache_home(
    tiny_model: Path, seed_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    code, _, _ = run(
        [str(seed_copy), "--no-builtin-kb", "--format", "json", "--output-dir", str(tmp_path / "o")]
    )
    assert code == 1
    assert (tmp_path / "xdg" / "factcheck" / FILE_NAME).is_file()
    assert find_model("fr", "en") is not None


def test_a_long_translation_shows_a_progress_bar_on_a_terminal(
    tiny_model: Path, tmp_path: Path
) -> None:
    from test_batch import run_with_terminal_stderr

    (tmp_path / "long.fr.txt").write_text("\n".join(PAIRS) + "\n", "utf-8")
    args = ["long.fr.txt", "--no-builtin-kb", "--lang", "fr", "--format", "json", "--no-cache"]
    code, _, terminal = run_with_terminal_stderr(args, tmp_path)
    assert code in (0, 1)
    assert "translating" in terminal
    counts = [int(n) for n in re.findall(rf"(\d+)/{len(PAIRS)}\b", terminal)]
    assert counts[0] == 0 and max(counts) > 0  # sentences done out of all to translate
