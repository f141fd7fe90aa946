"""Configuration files: discovery, validation with located errors, and the command line winning."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from conftest import ROOT, SEED, SEED_CLAIMS
from factcheck.app.config import disabled_codes, find_config, load_config
from factcheck.cli import main
from factcheck.core.errors import ConfigError


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with the seed article in articles/ and its claims in kb/."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "kb").mkdir()
    shutil.copyfile(SEED, tmp_path / "articles" / "article.fr.txt")
    shutil.copyfile(SEED_CLAIMS, tmp_path / "kb" / "seed.json")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(project: Path, *extra: str) -> tuple[int, dict, str]:
    out = project / "out"
    code, _, stderr = run(
        ["articles/article.fr.txt", "--no-translate", "--output-dir", str(out), *extra]
    )
    report_file = out / "article.fr.json"
    report = json.loads(report_file.read_text("utf-8")) if report_file.exists() else {}
    if report_file.exists():
        report_file.unlink()
    return code, report, stderr


def codes(report: dict) -> set[str]:
    return {f["code"] for f in report["findings"]}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


BASE = 'claims = ["kb/seed.json"]\nbuiltin-kb = false\n'


def test_config_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json.loads((ROOT / "schemas" / "config.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_disabling_a_family_and_failing_on_warnings_changes_the_run(project: Path) -> None:
    write(project / "factcheck.toml", BASE)
    code, report, _ = check(project)
    assert {"FC101", "FC201", "FC202"} <= codes(report)
    assert code == 1

    # Without FC1 the seed has warnings only: they pass the default gate...
    write(project / "factcheck.toml", BASE + '[rules]\ndisable = ["FC1"]\n')
    code, report, _ = check(project)
    assert not any(c.startswith("FC1") for c in codes(report))
    assert {"FC201", "FC202"} <= codes(report)
    assert report["gate"]["fail_on"] == "error"
    assert code == 0

    # ...and fail it when the config sets fail-on = "warning".
    write(
        project / "factcheck.toml", 'fail-on = "warning"\n' + BASE + '[rules]\ndisable = ["FC1"]\n'
    )
    code, report, _ = check(project)
    assert report["gate"] == {"fail_on": "warning", "exit_code": 1, "failed": True}
    assert code == 1

    # The example: FC2 disabled, fail-on warning.
    write(
        project / "factcheck.toml", 'fail-on = "warning"\n' + BASE + '[rules]\ndisable = ["FC2"]\n'
    )
    code, report, _ = check(project)
    assert not any(c.startswith("FC2") for c in codes(report))
    assert "FC101" in codes(report)
    assert code == 1


def test_enable_brings_back_one_rule_of_a_disabled_family(project: Path) -> None:
    write(project / "factcheck.toml", BASE + '[rules]\ndisable = ["FC2"]\nenable = ["FC201"]\n')
    _, report, _ = check(project)
    assert "FC201" in codes(report)
    assert "FC202" not in codes(report)


def test_severity_overrides_apply_to_the_findings(project: Path) -> None:
    write(
        project / "factcheck.toml",
        BASE + '[rules.severity]\nFC201 = "error"\nFC101 = "info"\n',
    )
    code, report, _ = check(project)
    by_code = {f["code"]: f["severity"] for f in report["findings"]}
    assert by_code["FC201"] == "error"
    assert by_code["FC101"] == "info"
    assert code == 1  # FC201 is now an error


def test_pyproject_tool_table_works_like_factcheck_toml(project: Path) -> None:
    write(
        project / "pyproject.toml",
        '[project]\nname = "newsroom"\n\n[tool.factcheck]\n'
        'fail-on = "warning"\nclaims = ["kb/seed.json"]\nbuiltin-kb = false\n'
        '[tool.factcheck.rules]\ndisable = ["FC2"]\n',
    )
    code, report, _ = check(project)
    assert report["gate"]["fail_on"] == "warning"
    assert not any(c.startswith("FC2") for c in codes(report))
    assert report["knowledge_base"][0]["path"].endswith("seed.json")
    assert code == 1


def test_the_command_line_overrides_the_config(project: Path) -> None:
    write(
        project / "factcheck.toml",
        'fail-on = "warning"\nformat = ["json"]\n' + BASE + '[rules]\ndisable = ["FC1"]\n',
    )
    code, report, _ = check(project, "--fail-on", "error")
    assert report["gate"]["fail_on"] == "error"
    assert code == 0
    assert not (project / "out" / "article.fr.md").exists()  # format from the config
    code, report, _ = check(project, "--enable", "FC1", "--format", "json", "--format", "markdown")
    assert "FC101" in codes(report)
    assert (project / "out" / "article.fr.md").exists()
    assert code == 1  # FC101 is an error; fail-on still from the config


def test_translate_false_in_config_and_translate_flag_on_the_command_line(
    project: Path,
) -> None:
    write(project / "factcheck.toml", BASE + "translate = false\n")
    out = project / "out"
    code, _, _ = run(["articles/article.fr.txt", "--output-dir", str(out), "--format", "json"])
    assert json.loads((out / "article.fr.json").read_text("utf-8"))["translation"] is None
    assert code == 1


def test_paths_are_relative_to_the_config_file_not_the_current_folder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project / "factcheck.toml", BASE + 'output-dir = "build/reports"\n')
    monkeypatch.chdir(project / "articles")
    code, _, stderr = run(["article.fr.txt", "--no-translate", "--format", "json", "--quiet"])
    assert stderr == ""
    report = json.loads((project / "build" / "reports" / "article.fr.json").read_text("utf-8"))
    paths = [Path(kb["path"]) for kb in report["knowledge_base"]]
    assert [p.resolve() for p in paths] == [(project / "kb" / "seed.json").resolve()]
    assert code == 1


def test_nearest_config_wins_and_factcheck_toml_beats_pyproject(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    write(tmp_path / "factcheck.toml", "")
    assert find_config(deep) == tmp_path / "factcheck.toml"
    write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n')  # no [tool.factcheck]
    assert find_config(deep) == tmp_path / "factcheck.toml"
    write(tmp_path / "a" / "b" / "pyproject.toml", "[tool.factcheck]\nlang = 'fr'\n")
    assert find_config(deep) == tmp_path / "a" / "b" / "pyproject.toml"
    write(tmp_path / "a" / "b" / "factcheck.toml", "lang = 'de'\n")
    found = find_config(deep)
    assert found == tmp_path / "a" / "b" / "factcheck.toml"
    assert load_config(found).get("lang") == "de"


def test_each_article_of_a_batch_uses_its_own_nearest_config(project: Path) -> None:
    other = project / "other"
    other.mkdir()
    shutil.copyfile(SEED, other / "second.fr.txt")
    shutil.copyfile(SEED_CLAIMS, other / "claims.json")
    write(project / "factcheck.toml", BASE)
    write(other / "factcheck.toml", 'builtin-kb = false\n[rules]\ndisable = ["FC2"]\n')
    out = project / "out"
    run(["articles", "other", "--no-translate", "--output-dir", str(out), "--format", "json"])
    first = json.loads((out / "article.fr.json").read_text("utf-8"))
    second = json.loads((out / "second.fr.json").read_text("utf-8"))
    assert {"FC201", "FC202"} <= codes(first)
    assert not any(c.startswith("FC2") for c in codes(second))


def test_unknown_key_is_one_line_with_its_table(project: Path) -> None:
    write(project / "factcheck.toml", BASE + '[rules]\ndisabel = ["FC2"]\n')
    code, _, stderr = check(project)
    assert code == 2
    assert stderr == (
        "factcheck: error: factcheck.toml: [rules]: unknown key 'disabel' "
        "(did you mean 'disable'?)\n"
    )


def test_unknown_top_level_key_and_pyproject_location(project: Path) -> None:
    write(project / "factcheck.toml", "fail_on = 'warning'\n")
    code, _, stderr = check(project)
    assert code == 2
    assert stderr.strip() == (
        "factcheck: error: factcheck.toml: unknown key 'fail_on' (did you mean 'fail-on'?)"
    )
    (project / "factcheck.toml").unlink()
    write(project / "pyproject.toml", "[tool.factcheck.rules.severity]\nFC201 = 'fatal'\n")
    code, _, stderr = check(project)
    assert code == 2
    assert stderr.startswith(
        "factcheck: error: pyproject.toml: tool.factcheck.rules.severity.FC201: "
    )
    assert "'fatal' is not one of" in stderr


def test_toml_syntax_error_gives_line_and_column(project: Path) -> None:
    write(project / "factcheck.toml", 'fail-on = "warning"\n[rules\n')
    code, _, stderr = check(project)
    assert code == 2
    assert stderr.startswith("factcheck: error: factcheck.toml: invalid TOML: ")
    assert "line 2, column" in stderr
    assert len(stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "claims = 'kb/seed.json'\n",
            "factcheck.toml: claims: 'kb/seed.json' is not of type 'array'",
        ),
        ("summary-sentences = 99\n", "factcheck.toml: summary-sentences: 99 is greater than"),
        (
            "[rules]\ndisable = ['FC2x']\n",
            "factcheck.toml: rules.disable[0]: 'FC2x' does not match",
        ),
        ("[rules.severity]\nFC299 = 'error'\n", "[rules.severity]: unknown rule 'FC299'"),
        ("[rules]\ndisable = ['FC999']\n", "[rules] disable: unknown rule 'FC999'"),
        ("format = ['pdf']\n", "factcheck.toml: format[0]: 'pdf' is not one of"),
    ],
)
def test_bad_values_name_their_key(project: Path, text: str, expected: str) -> None:
    write(project / "factcheck.toml", text)
    code, _, stderr = check(project)
    assert code == 2
    assert expected in stderr
    assert "Traceback" not in stderr


def test_explicit_config_and_no_config(project: Path) -> None:
    write(project / "factcheck.toml", 'fail-on = "never"\n' + BASE)
    write(project / "strict.toml", 'fail-on = "info"\n' + BASE)
    code, report, _ = check(project)
    assert (code, report["gate"]["fail_on"]) == (0, "never")
    code, report, _ = check(project, "--config", "strict.toml")
    assert (code, report["gate"]["fail_on"]) == (1, "info")
    code, report, _ = check(project, "--no-config", "--no-builtin-kb", "--claims", "kb/seed.json")
    assert (code, report["gate"]["fail_on"]) == (1, "error")
    code, _, stderr = check(project, "--config", "missing.toml")
    assert code == 2
    assert stderr == "factcheck: error: missing.toml: configuration file not found\n"
    code, _, stderr = check(project, "--config", "strict.toml", "--no-config")
    assert code == 2


def test_pyproject_named_explicitly_needs_the_tool_table(project: Path) -> None:
    write(project / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"has no \[tool.factcheck\] table"):
        load_config(project / "pyproject.toml")


def test_command_line_rule_selectors_are_checked(project: Path) -> None:
    code, _, stderr = check(project, "--disable", "FC77x")
    assert code == 2
    assert stderr == (
        "factcheck: error: --disable: 'FC77x' is not a rule code (FC101) or a family prefix (FC1)\n"
    )


def test_more_specific_selector_wins_and_later_layers_override() -> None:
    codes_ = ["FC101", "FC201", "FC202"]
    assert disabled_codes(codes_, [(["FC2"], [])]) == ("FC201", "FC202")
    assert disabled_codes(codes_, [(["FC2"], ["FC201"])]) == ("FC202",)
    assert disabled_codes(codes_, [(["FC201"], ["FC2"])]) == ("FC201",)
    assert disabled_codes(codes_, [(["FC"], [])]) == tuple(codes_)
    # the command line (second layer) re-enables what the config disabled
    assert disabled_codes(codes_, [(["FC2"], []), ([], ["FC2"])]) == ()
    assert disabled_codes(codes_, [([], []), (["FC101"], [])]) == ("FC101",)
