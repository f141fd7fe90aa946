"""Encodings are detected and the decoded text keeps every character."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.core.errors import InputError
from factcheck.text.reading import read_article

FRENCH = "Le président ukrainien a précisé l’état des négociations à l’Élysée.\n"


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (FRENCH.encode("utf-8"), "utf-8", FRENCH),
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "utf-8-sig", FRENCH),
        (FRENCH.encode("cp1252"), "cp1252", FRENCH),
        (FRENCH.replace("’", "'").encode("latin-1"), "cp1252", FRENCH.replace("’", "'")),
        (FRENCH.encode("utf-16"), "utf-16", FRENCH),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert article.text == text
    assert article.encoding == encoding


def test_crlf_is_kept_so_offsets_match_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Premier paragraphe.\r\nSecond paragraphe.\r\n")
    assert read_article(path).text == "Premier paragraphe.\r\nSecond paragraphe.\r\n"


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("mot " * 100)
    with pytest.raises(InputError, match="larger than --max-size 100"):
        read_article(path, max_size=100)
