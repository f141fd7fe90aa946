"""File and folder names as hostile input: what reaches the terminal and the reports.

An article or output folder may be named with control characters, rich markup
or bytes that are not UTF-8; an unset shell variable gives an empty argument.
"""

from __future__ import annotations

import glob
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

FACTCHECK = [sys.executable, "-c", "from factcheck.cli import main; main(prog_name='factcheck')"]
ARTICLE = "Le Premier ministre Kiri Starmer a visité Leeds lundi.\n"
CONTROL = (b"\x1b", b"\x07", b"\x9b")


def run(cwd: Path, *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*FACTCHECK, "check", "--no-translate", *args],
        cwd=cwd,
        capture_output=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_an_empty_argument_is_refused_not_read_as_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "other.txt").write_text(ARTICLE, "utf-8")
    done = run(tmp_path, "--output-dir", "out", "--", "")
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert b"empty path" in done.stderr
    assert not (tmp_path / "out").exists()  # nothing in the folder was checked


def test_control_characters_in_an_article_name_do_not_reach_the_terminal(tmp_path: Path) -> None:
    name = "x\x1b]0;PWNED\x07.txt"
    (tmp_path / name).write_text(ARTICLE, "utf-8")
    done = run(tmp_path, "--output-dir", "out", "--", name)
    assert done.returncode == 1, done.stderr  # FC101 on "Kiri Starmer"
    for stream in (done.stdout, done.stderr):
        assert not any(c in stream for c in CONTROL), stream
    assert b"x\\x1b]0;PWNED\\x07.txt: 1 error" in done.stderr


def test_a_batch_summary_shows_the_output_folder_as_it_is(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, "utf-8")
    folder = "out[red]X\x1b[2J"
    done = run(tmp_path, "--output-dir", folder, "a.txt", "b.txt")
    assert (tmp_path / folder).is_dir()
    assert not any(c in done.stderr for c in CONTROL), done.stderr
    assert b"files in out[red]X\\x1b[2J" in done.stderr  # not read as rich markup


def test_a_file_name_that_is_not_utf8_gets_its_reports(tmp_path: Path) -> None:
    name = b"n\xff\xfe.txt"
    (tmp_path / os.fsdecode(name)).write_text(ARTICLE, "utf-8")
    done = run(tmp_path, "--output-dir", "out", "--", name)
    assert done.returncode == 1, done.stderr
    assert b"Traceback" not in done.stderr and b"internal error" not in done.stderr
    (report,) = (tmp_path / "out").glob("*.json")
    assert json.loads(report.read_text("utf-8"))["input"]["path"] == "n\\xff\\xfe.txt"
    assert b"n\\xff\\xfe.txt:1:" in done.stdout


def test_a_markdown_article_in_the_output_folder_is_never_overwritten(tmp_path: Path) -> None:
    article = tmp_path / "brief.md"
    article.write_text(ARTICLE, "utf-8")
    done = run(tmp_path, "--output-dir", ".", "brief.md")
    assert done.returncode == 1, done.stderr
    assert article.read_text("utf-8") == ARTICLE
    assert (tmp_path / "brief-2.md").read_text("utf-8").startswith("# ")
    assert b"brief-2" in done.stderr  # the warning says where the reports went


def test_index_links_are_urls_to_each_report_whatever_the_article_is_called(
    tmp_path: Path,
) -> None:
    names = ["javascript:alert(1).txt", "a#b.txt", "q?x=1.txt", "%2e%2e%2fx.txt"]
    for name in names:
        (tmp_path / name).write_text(ARTICLE, "utf-8")
    done = run(tmp_path, "--output-dir", "out", "--format", "html", *names)
    assert done.returncode == 1, done.stderr
    page = (tmp_path / "out" / "index.html").read_text("utf-8")
    hrefs = re.findall(r'<a href="([^"]*)"', page)
    assert sorted(hrefs) == sorted(
        [
            "./javascript%3Aalert%281%29.html",
            "./a%23b.html",
            "./q%3Fx%3D1.html",
            "./%252e%252e%252fx.html",
        ]
    )
    for href in hrefs:  # each link opens that article's own page
        assert (tmp_path / "out" / unquote(href)).is_file()


def test_the_html_report_shows_control_characters_instead_of_holding_them(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(
        "Le Premier ministre Kiri Starmer\x1b]0;PWNED\x07 a visité Leeds lundi.\n", "utf-8"
    )
    done = run(tmp_path, "--output-dir", "out", "--format", "html", "a.txt")
    assert done.returncode == 1, done.stderr
    page = (tmp_path / "out" / "a.html").read_text("utf-8")
    assert "\x1b" not in page and "\x07" not in page
    assert "\\x1b]0;PWNED\\x07" in page


def test_lone_carriage_returns_end_lines_in_every_location(tmp_path: Path) -> None:
    lines = ["Londres, lundi.", "Le gouvernement a présenté son budget.", "Kiri Starmer a parlé."]
    (tmp_path / "cr.txt").write_bytes("\r".join(lines).encode() + b"\r")
    done = run(tmp_path, "--output-dir", "out", "--format", "sarif", "--format", "github", "cr.txt")
    assert done.returncode == 1, done.stderr
    assert b"cr.txt:3:1: FC101" in done.stdout or b"line=3,col=1" in done.stdout
    (sarif,) = (tmp_path / "out").glob("*.sarif")
    results = json.loads(sarif.read_text("utf-8"))["runs"][0]["results"]
    fc101 = next(r for r in results if r["ruleId"] == "FC101")
    region = fc101["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 1)


def test_a_pattern_does_not_follow_links_to_folders(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "in" / "sub" / "up").symlink_to("..")  # a loop
    (tmp_path / "in" / "sub" / "proc").symlink_to("/proc")  # endless
    done = run(tmp_path, "--output-dir", "out", "--format", "json", "in/**/*.txt")
    assert done.returncode == 1, done.stderr
    reports = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*")
    )
    assert reports == ["a.json", "b.json"]


def test_patterns_match_as_glob_does_without_links(tmp_path: Path) -> None:
    from factcheck.app.inputs import _glob

    for name in ("a.txt", "b.md", "x/c.txt", "x/y/d.txt", "x/y/e.md", "z1.txt", ".h/f.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", "utf-8")
    for pattern in ("**/*.txt", "x/**/*.md", "**", "x/**", "z[0-9].txt", "?.md", "x/**/y/*"):
        mine = [p for p in _glob(str(tmp_path / pattern)) if os.path.isfile(p)]
        theirs = sorted(glob.glob(str(tmp_path / pattern), recursive=True))
        assert mine == [p for p in theirs if os.path.isfile(p)], pattern  # files are articles


def test_reports_in_the_article_folder_are_not_checked_as_articles(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, "utf-8")
    for _ in range(3):
        done = subprocess.run(
            [*FACTCHECK, "check", "--no-translate", "--output-dir", "in", "in"],
            cwd=tmp_path,
            capture_output=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 1, done.stderr
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["a.json", "a.md", "a.txt"]
