"""`factcheck --help` stays fast: no heavy library is imported for it."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "torch",
    "argostranslate",
    "stanza",
    "spacy",
    "ctranslate2",
    "sumy",
    "dateparser",
    "jsonschema",
)


def test_help_imports_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "try:\n    main(['--help'], prog_name='factcheck')\nexcept SystemExit:\n    pass\n"
        f"print('HEAVY=' + ','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "Usage: factcheck" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "HEAVY="
