"""Rule docs: every rule documents itself and has examples; `factcheck rules` shows them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, ROOT
from factcheck.cli import main
from factcheck.rules.base import Rule
from factcheck.rules.docs import (
    REQUIRED_HEADINGS,
    doc_sections,
    missing_headings,
    render_rules_markdown,
)
from factcheck.rules.registry import RULES

DOCS_PAGE = ROOT / "docs" / "rules.md"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_docs_with_the_four_headings(rule: Rule) -> None:
    assert missing_headings(rule) == [], f"{rule.code}: docstring lacks these sections"
    assert rule.summary.strip()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_examples(rule: Rule) -> None:
    folder = FIXTURES / "rules" / rule.code
    assert (folder / "expected.json").is_file(), (
        f"{rule.code}: add {folder}/ (fixtures/rules/README.md)"
    )
    assert list(folder.glob("flagged*.txt")), f"{rule.code}: no example that must be flagged"
    assert list(folder.glob("clean*.txt")), f"{rule.code}: no example that must not be flagged"


def test_codes_and_names_are_unique() -> None:
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_sections_are_read_from_the_docstring() -> None:
    rule = next(r for r in RULES if r.code == "FC101")
    sections = doc_sections(rule)
    assert list(sections)[:4] == list(REQUIRED_HEADINGS)
    assert "Kiri Starmer" in sections["Example"]
    assert sections["Example"].startswith("    "), "an example stays an indented code block"


def test_a_docstring_without_headings_is_reported() -> None:
    bare = Rule("FC999", "bare", RULES[0].severity, "x", "FC999 bare: no sections", RULES[0].check)
    assert missing_headings(bare) == list(REQUIRED_HEADINGS)


def test_rules_lists_every_rule() -> None:
    code, out, _ = run("rules")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(RULES)
    for line, rule in zip(lines, RULES, strict=True):
        assert line.split()[:3] == [rule.code, rule.name, rule.severity.value]
        assert line.endswith(rule.summary)


@pytest.mark.parametrize("wanted", ["FC101", "fc101", "misspelled-name"])
def test_rules_prints_one_page_by_code_or_name(wanted: str) -> None:
    code, out, _ = run("rules", wanted)
    assert code == 0
    assert out.startswith("FC101 misspelled-name\nDefault severity: error\n")
    for heading in REQUIRED_HEADINGS:
        assert f"\n{heading}\n" in out
    assert "la Première ministre britannique Kiri Starmer" in out


def test_unknown_rule_is_one_line_and_exit_2() -> None:
    code, out, err = run("rules", "FC999")
    assert code == 2
    assert out == ""
    assert err == "factcheck: error: no rule 'FC999'; 'factcheck rules' lists them\n"


def test_docs_page_is_up_to_date() -> None:
    assert DOCS_PAGE.is_file(), "run: factcheck rules --markdown > docs/rules.md"
    assert DOCS_PAGE.read_text("utf-8") == render_rules_markdown(), (
        "docs/rules.md is stale; run: factcheck rules --markdown > docs/rules.md"
    )


def test_markdown_command_prints_the_docs_page() -> None:
    code, out, _ = run("rules", "--markdown")
    assert code == 0
    assert out == render_rules_markdown()
    for rule in RULES:
        assert f"\n## {rule.code} {rule.name}\n" in out
