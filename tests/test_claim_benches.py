"""The claim benchmarks run and report what they promise (their numbers are not asserted)."""

from __future__ import annotations

from types import ModuleType

import pytest

from conftest import ROOT, load_script


def load(name: str) -> ModuleType:
    return load_script(ROOT / "bench" / f"{name}.py")


def test_claim_matching_reports_each_figure_with_its_baselines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert load("claim_matching").main(["--split", "tune"]) == 0
    out = capsys.readouterr().out
    for wanted in (
        "recall@1",
        "FC301 on corrections",
        "FC301 on compatible",
        "| matcher |",
        "| never contradict |",
        "| entity overlap |",
        "| quantifier |",
    ):
        assert wanted in out
    assert "heldout" not in out, "--split tune prints the tune half only"


def test_claims_scale_generates_valid_claims_and_matches_the_seed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    load("claims_scale").main(["--claims", "300"])
    out = capsys.readouterr().out
    assert "indexed: 304" in out  # 300 generated + the seed's 4
    assert "seed results unchanged by the database: yes" in out
