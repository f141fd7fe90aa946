"""``factcheck check`` (the default command) and ``factcheck baseline write``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from factcheck.app.gate import FAIL_ON_CHOICES
from factcheck.cli.base import (
    DEFAULT_FORMATS,
    FORMATS,
    SUMMARIZERS,
    F,
    SummaryLength,
    handle_errors,
    main,
    parse_date,
    parse_lang,
)
from factcheck.core.errors import FactcheckError
from factcheck.report.escape import terminal
from factcheck.text.reading import MAX_SIZE_LIMIT, refuse_special_files


def _article_options(func: F) -> F:
    """Options that decide what is found: shared by 'check' and 'baseline write'."""
    options = [
        click.option(
            "--claims",
            "claims",
            multiple=True,
            type=click.Path(path_type=Path),
            help="Claim file (repeatable, merged). Default: the config's 'claims', else "
            "<name>.claims.json or claims.json beside the article.",
        ),
        click.option(
            "--builtin-kb/--no-builtin-kb",
            default=True,
            help="Load the built-in knowledge base (default: yes).",
        ),
        click.option(
            "--lang", callback=parse_lang, help="Language of the article (default: detected)."
        ),
        click.option(
            "--translate/--no-translate", default=True, help="Translate to English (default: yes)."
        ),
        click.option(
            "--date", "article_date", callback=parse_date, help="Article date (YYYY-MM-DD)."
        ),
        click.option(
            "--max-size",
            type=click.IntRange(1, MAX_SIZE_LIMIT),
            default=5_000_000,
            show_default=True,
            help="Refuse articles larger than this many bytes.",
        ),
        click.option(
            "--claims-max-size",
            type=click.IntRange(1, 100_000_000_000),
            default=200_000_000,
            show_default=True,
            help="Refuse claim files larger than this many bytes.",
        ),
        click.option(
            "--disable",
            multiple=True,
            metavar="CODE",
            help="Do not run a rule: a code (FC201) or a family (FC2). Repeatable.",
        ),
        click.option(
            "--enable",
            multiple=True,
            metavar="CODE",
            help="Run a rule the config file disables. Repeatable.",
        ),
        click.option(
            "--require-coverage/--no-require-coverage",
            default=False,
            help="Make FC304 (a check-worthy claim the claim file does not cover) an error.",
        ),
        click.option(
            "--config",
            "config_file",
            type=click.Path(path_type=Path),
            help="Configuration file to use. Default: the nearest factcheck.toml, or "
            "pyproject.toml with [tool.factcheck], in the article's folder or above, "
            "up to the repository root (the folder holding .git).",
        ),
        click.option(
            "--no-config",
            "--isolated",
            "no_config",
            is_flag=True,
            help="Ignore configuration files (no search).",
        ),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(1),
            default=1,
            show_default=True,
            help="Worker processes checking articles at the same time.",
        ),
        click.option(
            "--no-progress", is_flag=True, help="No progress bar (only shown on a terminal)."
        ),
        click.option(
            "--cache-dir",
            type=click.Path(path_type=Path, file_okay=False),
            help="Translation cache folder. Default: $XDG_CACHE_HOME/factcheck.",
        ),
        click.option(
            "--no-cache", is_flag=True, help="Neither read nor write the translation cache."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


_NAMED_FILES = (("baseline", "a baseline file"), ("config_file", "a configuration file"))


def _explicit(ctx: click.Context) -> set[str]:
    """The parameters the user gave (they override the config file)."""
    from click.core import ParameterSource

    given = (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT, ParameterSource.PROMPT)
    return {name for name in ctx.params if ctx.get_parameter_source(name) in given}


def _setup(ctx: click.Context, params: dict[str, Any], articles: tuple[str, ...] = ()) -> Any:
    # Before the slow imports: a FIFO or a device is refused at once (opening it could block).
    named = [(p, "an article file") for p in articles if p != "-"]
    named += [(p, "a claim file") for p in params.get("claims") or ()]
    named += [(params[k], what) for k, what in _NAMED_FILES if params.get(k)]
    refuse_special_files(named)
    from factcheck.app.batch import RunSetup
    from factcheck.translate.cache import default_cache_dir

    if params["config_file"] is not None and params["no_config"]:
        raise click.UsageError("give either --config FILE or --no-config, not both")
    return RunSetup(
        jobs=params["jobs"],
        progress=not params["no_progress"],
        cache_dir=None if params["no_cache"] else params["cache_dir"] or default_cache_dir(),
        config=params["config_file"],
        use_config=not params["no_config"],
        debug=bool(ctx.find_root().params.get("debug")),
    )


@main.command("check")
@click.argument("articles", nargs=-1, required=True)
@_article_options
@click.option(
    "--summarizer",
    type=click.Choice(SUMMARIZERS),
    default=SUMMARIZERS[0],
    show_default=True,
    help="lead-lexrank: LexRank with a lead prior (best on news); or one of sumy's own.",
)
@click.option(
    "--summary-sentences",
    type=SummaryLength(),
    default="auto",
    show_default=True,
    help="Sentences per summary, 0-50, or 'auto' to fit the article's length.",
)
@click.option(
    "--summarize-source",
    is_flag=True,
    help="Kept for old commands: the summary is always taken from the article itself.",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(FORMATS),
    help="Output format (repeatable). Default: text on the terminal, json and markdown files.",
)
@click.option(
    "--output-dir",
    type=click.Path(path_type=Path),
    default=Path("reports"),
    show_default=True,
    help="Where report files are written.",
)
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default="error", show_default=True)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path),
    help="Baseline of accepted findings, not reported again. Default: the config's "
    "'baseline', else .factcheck-baseline.json beside the config file or here, if it exists.",
)
@click.option("--no-baseline", is_flag=True, help="Report every finding, ignoring baselines.")
@click.option(
    "--quiet", "-q", is_flag=True, help="No summary on stderr (counts, gate, report files)."
)
@click.option(
    "--review-author",
    default="factcheck",
    show_default=True,
    help="Author and publisher of the ClaimReview export (--format claimreview).",
)
@handle_errors
def check_command(articles: tuple[str, ...], **params: Any) -> None:
    """Check ARTICLES (files, folders, glob patterns, or - for stdin) and write reports.

    Folders and patterns give their *.txt and *.md files. Settings come from
    the nearest configuration file; options given here override it.
    """
    from dataclasses import replace

    from factcheck.app.batch import run_batch

    ctx = click.get_current_context()
    setup = _setup(ctx, params, articles)
    setup = replace(setup, quiet=params["quiet"])
    result = run_batch(articles, params, _explicit(ctx), setup, DEFAULT_FORMATS)
    sys.exit(int(result.exit_code))


@main.group("baseline")
def baseline_group() -> None:
    """Accept reviewed findings, so that later runs report only new ones."""


@baseline_group.command("write")
@click.argument("articles", nargs=-1, required=True)
@_article_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Baseline file to write. Default: the config's 'baseline', else "
    ".factcheck-baseline.json beside the config file, else here.",
)
@handle_errors
def baseline_write(articles: tuple[str, ...], output: Path | None, **params: Any) -> None:
    """Record the current findings of ARTICLES as accepted.

    Entries for other articles already in the file are kept. Later runs
    ('factcheck check') leave these findings out, until the sentence around
    one of them changes.
    """
    from dataclasses import replace

    from factcheck.app.baseline import write_baseline
    from factcheck.app.batch import run_batch
    from factcheck.app.config import ConfigFinder, baseline_target

    ctx = click.get_current_context()
    setup = _setup(ctx, params)
    if output is None:
        first = Path(articles[0])
        folder = first if first.is_dir() else first.parent
        finder = ConfigFinder(setup.config, setup.use_config)
        output = baseline_target(finder.for_folder(folder))
    setup = replace(setup, collect_keys_in=output.parent)
    params = {**params, "formats": (), "no_baseline": True}
    result = run_batch(articles, params, _explicit(ctx) | {"formats"}, setup, ())
    if result.tally.errors:
        raise FactcheckError(
            f"baseline not written: {result.tally.errors} article(s) could not be checked"
        )
    written, kept = write_baseline(output, result.keys, result.articles)
    articles_count = len(result.articles)
    click.echo(
        f"wrote {written} accepted finding(s) for {articles_count} article(s) to "
        f"{terminal(str(output))}" + (f" (kept {kept} for other articles)" if kept else "")
    )
