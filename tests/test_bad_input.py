"""The bad-input table: every row is one clear line, exit 2, no traceback.

Each row runs the real ``factcheck`` command in a subprocess (a traceback or
a half-written report can only be seen there) and checks that the input file
is left exactly as it was and that no report, temporary file included, is
left in the output folder. Rows that must be *accepted* (other encodings,
CRLF, a very long sentence, mixed languages) check the decoded text and the
offsets instead. Claim files invalid in many ways are checked through
``factcheck kb validate`` (the same loader ``check`` uses) with their exact
first line and the problem line with its JSON pointer.

Rows already covered elsewhere are not repeated here: an empty file,
whitespace only, a PNG and NUL bytes (test_errors_basic.py), encodings read
by ``read_article`` (test_textio.py), a folder without articles, report names
that would leave the output folder and SIGTERM with two workers
(test_batch.py).
"""

from __future__ import annotations

import copy
import gzip
import json
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, SEED, SEED_CLAIMS
from factcheck.app.inputs import report_bases
from factcheck.app.write import report_path
from factcheck.cli import main
from factcheck.core.options import DEFAULT_MAX_SIZE, MAX_CLAIM_FILE_SIZE
from factcheck.text.segment import LONGEST_SENTENCE, sentence_spans

FACTCHECK = [sys.executable, "-c", "from factcheck.cli import main; main(prog_name='factcheck')"]
ORANGESUM = ROOT.parent / "shared" / "data" / "orangesum" / "source_documents.txt"
SEED_TEXT = SEED.read_text("utf-8")
SEED_DATA = json.loads(SEED_CLAIMS.read_text("utf-8"))
MISSING_MODEL = (
    "no {lang}->en translation model installed: run 'factcheck models install {lang} en' "
    "(needs a network) or 'factcheck models install --from-file FILE.argosmodel', "
    "or pass --no-translate"
)


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def factcheck(*args: str | Path, cwd: Path | None = None) -> Result:
    done = subprocess.run(
        [*FACTCHECK, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    return Result(done.returncode, done.stdout, done.stderr)


def assert_refused(result: Result, line: str) -> None:
    """Exit 2 and exactly one line on stderr, nothing on stdout."""
    assert "Traceback" not in result.stderr
    assert result.stderr == f"factcheck: error: {line}\n"
    assert result.stdout == ""
    assert result.code == 2


@contextmanager
def untouched(*paths: Path) -> Iterator[None]:
    """The files' bytes and modification times are the same afterwards."""
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    yield
    for path, (data, mtime) in before.items():
        assert path.read_bytes() == data, f"{path} was modified"
        assert path.stat().st_mtime_ns == mtime, f"{path} was touched"


def assert_nothing_written(out: Path) -> None:
    assert not out.exists() or list(out.rglob("*")) == [], list(out.rglob("*"))


def check_json(article: Path, out: Path, *extra: str) -> dict:
    """Check one article (accepted rows) and return its JSON report."""
    result = factcheck(
        article, "--format", "json", "--output-dir", out, "--fail-on", "never", *extra
    )
    assert result.code == 0, result.stderr
    assert "Traceback" not in result.stderr
    name = article.name.rsplit(".", 1)[0]
    return json.loads((out / f"{name}.json").read_text("utf-8"))


def findings(report: dict) -> list[tuple[str, str, int, int]]:
    return [(f["code"], f["text"], f["line"], f["column"]) for f in report["findings"]]


# ---------------------------------------------------------------- articles refused


def _html_page() -> bytes:
    return (
        "<!DOCTYPE html>\n<html lang='fr'><head><meta charset='utf-8'><title>Actu</title></head>"
        f"<body><article><p>{SEED_TEXT[:400]}</p></article></body></html>\n"
    ).encode()


def _html_fragment() -> bytes:
    paragraphs = [p for p in SEED_TEXT.splitlines() if p.strip()]
    return "\n".join(f"<p class='txt'>{p}</p><br/>" for p in paragraphs * 2).encode()


REFUSED = {
    "random bytes without a known signature": (
        random.Random(5).randbytes(4000),
        "looks like a binary file, not a text article",
    ),
    "gzip-compressed article": (
        gzip.compress(SEED_TEXT.encode(), mtime=0),
        "looks like a binary file, not a text article",
    ),
    "PDF": (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        "looks like a binary file, not a text article",
    ),
    "control characters in text": (
        ("Le président\x01\x02\x03 a dit\x04\x05\x06." * 20).encode(),
        "looks like a binary file, not a text article",
    ),
    "UTF-16 with a lone surrogate": (
        b"\xff\xfe" + "Le président".encode("utf-16-le") + b"\x00\xd8",
        "not valid UTF-16-LE text (byte 26); save the article as UTF-8",
    ),
    "HTML page with a doctype": (
        _html_page(),
        "looks like an HTML page, not plain text; extract the article's text and check that",
    ),
    "HTML page starting with <html>": (
        b"  \n<HTML><body>" + SEED_TEXT.encode() + b"</body></HTML>",
        "looks like an HTML page, not plain text; extract the article's text and check that",
    ),
    "HTML fragment (paragraph tags)": (
        _html_fragment(),
        "looks like an HTML page, not plain text; extract the article's text and check that",
    ),
}


@pytest.mark.parametrize("row", list(REFUSED), ids=list(REFUSED))
def test_article_refused(tmp_path: Path, row: str) -> None:
    content, message = REFUSED[row]
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    out = tmp_path / "out"
    with untouched(article):
        result = factcheck(article, "--no-translate", "--output-dir", out)
    assert_refused(result, f"{article}: {message}")
    assert_nothing_written(out)


def test_html_named_in_a_sentence_is_not_refused(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        SEED_TEXT + "\nLe site affichait une balise <br> et un <div> vide, selon un lecteur.\n",
        "utf-8",
    )
    report = check_json(article, tmp_path / "out", "--no-translate")
    assert report["input"]["language"] == "fr"


def test_fifty_megabyte_article_is_refused_without_being_read(tmp_path: Path) -> None:
    """Refused from its size alone: the peak memory is that of refusing a tiny file."""
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as handle:
        for _ in range(50_000_000 // len(SEED_TEXT.encode()) + 1):
            handle.write(SEED_TEXT)
    size = big.stat().st_size
    small = tmp_path / "small.txt"
    small.write_text(" \n", "utf-8")
    out = tmp_path / "out"
    with untouched(big):
        big_result, big_peak = _peak_rss([big, "--no-translate", "--output-dir", out])
    _, small_peak = _peak_rss([small, "--no-translate", "--output-dir", out])
    assert_refused(
        big_result,
        f"{big}: {size:,} bytes is larger than --max-size {DEFAULT_MAX_SIZE:,}; "
        "split the article or raise --max-size",
    )
    assert_nothing_written(out)
    # Reading the file would add its 50 MB (and more, decoded) to the peak.
    assert big_peak < small_peak + 20 * 1024 * 1024, (big_peak, small_peak)


def _peak_rss(args: list[str | Path]) -> tuple[Result, int]:
    """Run factcheck under a fresh Python whose only child it is; its peak RSS in bytes."""
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024\n"
        "print(done.returncode, peak)\n"
        "sys.stderr.write(done.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *FACTCHECK, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    code, peak = done.stdout.split()
    return Result(int(code), "", done.stderr), int(peak)


def test_device_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """/dev/zero says it holds 0 bytes and never ends: a device is refused by stat, unopened."""
    result = factcheck("/dev/zero", "--no-translate", "--output-dir", tmp_path / "out")
    assert_refused(
        result, "/dev/zero: is a character device, not an article file; give a regular file"
    )


def test_stdin_over_the_limit(tmp_path: Path) -> None:
    done = subprocess.run(
        [*FACTCHECK, "-", "--no-translate", "--max-size", "1000", "--output-dir", tmp_path],
        input=SEED_TEXT.encode(),
        capture_output=True,
        timeout=60,
    )
    result = Result(done.returncode, done.stdout.decode(), done.stderr.decode())
    assert_refused(
        result, "-: more than --max-size 1,000 bytes; split the article or raise --max-size"
    )


def test_language_without_an_installed_model(tmp_path: Path) -> None:
    article = tmp_path / "artikel.txt"
    article.write_text(
        "Der Bundeskanzler hat am Montag in Berlin gesagt, dass die Regierung die Steuern "
        "nicht erhöhen wird. Die Opposition kritisierte das und sagte, es sei nicht genug. "
        "Er ist mit der Entscheidung nicht zufrieden und will weiter für die Bürger kämpfen.\n",
        "utf-8",
    )
    out = tmp_path / "out"
    with untouched(article):
        result = factcheck(article, "--output-dir", out)
    assert_refused(result, MISSING_MODEL.format(lang="de"))
    assert_nothing_written(out)
    # Without translation the German article is checked.
    report = check_json(article, out, "--no-translate")
    assert report["input"]["language"] == "de"
    assert report["translation"] is None


def test_output_folder_below_a_regular_file(tmp_path: Path) -> None:
    """Running as root, chmod cannot make a folder unwritable; a file in the way can."""
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder\n", "utf-8")
    article = tmp_path / "article.txt"
    article.write_text(SEED_TEXT, "utf-8")
    with untouched(article, blocker):
        result = factcheck(article, "--no-translate", "--output-dir", blocker / "today")
    assert_refused(result, f"{blocker / 'today'}: cannot write reports: Not a directory")
    assert set(tmp_path.iterdir()) == {article, blocker}


def test_output_folder_is_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder\n", "utf-8")
    article = tmp_path / "article.txt"
    article.write_text(SEED_TEXT, "utf-8")
    with untouched(article, blocker):
        result = factcheck(article, "--no-translate", "--output-dir", blocker)
    assert_refused(result, f"{blocker}: cannot write reports: File exists")
    assert set(tmp_path.iterdir()) == {article, blocker}


def test_invalid_claim_file_through_check(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(SEED_TEXT, "utf-8")
    bad = tmp_path / "claims.json"
    data = copy.deepcopy(SEED_DATA)
    data["claims"][0]["date"] = "2025-02-30"
    bad.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "out"
    with untouched(article, bad):
        result = factcheck(article, "--no-translate", "--output-dir", out)
    assert result.code == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"factcheck: error: {bad}: invalid claim file (1 problem)",
        f"{bad}: /claims/0/date: '2025-02-30' is not a real calendar date",
    ]
    assert_nothing_written(out)


# ---------------------------------------------------------------- articles accepted


@pytest.fixture
def seed_report(tmp_path: Path) -> dict:
    """The UTF-8, LF seed article's report, to compare other encodings with."""
    article = tmp_path / "utf8" / "article.txt"
    article.parent.mkdir()
    article.write_text(SEED_TEXT, "utf-8")
    (article.parent / "claims.json").write_bytes(SEED_CLAIMS.read_bytes())
    report = check_json(article, tmp_path / "out-utf8", "--no-translate")
    assert {f[0] for f in findings(report)} >= {"FC101", "FC201", "FC202"}
    return report


ENCODED = {
    "cp1252": (SEED_TEXT, lambda text: text.encode("cp1252"), "cp1252"),
    # Latin-1 cannot hold ’: real Latin-1 files use ' instead. Latin-1 bytes
    # decode the same under cp1252, which is what the report names.
    "latin-1": (
        SEED_TEXT.replace("’", "'").replace("‘", "'").replace("œ", "oe"),
        lambda text: text.encode("latin-1"),
        "cp1252",
    ),
    "UTF-8 with BOM": (SEED_TEXT, lambda text: b"\xef\xbb\xbf" + text.encode(), "utf-8-sig"),
}


@pytest.mark.parametrize("row", list(ENCODED), ids=list(ENCODED))
def test_other_encodings_give_the_same_findings(tmp_path: Path, row: str) -> None:
    text, encode, encoding = ENCODED[row]
    utf8 = tmp_path / "utf8"
    utf8.mkdir()
    (utf8 / "article.txt").write_text(text, "utf-8")
    (utf8 / "claims.json").write_bytes(SEED_CLAIMS.read_bytes())
    expected = check_json(utf8 / "article.txt", tmp_path / "out-utf8", "--no-translate")
    folder = tmp_path / "encoded"
    folder.mkdir()
    article = folder / "article.txt"
    article.write_bytes(encode(text))
    (folder / "claims.json").write_bytes(SEED_CLAIMS.read_bytes())
    with untouched(article):
        report = check_json(article, tmp_path / "out", "--no-translate")
    assert report["input"]["encoding"] == encoding
    assert report["input"]["characters"] == len(text)  # a BOM is not a character of the text
    assert findings(report) == findings(expected)
    assert [(f["start"], f["end"]) for f in report["findings"]] == [
        (f["start"], f["end"]) for f in expected["findings"]
    ]
    decoded = article.read_bytes().decode("utf-8-sig" if encoding == "utf-8-sig" else encoding)
    assert decoded == text
    for finding in report["findings"]:
        assert decoded[finding["start"] : finding["end"]] == finding["text"]


def test_crlf_offsets_count_the_carriage_returns(tmp_path: Path, seed_report: dict) -> None:
    folder = tmp_path / "crlf"
    folder.mkdir()
    article = folder / "article.txt"
    article.write_bytes(SEED_TEXT.replace("\n", "\r\n").encode())
    (folder / "claims.json").write_bytes(SEED_CLAIMS.read_bytes())
    with untouched(article):
        report = check_json(article, tmp_path / "out", "--no-translate")
    text = article.read_bytes().decode()
    assert "\r\n" in text
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]
        assert "\r" not in finding["text"]
    # Same words, same line and column as in the LF file; offsets move by one per line above.
    assert findings(report) == findings(seed_report)
    for crlf, lf in zip(report["findings"], seed_report["findings"], strict=True):
        assert crlf["start"] == lf["start"] + lf["line"] - 1


def test_a_five_thousand_character_sentence(tmp_path: Path) -> None:
    clauses = [s.strip(" .\n") for s in SEED_TEXT.replace(".", ",").split("\n") if s.strip()]
    sentence = ""
    while len(sentence) < 5000:
        sentence += ", ".join(clauses) + ", "
    sentence = sentence.rstrip(", ") + ".\n"
    article = tmp_path / "article.txt"
    article.write_text(sentence, "utf-8")
    started = time.monotonic()
    report = check_json(article, tmp_path / "out", "--no-translate")
    elapsed = time.monotonic() - started
    # cut after a comma into pieces of at most LONGEST_SENTENCE characters (segment.py)
    spans = sentence_spans(sentence)
    assert report["input"]["sentences"] == len(spans) >= 3
    assert max(end - start for start, end in spans) <= LONGEST_SENTENCE
    assert report["input"]["characters"] >= 5000
    for finding in report["findings"]:
        assert sentence[finding["start"] : finding["end"]] == finding["text"]
    print(f"5,000-character sentence checked in {elapsed:.2f} s (process included)")


@pytest.mark.parametrize(
    ("mostly", "expected"),
    [("fr", "fr"), ("en", "en")],
)
def test_mixed_french_and_english_is_the_majority_language(
    tmp_path: Path, mostly: str, expected: str
) -> None:
    french = [s for s in SEED_TEXT.splitlines() if s.strip()]
    english = [
        "The president said on Monday that the talks would go on for as long as it takes.",
        "European leaders met in Washington to discuss security guarantees for Ukraine.",
        "According to officials, the plan has four main parts and will be announced soon.",
    ]
    lines = french[:6] + english[:1] if mostly == "fr" else english + french[:1]
    article = tmp_path / "article.txt"
    article.write_text("\n".join(lines) + "\n", "utf-8")
    report = check_json(article, tmp_path / "out", "--no-translate")
    assert report["input"]["language"] == expected
    text = article.read_text("utf-8")
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]


# ---------------------------------------------------------------- interruption


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["Ctrl-C", "SIGTERM"])
def test_interrupted_batch_in_one_process_leaves_complete_reports(
    tmp_path: Path, signum: int
) -> None:
    """Ctrl-C or SIGTERM with --jobs 1; test_batch.py covers SIGTERM with two workers."""
    if not ORANGESUM.is_file():
        pytest.skip(f"{ORANGESUM} is not available")
    news = tmp_path / "news"
    news.mkdir()
    with ORANGESUM.open(encoding="utf-8") as lines:
        for i, line in zip(range(30), lines, strict=False):
            (news / f"article{i:02d}.txt").write_text(line * 5, "utf-8")
    before = {p: p.read_bytes() for p in news.iterdir()}
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*FACTCHECK, news, "--no-translate", "--output-dir", out, "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not list(out.glob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 3
    assert stderr.decode().splitlines()[-1] == "factcheck: interrupted"
    assert "Traceback" not in stderr.decode()
    written = sorted(out.iterdir())
    assert 1 <= len(written) < 30
    for path in written:
        assert path.suffix == ".json", path  # no temporary file left behind
        json.loads(path.read_text("utf-8"))  # every report is complete
    assert {p: p.read_bytes() for p in news.iterdir()} == before


# ---------------------------------------------------------------- report names


names = (
    st.lists(
        st.sampled_from(["a", "b", ".", "-", "_", " ", "é", "..", "x.txt", "%2e", "\u202e"]),
        min_size=1,
        max_size=6,
    )
    .map("".join)
    .filter(lambda n: n not in (".", ".."))
)


@settings(max_examples=60, deadline=None)
@given(folders=st.lists(st.lists(names, max_size=3), min_size=1, max_size=6), leaf=names)
def test_report_names_never_leave_the_output_folder(
    folders: list[list[str]], leaf: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.getbasetemp() / "names"
    paths = [str(root.joinpath(*parts, f"{leaf}.txt")) for parts in folders]
    out = root / "out"
    for base in report_bases(paths):
        target = report_path(out, base, "json")
        assert out.resolve() in target.parents


# ---------------------------------------------------------------- claim files


def _mutate(change: Callable[[dict], object]) -> str:
    data = copy.deepcopy(SEED_DATA)
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=2)


def _pop(*keys: str | int) -> Callable[[dict], object]:
    def change(data: dict) -> object:
        node = data
        for key in keys[:-1]:
            node = node[key]
        return node.pop(keys[-1])

    return change


def _set(value: object, *keys: str | int) -> Callable[[dict], object]:
    def change(data: dict) -> None:
        node = data
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value

    return change


INVALID = "invalid claim file (1 problem)"
# name: (file content, first line after "<path>: " (or "<path>:" before a line:column),
#        problem line after "<path>: ", or None when the first line is the only one)
CLAIM_ROWS: dict[str, tuple[str | bytes, str, str | None]] = {
    "entities is an object": (
        _mutate(_set({"a": 1}, "entities")),
        INVALID,
        "/entities: {'a': 1} is not of type 'array'",
    ),
    "name is a number": (_mutate(_set(3, "name")), INVALID, "/name: 3 is not of type 'string'"),
    "id is a boolean": (
        _mutate(_set(True, "claims", 0, "id")),
        INVALID,
        "/claims/0/id: True is not of type 'string'",
    ),
    "aliases is a string": (
        _mutate(_set("Rubio", "entities", 0, "aliases")),
        INVALID,
        "/entities/0/aliases: 'Rubio' is not of type 'array'",
    ),
    "roles is null": (
        _mutate(_set(None, "entities", 0, "roles")),
        INVALID,
        "/entities/0/roles: None is not of type 'array'",
    ),
    "unknown verdict": (
        _mutate(_set("maybe", "claims", 0, "verdict")),
        INVALID,
        "/claims/0/verdict: 'maybe' is not one of "
        "['true', 'false', 'misleading', 'unproven', 'unverified']",
    ),
    "unknown entity kind": (
        _mutate(_set("planet", "entities", 0, "kind")),
        INVALID,
        "/entities/0/kind: 'planet' is not one of ['person', 'organization', 'place', 'outlet']",
    ),
    "duplicate entity ids": (
        _mutate(lambda d: d["entities"].append(copy.deepcopy(d["entities"][0]))),
        INVALID,
        "/entities/7/id: duplicate id 'marco-rubio' (first at /entities/0)",
    ),
    "duplicate claim ids": (
        _mutate(lambda d: d["claims"].append(copy.deepcopy(d["claims"][1]))),
        INVALID,
        "/claims/4/id: duplicate id 'trump-met-european-leaders-2025-08-18' (first at /claims/1)",
    ),
    "dangling entity id": (
        _mutate(lambda d: d["claims"][0]["entities"].append("nobody")),
        "invalid claim file (dangling entity ids)",
        "claim 'rubio-secretary-of-state' names unknown entity 'nobody'",
    ),
    "30 February": (
        _mutate(_set("2025-02-30", "claims", 0, "date")),
        INVALID,
        "/claims/0/date: '2025-02-30' is not a real calendar date",
    ),
    "month 13": (
        _mutate(_set("2025-13-01", "claims", 0, "date")),
        INVALID,
        "/claims/0/date: '2025-13-01' is not valid here: "
        "a date as YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known",
    ),
    "as_of in words": (
        _mutate(_set("yesterday", "as_of")),
        INVALID,
        "/as_of: 'yesterday' is not valid here: "
        "a date as YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known",
    ),
    "role from after to": (
        _mutate(_set("2026-01-01", "entities", 0, "roles", 2, "from")),
        INVALID,
        "/entities/0/roles/2: 'from' 2026-01-01 is after 'to' 2025-01-20",
    ),
    "100,000 nested arrays": (
        "[" * 100_000 + "]" * 100_000,
        "invalid claim file: JSON nested too deeply",
        None,
    ),
    "invalid JSON": (
        '{\n  "entities": [\n    {"id": "a",}\n  ]\n}\n',
        "3:16: invalid JSON: Expecting property name enclosed in double quotes",
        None,
    ),
    "text after the JSON": (
        json.dumps(SEED_DATA) + "\n}",
        "2:1: invalid JSON: Extra data",
        None,
    ),
    "not UTF-8": (
        '{"name": "Élysée"}'.encode("latin-1"),
        "claim file is not UTF-8 (byte 10)",
        None,
    ),
    "empty file": ("", "claim file is empty", None),
    "a JSON array": (
        "[]",
        INVALID,
        "/: expected a JSON object with 'entities' and 'claims'",
    ),
    "missing entity name": (
        _mutate(_pop("entities", 0, "name")),
        INVALID,
        "/entities/0: 'name' is a required property",
    ),
    "missing verdict": (
        _mutate(_pop("claims", 0, "verdict")),
        INVALID,
        "/claims/0: 'verdict' is a required property",
    ),
    "unknown property": (
        _mutate(_set("Marco", "entities", 0, "nickname")),
        INVALID,
        "/entities/0: unknown property 'nickname'; known: id, kind, name, english_name, "
        "aliases, translated_names, gender, country, url, description, roles, sources; "
        "names starting with 'x-' are free for extensions",
    ),
    "empty id": (
        _mutate(_set("", "entities", 0, "id")),
        INVALID,
        "/entities/0/id: '' is not valid here: "
        "an id of letters, digits and _ . : - starting with a letter or digit",
    ),
    "blank alias": (
        _mutate(lambda d: d["entities"][0]["aliases"].append("  ")),
        INVALID,
        "/entities/0/aliases/2: '  ' is not valid here: a string that is not blank",
    ),
    "evidence without source": (
        _mutate(_pop("claims", 0, "evidence", 0, "source")),
        INVALID,
        "/claims/0/evidence/0: 'source' is a required property",
    ),
    "bad language code in keywords": (
        _mutate(_set(["x"], "claims", 0, "keywords", "French")),
        INVALID,
        "/claims/0/keywords: 'French' is not valid here: a language code such as 'fr' or 'en'",
    ),
    "gender on an organisation": (
        _mutate(_set("male", "entities", 6, "gender")),
        INVALID,
        "/entities/6: 'gender' is not allowed here (gender is given for people only)",
    ),
    "url that is not a URL": (
        _mutate(_set("not a url", "entities", 0, "url")),
        INVALID,
        "/entities/0/url: 'not a url' is not a 'uri'",
    ),
    "NaN": ('{"name": NaN}', "invalid JSON: NaN is not a JSON value", None),
    "the same key twice": (
        '{"name": "a", "name": "b"}',
        "invalid JSON: key 'name' appears twice in one object",
        None,
    ),
    "a 5,000-digit number": (
        '{"version": 1' + "0" * 5000 + "}",
        "invalid JSON: a number is too long to read",
        None,
    ),
    "lone surrogate escape": (
        '{"name": "\\ud800"}',
        INVALID,
        "/name: string holds a lone surrogate ('\\ud800')",
    ),
}


@pytest.mark.parametrize("row", list(CLAIM_ROWS), ids=list(CLAIM_ROWS))
def test_invalid_claim_file(tmp_path: Path, row: str) -> None:
    content, first, problem = CLAIM_ROWS[row]
    path = tmp_path / "claims.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, "utf-8")
    with untouched(path):
        result = CliRunner().invoke(main, ["kb", "validate", str(path)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert lines[0] == (f"{path}:{first}" if first[0].isdigit() else f"{path}: {first}")
    if problem is None:
        assert len(lines) == 1, lines
    else:
        assert lines[1:] == [f"{path}: {problem}"]


def test_an_oversized_claim_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "claims.json"
    with path.open("wb") as handle:
        handle.truncate(300_000_000)  # sparse: the size is all that is looked at
    result = CliRunner().invoke(main, ["kb", "validate", str(path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"{path}: claim file is 300,000,000 bytes, more than the {MAX_CLAIM_FILE_SIZE:,} "
        "allowed (raise --claims-max-size)\n"
    )


def test_the_claim_file_cap_fits_a_database_and_the_user_sets_it(
    seed_copy: Path, tmp_path: Path
) -> None:
    assert MAX_CLAIM_FILE_SIZE >= 100_000_000, "a 50,000-claim database (11 MB) must load"
    claims = seed_copy.parent / "claims.json"
    args = [str(seed_copy), "--no-translate", "--output-dir", str(tmp_path / "out")]
    result = CliRunner().invoke(main, [*args, "--claims-max-size", "100"])
    assert result.exit_code == 2
    size = claims.stat().st_size
    assert f"{claims}: claim file is {size:,} bytes, more than the 100 allowed" in result.stderr
    config = seed_copy.parent / "factcheck.toml"
    config.write_text("claims-max-size = 100\n", "utf-8")
    assert CliRunner().invoke(main, args).exit_code == 2, "the config key sets the cap too"
    config.write_text(f"claims-max-size = {size}\n", "utf-8")
    assert CliRunner().invoke(main, args).exit_code == 1, "the seed's findings, as always"
