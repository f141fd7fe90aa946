"""The test model on real articles: how many sentences FC402 flags, and what the reports say.

Takes the first ``--articles`` OrangeSum articles (``../shared/data/orangesum/``,
read in place) none of whose sentences is among the test model's pairs,
translates them with the project's tiny model
(``fixtures/models/translate-fr_en-tiny.argosmodel``, installed into a
temporary Argos folder, never the user's) and prints the share of their
sentences that FC402 flags, how many FC401/FC402 findings the reports hold,
how many reports say the model is a test fixture
(``translation.fixture``), how many say the translation is not usable, and
how many summaries hold sentences of the article with their translations.

    .venv/bin/python bench/fixture_model_orangesum.py [--articles 20] [--data ../shared/data/orangesum]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "orangesum"
MODEL = ROOT / "fixtures" / "models" / "translate-fr_en-tiny.argosmodel"
PAIRS = ROOT / "fixtures" / "models" / "tiny_pairs.tsv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--data", type=Path, default=DATA, help="OrangeSum folder")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="fc-fixture-bench-")
    for name, value in {
        "HOME": home,
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_CACHE_HOME": f"{home}/cache",
        "ARGOS_PACKAGES_DIR": f"{home}/packages",
    }.items():
        os.environ[name] = value
    sys.path.insert(0, str(ROOT / "src"))
    from factcheck.pipeline import Options, check_article
    from factcheck.report.json_report import report_dict
    from factcheck.text.reading import Article
    from factcheck.translate.models import install_from_file

    install_from_file(MODEL)
    known = {line.split("\t")[0] for line in PAIRS.read_text("utf-8").splitlines() if line}
    options = Options(builtin_kb=True, lang="fr")
    sentences = flagged = fixture = unusable = summaries_ok = articles = findings = 0
    with (args.data / "source_documents.txt").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            text = line.strip()
            if not text or any(pair in text for pair in known):
                continue
            raw = text.encode("utf-8")
            article = Article(f"orangesum-{number}.txt", text, "utf-8", raw)
            data = report_dict(check_article(article, options))
            translation = data["translation"]
            count = len(translation["sentences"])
            fc402 = [f["data"] for f in data["findings"] if f["code"] == "FC402"]
            # one finding a sentence, or one for an article whose translation is not usable
            hit = {i for d in fc402 for i in d.get("sentences", [d.get("sentence")])}
            warnings = sum(f["code"] in ("FC401", "FC402") for f in data["findings"])
            sentences += count
            flagged += len(hit)
            fixture += translation["fixture"] is True
            unusable += translation["usable"] is False
            summary = data["summary"][0]
            by_index = {s["index"]: s for s in translation["sentences"]}
            summaries_ok += (
                summary["language"] == "fr"
                and all(t in text for t in summary["text"])
                and summary.get("translation")
                == [by_index[i]["text"] for i in summary["sentences"]]
            )
            articles += 1
            findings += warnings
            print(
                f"article {number}: {len(hit)}/{count} sentences flagged FC402; "
                f"{warnings} FC401/FC402 findings"
            )
            if articles == args.articles:
                break
    print()
    print(f"{articles} articles, {sentences} sentences")
    print(f"FC402 on {flagged}/{sentences} sentences ({flagged / max(1, sentences):.1%})")
    print(f"FC401/FC402 findings: {findings} ({findings / max(1, articles):.1f} an article)")
    print(f"reports saying the model is a test fixture: {fixture}/{articles}")
    print(f"reports saying the translation is not usable: {unusable}/{articles}")
    print(
        f"summaries of the article's sentences with their translations: {summaries_ok}/{articles}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
