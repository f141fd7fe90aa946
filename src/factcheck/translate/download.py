"""Installing a model from the Argos package index: fetch, check, then install, or nothing.

The index and the package links are argostranslate's own: the index URL is
``argostranslate.settings.remote_package_index`` (``ARGOS_PACKAGE_INDEX``
plus ``index.json``), a package's ``links`` come from the index, and the
download goes to ``argostranslate.settings.downloads_dir``. factcheck
fetches them itself rather than through ``AvailablePackage.download`` so
that it can show progress, and refuse a truncated or corrupt file before
anything is installed: the archive is checked (size announced by the
server, zip CRCs, ``metadata.json`` naming the wanted languages) and only
then handed to argostranslate; the downloaded file is always removed.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import tempfile
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factcheck.core.errors import ModelError

# (bytes received, bytes announced or None)
DownloadProgress = Callable[[int, int | None], None]
CHUNK = 1 << 16
TIMEOUT = 60  # seconds without data before a download is given up


def fetch_index(settings: Any) -> list[dict[str, Any]]:
    """The package index at ``settings.remote_package_index``, also kept where argostranslate keeps it."""
    url = settings.remote_package_index
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            data = response.read()
        index = json.loads(data)
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"cannot read the Argos package index at {url} ({exc}); install from a file with "
            "'factcheck models install --from-file FILE.argosmodel'"
        ) from None
    if not isinstance(index, list):
        raise ModelError(f"the Argos package index at {url} is not a list of packages")
    with contextlib.suppress(OSError):  # only a copy for argostranslate's own commands
        Path(settings.local_package_index).write_bytes(data)
    return [entry for entry in index if isinstance(entry, dict)]


def choose(index: list[dict[str, Any]], from_code: str, to_code: str) -> dict[str, Any]:
    wanted = [
        p
        for p in index
        if p.get("from_code") == from_code
        and p.get("to_code") == to_code
        and p.get("type", "translate") == "translate"
    ]
    if not wanted:
        raise ModelError(f"the Argos package index has no {from_code}->{to_code} model")
    return max(wanted, key=lambda p: _version_key(str(p.get("package_version", ""))))


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def download(links: list[str], folder: Path, progress: DownloadProgress | None = None) -> Path:
    """The package fetched from the first link that answers, into a temporary file in ``folder``."""
    if not links:
        raise ModelError("the package index gives no download link for this model")
    folder.mkdir(parents=True, exist_ok=True)
    errors = []
    for link in links:
        handle, name = tempfile.mkstemp(prefix="factcheck-", suffix=".argosmodel", dir=folder)
        path = Path(name)
        try:
            with open(handle, "wb") as out:
                _copy(link, out, progress)
            return path
        except BaseException as exc:
            path.unlink(missing_ok=True)  # Ctrl-C mid-download leaves no part file either
            if not isinstance(exc, (OSError, ValueError, http.client.HTTPException)):
                raise
            errors.append(f"{link}: {exc}")
    raise ModelError(f"downloading the model failed: {'; '.join(errors)}")


def _copy(link: str, out: Any, progress: DownloadProgress | None) -> None:
    with urllib.request.urlopen(link, timeout=TIMEOUT) as response:
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        received = 0
        if progress is not None:
            progress(0, total)
        while chunk := response.read(CHUNK):
            out.write(chunk)
            received += len(chunk)
            if progress is not None:
                progress(received, total)
    if total is not None and received != total:
        raise ValueError(f"truncated download: {received} of {total} bytes")


MAX_UNPACKED = 4 << 30  # bytes: the largest Argos packages unpack to well under 1 GB
MODEL_FILE = "model/model.bin"  # the CTranslate2 model every Argos package holds


def _check_members(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """One top folder holding the model, no member outside it, a bounded unpacked size."""
    tops = set()
    for member in members:
        name = member.filename.replace("\\", "/")
        parts = name.split("/")
        if name.startswith("/") or ".." in parts or (parts and parts[0].endswith(":")):
            raise ModelError(f"{path.name}: not an Argos model (a member lies outside its folder)")
        tops.add(parts[0])
    if len(tops) != 1:
        raise ModelError(f"{path.name}: not an Argos model (its files are not in one folder)")
    top = next(iter(tops))
    if not any(m.filename == f"{top}/{MODEL_FILE}" for m in members):
        raise ModelError(f"{path.name}: not an Argos model (no {MODEL_FILE} inside)")
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNPACKED:
        raise ModelError(
            f"{path.name}: unpacks to {unpacked / (1 << 30):.1f} GB, over the "
            f"{MAX_UNPACKED >> 30} GB an Argos model may take"
        )


def check_archive(path: Path, from_code: str | None = None, to_code: str | None = None) -> None:
    """Refuse a file that is not a whole Argos package (for ``from_code`` -> ``to_code``)."""
    try:
        with zipfile.ZipFile(path) as archive:
            broken = archive.testzip()
            if broken is not None:
                raise ModelError(
                    f"{path.name}: the model file is corrupt ({broken} fails its checksum)"
                )
            _check_members(path, archive.infolist())
            names = [n for n in archive.namelist() if n.endswith("metadata.json")]
            if not names:
                raise ModelError(f"{path.name}: not an Argos model (no metadata.json inside)")
            metadata = json.loads(archive.read(min(names, key=len)))
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelError(f"{path.name}: the model file is corrupt or truncated ({exc})") from None
    if from_code is None or to_code is None:
        return
    if metadata.get("from_code") != from_code or metadata.get("to_code") != to_code:
        raise ModelError(
            f"{path.name}: the model translates {metadata.get('from_code')}->"
            f"{metadata.get('to_code')}, not {from_code}->{to_code}"
        )
