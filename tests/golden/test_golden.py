"""The seed report in every format equals its golden file (regenerate: tests/golden/regen.py)."""

from __future__ import annotations

import pytest
from regen import GOLDEN, GOLDEN_FILES, render_seed

HOW = "if the change is intended, run: .venv/bin/python tests/golden/regen.py, and review the diff"


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return render_seed()


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_format_matches_golden_file(fmt: str, rendered: dict[str, str]) -> None:
    golden = GOLDEN / GOLDEN_FILES[fmt]
    assert golden.exists(), HOW
    assert rendered[fmt] == golden.read_text("utf-8"), f"{golden.name} differs; {HOW}"


def test_rendering_is_deterministic(rendered: dict[str, str]) -> None:
    assert render_seed() == rendered
