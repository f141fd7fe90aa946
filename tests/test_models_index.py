"""`factcheck models install fr en` from a package index served on 127.0.0.1, end to end.

The index and the package are served by http.server in a thread; the CLI
runs in a subprocess whose ``ARGOS_PACKAGE_INDEX`` (argostranslate's own
setting) points at it and whose Argos folders are all temporary. A
truncated or corrupt download must end with exit code 2, one line on
stderr, and nothing installed or left in the downloads folder.
"""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_translation import isolated_env

from conftest import TINY_MODEL
from factcheck.translate.download import download

FACTCHECK = [sys.executable, "-m", "factcheck"]


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the folder; ``/truncated.argosmodel`` announces the whole size but sends half."""

    def do_GET(self) -> None:
        if self.path == "/truncated.argosmodel":
            data = TINY_MODEL.read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.close_connection = True
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


def corrupt_copy(target: Path) -> None:
    """The tiny model with one byte of its weights flipped (the zip CRC no longer matches)."""
    with zipfile.ZipFile(TINY_MODEL) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith("model.bin"))
        offset = info.header_offset + 30 + len(info.filename) + len(info.extra) + 100
    data = bytearray(TINY_MODEL.read_bytes())
    data[offset] ^= 0xFF
    target.write_bytes(bytes(data))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "tiny.argosmodel").write_bytes(TINY_MODEL.read_bytes())
    corrupt_copy(site / "corrupt.argosmodel")
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a: Handler(*a, directory=str(site))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/", site
    finally:
        httpd.shutdown()
        httpd.server_close()


def write_index(site: Path, base: str, file: str) -> None:
    entry = {
        "package_version": "1.0",
        "argos_version": "1.11.0",
        "from_code": "fr",
        "from_name": "French",
        "to_code": "en",
        "to_name": "English",
        "type": "translate",
        "links": [base + file],
    }
    (site / "index.json").write_text(json.dumps([entry]), encoding="utf-8")


def run(home: Path, base: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = isolated_env(home) | {"ARGOS_PACKAGE_INDEX": base}
    return subprocess.run(
        [*FACTCHECK, "models", *args], env=env, capture_output=True, text=True, timeout=120
    )


def leftovers(home: Path) -> list[Path]:
    """Installed package folders and downloaded files under ``home``."""
    packages = home / "packages"
    downloads = home / "cache" / "argos-translate" / "downloads"
    found = list(packages.iterdir()) if packages.is_dir() else []
    return found + (list(downloads.iterdir()) if downloads.is_dir() else [])


def test_install_from_a_served_index(server: tuple[str, Path], tmp_path: Path) -> None:
    base, site = server
    write_index(site, base, "tiny.argosmodel")
    home = tmp_path / "home"
    done = run(home, base, "install", "fr", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "installed fr -> en version 1.0"
    listed = run(home, base, "list")
    assert "(test fixture, knows 41 sentences)" in listed.stdout
    assert [p.name for p in leftovers(home)] == ["translate-fr_en-tiny"]


@pytest.mark.parametrize("file", ["truncated.argosmodel", "corrupt.argosmodel"])
def test_a_bad_download_installs_nothing(
    server: tuple[str, Path], tmp_path: Path, file: str
) -> None:
    base, site = server
    write_index(site, base, file)
    home = tmp_path / "home"
    done = run(home, base, "install", "fr", "en")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert ("truncated" if file.startswith("truncated") else "corrupt") in lines[0]
    assert leftovers(home) == []


def test_an_index_without_the_pair_is_one_line(server: tuple[str, Path], tmp_path: Path) -> None:
    base, site = server
    write_index(site, base, "tiny.argosmodel")
    done = run(tmp_path / "home", base, "install", "de", "en")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "factcheck: error: the Argos package index has no de->en model"
    ]


def test_download_reports_progress_up_to_the_announced_size(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = server
    seen: list[tuple[int, int | None]] = []
    path = download(
        [base + "tiny.argosmodel"], tmp_path, lambda got, total: seen.append((got, total))
    )
    size = TINY_MODEL.stat().st_size
    assert path.read_bytes() == TINY_MODEL.read_bytes()
    assert seen[0] == (0, size) and seen[-1] == (size, size)
    assert len(seen) > 2  # several steps, not one jump


def test_ctrl_c_mid_download_leaves_no_part_file(server: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = server

    def interrupt(got: int, total: int | None) -> None:
        if got > 0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        download([base + "tiny.argosmodel"], tmp_path / "downloads", interrupt)
    assert list((tmp_path / "downloads").iterdir()) == []


def test_a_long_download_shows_a_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    from factcheck.cli.manage import DownloadBar

    with DownloadBar("downloading the fr->en model") as bar:
        for got in range(1 << 21, 50_000_001, 1 << 23):
            bar.update(got, 50_000_000)
        bar.update(50_000_000, 50_000_000)
    assert "downloading the fr->en model" in capsys.readouterr().err


def test_a_short_download_shows_no_bar(capsys: pytest.CaptureFixture[str]) -> None:
    from factcheck.cli.manage import DownloadBar

    with DownloadBar("downloading") as bar:
        bar.update(0, 300_000)
        bar.update(300_000, 300_000)
    assert capsys.readouterr().err == ""
