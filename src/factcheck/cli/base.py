"""The ``factcheck`` group and what every command shares: errors, options, types."""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any, TypeVar

import click

from factcheck import __version__
from factcheck.app.gate import ExitCode
from factcheck.core.errors import FactcheckError
from factcheck.report.escape import terminal

F = TypeVar("F", bound=Callable[..., Any])

SUMMARIZERS = ("lead-lexrank", "lexrank", "lsa", "textrank", "luhn")  # summarize.ALGORITHMS
FORMATS = ("text", "json", "markdown", "html", "sarif", "github", "claimreview")
DEFAULT_FORMATS = ("text", "json", "markdown")


def fail(message: str, code: ExitCode = ExitCode.ERROR) -> None:
    """Print one line for the user and exit with ``code``."""
    click.echo(f"factcheck: error: {terminal(message, one_line=False)}", err=True)
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


LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # as the config schema's "lang" says


def parse_lang(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--lang``: an ISO 639 code, two or three letters ("fr", "FR" read as "fr")."""
    if value is None:
        return None
    if not LANGUAGE_CODE.fullmatch(value.strip().lower()):
        shown = value.encode("unicode_escape").decode("ascii")
        raise click.BadParameter(f"'{shown}' is not a language code such as 'fr' or 'en'")
    return value.strip().lower()


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None
