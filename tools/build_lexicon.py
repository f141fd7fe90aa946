"""Build ``src/factcheck/data/fr/lexicon_en.tsv`` from FreeDict's French-English dictionary.

The translation quality estimate (``factcheck.translate.quality``) asks how
many of a French sentence's content words have a dictionary translation in
the English. Its lexicon comes from FreeDict ``fra-eng`` 0.4.1 (8,505
headwords, GPL-2.0-or-later, https://freedict.org/), as Debian packages it in
``dict-freedict-fra-eng``. Run from the repository root::

    apt-get download dict-freedict-fra-eng          # or apt-get install it
    python tools/build_lexicon.py --deb dict-freedict-fra-eng_*.deb
    python tools/build_lexicon.py --dict /usr/share/dictd/freedict-fra-eng.dict.dz

Each output line is ``french<TAB>english word|english word|...``: the
single-word French headwords (a capital marks a proper noun: "Gênes"), with
the lower-cased words of their English translations (parenthesised notes and
grammar tags dropped).
Lines are sorted, so the same dictionary gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "factcheck" / "data" / "fr" / "lexicon_en.tsv"
DICT_IN_DEB = "usr/share/dictd/freedict-fra-eng.dict.dz"
HEADER = (
    "# French -> English words, from FreeDict fra-eng 0.4.1 (https://freedict.org/),\n"
    "# (c) 1999 Horst Eyermann, 2010 John Darrington, 2017 FreeDict project;\n"
    "# GNU General Public License version 2.0 or later. Built by tools/build_lexicon.py.\n"
)
ENGLISH_STOP = frozenset(
    "a an the to of and or be been being is are was were in on at by for from with as "
    "one's oneself someone something sb sth it its this that".split()
)
_HEADWORD = re.compile(r"^(?P<word>[^/<]+?)\s*(?:/[^/]*/)?\s*(?:<[^>]*>)?\s*$")


def read_dict(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8")


def entries(text: str) -> dict[str, set[str]]:
    """French headword -> English words, from dictd's plain-text entries.

    An entry is a headword line (word, /pronunciation/, <part of speech>)
    followed by lines of comma-separated translations; an empty line or the
    next headword line ends it. The index is not needed: a headword line is
    the one that carries a /pronunciation/.
    """
    lexicon: dict[str, set[str]] = {}
    current: str | None = None
    for line in text.splitlines():
        if line.startswith("00-database") or not line.strip():
            current = None
            continue
        if "/" in line and _HEADWORD.match(line):
            word = _HEADWORD.match(line)["word"].strip()  # type: ignore[index]
            plain = re.fullmatch(r"[a-zàâäçéèêëîïôöùûüÿœæ'’-]+", word.lower())
            current = word if plain else None
            continue
        if current is None or line.startswith(" "):
            continue
        english = re.sub(r"\([^)]*\)|<[^>]*>|\[[^]]*\]", " ", line).lower()
        for word in re.findall(r"[a-z][a-z'-]*", english):
            if word not in ENGLISH_STOP and len(word) > 1:
                lexicon.setdefault(current, set()).add(word)
    return lexicon


def write(lexicon: dict[str, set[str]], output: Path) -> None:
    lines = [f"{fr}\t{'|'.join(sorted(en))}\n" for fr, en in sorted(lexicon.items()) if en]
    output.write_text(HEADER + "".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--deb", type=Path, help="dict-freedict-fra-eng_*.deb")
    source.add_argument("--dict", type=Path, help="freedict-fra-eng.dict.dz")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if args.deb is not None:
        with tempfile.TemporaryDirectory() as scratch:
            subprocess.run(["dpkg-deb", "-x", str(args.deb), scratch], check=True)
            text = read_dict(Path(scratch) / DICT_IN_DEB)
    else:
        text = read_dict(args.dict)
    lexicon = entries(text)
    write(lexicon, args.output)
    print(f"wrote {args.output}: {len(lexicon)} French words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
