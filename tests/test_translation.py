"""The real argostranslate on the project's tiny model: install, translate, align, offline."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARGOS_ENV, ROOT, SEED, SEED_CLAIMS, TINY_MODEL
from factcheck.pipeline import Options, check_article
from factcheck.translate.models import missing_model_message

PAIRS = dict(
    csv.reader(
        (ROOT / "fixtures" / "models" / "tiny_pairs.tsv").open(encoding="utf-8"),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
)
FACTCHECK = [sys.executable, "-m", "factcheck"]


def isolated_env(home: Path) -> dict[str, str]:
    """An environment whose argostranslate folders are all under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARGOS_", "XDG_"))}
    env.update(
        {
            "HOME": str(home),
            "ARGOS_PACKAGES_DIR": str(home / "packages"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "ARGOS_BEAM_SIZE": ARGOS_ENV["ARGOS_BEAM_SIZE"],
        }
    )
    return env


def test_seed_is_translated_sentence_by_sentence(tiny_model: Path, seed_copy: Path) -> None:
    report = check_article(str(seed_copy), Options(claims=[SEED_CLAIMS], builtin_kb=False))
    assert report.translation is not None
    assert report.translation.engine == "argostranslate"
    text = seed_copy.read_text("utf-8")
    sentences = report.translation.sentences
    assert len(sentences) == len(report.sentences) == 9
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.source
        assert sentence.text == PAIRS[sentence.source]
    assert sentences[8].text.startswith("During his visit to the United States")


def test_english_articles_are_not_translated(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The president said on Monday that the talks were over.\n", "utf-8")
    report = check_article(str(article), Options(builtin_kb=False))
    assert report.lang == "en"
    assert report.translation is None


def test_models_commands_in_an_empty_folder(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)

    def factcheck(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*FACTCHECK, *args], env=env, capture_output=True, text=True)

    assert factcheck("models", "list").stdout == "no translation models installed\n"
    installed = factcheck("models", "install", "--from-file", str(TINY_MODEL))
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.startswith("installed fr -> en version ")
    listed = factcheck("models", "list").stdout
    assert listed.startswith("fr -> en  version ")
    assert str(tmp_path / "packages") in listed  # installed where ARGOS_PACKAGES_DIR says
    removed = factcheck("models", "remove", "fr", "en")
    assert removed.returncode == 0
    assert factcheck("models", "list").stdout == "no translation models installed\n"
    assert list((tmp_path / "packages").iterdir()) == []


def test_missing_model_is_one_line_and_exit_2(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    article = tmp_path / "article.fr.txt"
    shutil.copyfile(SEED, article)
    run = subprocess.run(
        [*FACTCHECK, str(article), "--output-dir", str(tmp_path / "o")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert run.stderr == f"factcheck: error: {missing_model_message('fr', 'en')}\n"
    assert not (tmp_path / "o").exists()
    go_on = subprocess.run(
        [*FACTCHECK, str(article), "--no-translate", "--output-dir", str(tmp_path / "o")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert go_on.returncode == 1


def test_bad_model_file(tmp_path: Path) -> None:
    fake = tmp_path / "fake.argosmodel"
    fake.write_text("not a zip")
    run = subprocess.run(
        [*FACTCHECK, "models", "install", "--from-file", str(fake)],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert run.stderr == (
        f"factcheck: error: {fake}: not an Argos model (.argosmodel is a zip archive)\n"
    )


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("unshare") is None, reason="needs root and unshare -n"
)
def test_a_run_needs_no_network(tmp_path: Path) -> None:
    """With the model installed, the whole run works with networking cut off."""
    env = isolated_env(tmp_path)
    install = subprocess.run(
        [*FACTCHECK, "models", "install", "--from-file", str(TINY_MODEL)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    article = tmp_path / "article.fr.txt"
    shutil.copyfile(SEED, article)
    shutil.copyfile(SEED_CLAIMS, tmp_path / "claims.json")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"unshare -n is not permitted here: {probe.stderr.decode().strip()}")
    run = subprocess.run(
        ["unshare", "-n", *FACTCHECK, str(article), "--output-dir", str(tmp_path / "o")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1, run.stderr
    report = json.loads((tmp_path / "o" / "article.fr.json").read_text("utf-8"))
    english = [s["text"] for s in report["translation"]["sentences"]]
    assert english[0] == PAIRS[SEED.read_text("utf-8").splitlines()[0]]


def test_an_article_is_translated_in_ctranslate2_batches_with_argos_output(
    tiny_model: Path,
) -> None:
    from factcheck.translate.engine import ArgosTranslator

    sources = list(PAIRS)
    sources.append(sources[-1] + " " + sources[-2])  # two sentences in one: split as Argos does
    wanted = [PAIRS[s] for s in sources[:-1]] + [PAIRS[sources[-2]] + " " + PAIRS[sources[-3]]]
    batched = ArgosTranslator("fr", "en")
    assert batched.translate(sources) == wanted
    assert batched._batch is not None, "the batched path was not taken"
    lines = ArgosTranslator("fr", "en", batched=False)
    assert lines.translate(sources) == wanted
    assert lines._batch is None
