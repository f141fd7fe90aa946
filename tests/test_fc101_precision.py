"""FC101 on real-news shapes that are not misspellings (built-in knowledge base)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.pipeline import Options, check_article


def fc101(tmp_path: Path, text: str) -> list[str]:
    article = tmp_path / "a.fr.txt"
    article.write_text(text, "utf-8")
    report = check_article(str(article), Options(translate=False, lang="fr"))
    return [f.text for f in report.findings if f.code == "FC101"]


@pytest.mark.parametrize(
    "text",
    [
        # A known given name with another surname is another person (not "Emmanuel Macron").
        "L'avocat Emmanuel Marsigny a plaidé mardi devant la cour d'appel.",
        # A given name inside a longer name is not a misspelled surname ("Michal").
        "Selon Michael Petraglia, coauteur de l'étude, la région était attractive.",
        # Lone words close to a known surname, with nothing saying they mean that person.
        "La famille Martins a quitté la ville. Alexandre, 34 ans, est resté.",
    ],
)
def test_other_people_are_not_misspellings(tmp_path: Path, text: str) -> None:
    assert fc101(tmp_path, text) == []


def test_misspellings_are_still_found(tmp_path: Path) -> None:
    text = (
        "Donald Tump a reçu Emmanuel Macron. Le président Zelenskky était absent. "
        "Emmanuel Macron a ensuite rencontré le Premier ministre. Puis Macroon a conclu."
    )
    assert fc101(tmp_path, text) == ["Donald Tump", "Zelenskky", "Macroon"]
