"""The pre-commit hook and the GitHub Actions workflow in the docs do what they say."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import tomllib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft4Validator

from conftest import ROOT, SEED, SEED_CLAIMS
from factcheck.app.config import load_config
from factcheck.cli import main

WORKFLOW_DOC = ROOT / "docs" / "github-actions.md"
SARIF_SCHEMA = json.loads(
    (ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8")
)


def fenced(language: str) -> list[str]:
    text = WORKFLOW_DOC.read_text("utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def workflow() -> dict:
    return yaml.safe_load(fenced("yaml")[0])


def step(name: str) -> dict:
    steps = workflow()["jobs"]["factcheck"]["steps"]
    return next(s for s in steps if s.get("name") == name)


def newsroom(tmp_path: Path) -> Path:
    """A repository with two articles, one of them the seed with its claims."""
    articles = tmp_path / "articles"
    (articles / "world").mkdir(parents=True)
    shutil.copyfile(SEED, articles / "world" / "ukraine.fr.txt")
    shutil.copyfile(SEED_CLAIMS, articles / "world" / "claims.json")
    (articles / "brief.txt").write_text(
        "Le Premier ministre a rencontré Kiri Starmer à Londres, selon des sources.\n", "utf-8"
    )
    return tmp_path


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert [h["id"] for h in hooks] == ["factcheck"]
    hook = hooks[0]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert hook["entry"] in scripts
    assert hook["language"] == "python"
    files = re.compile(hook["files"])
    assert files.search("articles/2025/ukraine.fr.txt") and files.search("notes.md")
    assert not files.search("claims.json") and not files.search("article.txt.bak")


def test_pre_commit_hook_runs_on_staged_files_without_writing_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))[0]
    repo = newsroom(tmp_path)
    monkeypatch.chdir(repo)
    staged = ["articles/world/ukraine.fr.txt", "articles/brief.txt"]
    # pre-commit runs: entry, the hook's args, then the file names
    result = CliRunner().invoke(main, [*hook["args"], "--no-translate", *staged])
    assert result.exit_code == 1
    assert "articles/world/ukraine.fr.txt:9:119: FC101 [error]" in result.stdout
    assert "articles/brief.txt:1:" in result.stdout
    assert not (repo / "reports").exists()


def test_workflow_uploads_the_sarif_the_check_step_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flow = workflow()
    assert flow["permissions"]["security-events"] == "write"
    upload = step("Upload to code scanning")
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    command = shlex.split(step("Check the articles")["run"])
    assert command[0] == "factcheck" and "--format" in command and "sarif" in command

    repo = newsroom(tmp_path)
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(main, [*command[1:], "--no-translate"])
    assert result.exit_code == 1, result.stderr
    assert "::error file=articles/world/ukraine.fr.txt,line=9" in result.stdout
    sarif_file = repo / upload["with"]["sarif_file"]
    log = json.loads(sarif_file.read_text("utf-8"))
    Draft4Validator(SARIF_SCHEMA).validate(log)
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert uris == ["articles/brief.txt", "articles/world/ukraine.fr.txt"]
    per_article = [
        json.loads(p.read_text("utf-8"))["runs"][0]["results"]
        for p in (sarif_file.parent / "brief.sarif", sarif_file.parent / "ukraine.fr.sarif")
    ]
    assert len(run["results"]) == sum(len(r) for r in per_article) > 0
    for result_ in run["results"]:
        location = result_["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location["uri"] == uris[location["index"]]
    texts = {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"])
        for r in run["results"]
    }
    assert ("articles/world/ukraine.fr.txt", "FC101") in texts
    assert ("articles/brief.txt", "FC201") in texts


def test_the_config_example_in_the_docs_is_valid(tmp_path: Path) -> None:
    (example,) = fenced("toml")
    path = tmp_path / "factcheck.toml"
    path.write_text(example, "utf-8")
    config = load_config(path)
    assert config.get("fail-on") == "warning"
    pre_commit = yaml.safe_load(fenced("yaml")[1])
    assert pre_commit["repos"][0]["hooks"][0]["id"] == "factcheck"
