"""Configuration files: ``factcheck.toml`` or ``[tool.factcheck]`` in ``pyproject.toml``.

The file nearest to an article wins, searching upward from the article's
folder; in one folder ``factcheck.toml`` beats ``pyproject.toml``, and a
``pyproject.toml`` without a ``[tool.factcheck]`` table is passed over.
Files are validated against ``schemas/config.schema.json``; relative paths
in them are relative to the file. Options given on the command line
override the file (see :func:`resolve_settings`).
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.core.errors import ConfigError
from factcheck.core.options import Options
from factcheck.core.severity import Severity
from factcheck.text.reading import read_limited, special_kind

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"
BASELINE_FILE = ".factcheck-baseline.json"
MAX_CONFIG_SIZE = 1_000_000  # bytes
INTEGER_KEYS = ("summary-sentences", "max-size")
_SELECTOR = re.compile(r"FC[0-9]{0,3}")

# Options fields that a config key sets directly: field -> (config key, click parameter).
SIMPLE_OPTIONS = {
    "builtin_kb": ("builtin-kb", "builtin_kb"),
    "lang": ("lang", "lang"),
    "translate": ("translate", "translate"),
    "summarizer": ("summarizer", "summarizer"),
    "summary_sentences": ("summary-sentences", "summary_sentences"),
    "summarize_source": ("summarize-source", "summarize_source"),
    "max_size": ("max-size", "max_size"),
    "claims_max_size": ("claims-max-size", "claims_max_size"),
    "require_coverage": ("require-coverage", "require_coverage"),
    "review_author": ("review-author", "review_author"),
}


@dataclass(frozen=True)
class Config:
    """One validated configuration table and the file it came from."""

    path: Path
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.path.parent

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def rules(self) -> Mapping[str, Any]:
        rules: Mapping[str, Any] = self.values.get("rules", {})
        return rules

    def relative(self, value: str) -> Path:
        """A path written in the file, made relative to where the file is."""
        return self.folder / value


@dataclass(frozen=True)
class Settings:
    """Everything one article is run with: the config file and the command line merged."""

    options: Options
    fail_on: str
    formats: tuple[str, ...]
    output_dir: Path
    baseline: Path | None
    config: Path | None = None


def display_path(path: Path) -> Path:
    """``path`` relative to the current folder when it is inside it (shorter messages)."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd())
    except ValueError:
        return absolute


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in ``start`` or a folder above it."""
    folder = Path(os.path.abspath(start))
    for candidate in (folder, *folder.parents):
        config = candidate / CONFIG_FILE
        if config.is_file() or special_kind(config):
            return display_path(config)
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_factcheck_table(pyproject):
            return display_path(pyproject)
        if (candidate / ".git").exists():
            return None  # the repository root: a file above it is not the project's
    return None


def _has_factcheck_table(pyproject: Path) -> bool:
    data = _parse_toml(pyproject)
    tool = data.get("tool")
    return isinstance(tool, dict) and "factcheck" in tool


def _parse_toml(path: Path) -> dict[str, Any]:
    raw = read_limited(path, MAX_CONFIG_SIZE, "a configuration file", ConfigError)
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 (byte {exc.start}); save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: tables or arrays nest too deep") from None


def load_config(path: Path) -> Config:
    """Read and validate one configuration file."""
    if path.is_dir():
        raise ConfigError(f"{path}: is a directory, not a configuration file")
    if not path.is_file() and special_kind(path) is None:
        raise ConfigError(f"{path}: configuration file not found")
    data = _parse_toml(path)
    root: tuple[str, ...] = ()
    if path.name == PYPROJECT:
        root = ("tool", "factcheck")
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "factcheck" not in tool:
            raise ConfigError(f"{path}: has no [tool.factcheck] table")
        data = tool["factcheck"]
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: tool.factcheck: expected a table")
    problems = config_problems(data, str(path), root)
    if problems:
        raise ConfigError("\n".join(problems))
    return Config(path=path, values=data)


def config_problems(data: Mapping[str, Any], where: str, root: Sequence[str] = ()) -> list[str]:
    """One line per problem: ``where: [table]: unknown key 'x'`` or ``where: key: message``."""
    from factcheck.core.jsonschemas import validator

    problems: list[str] = []
    errors = sorted(
        validator("config").iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]
    )
    for error in errors:
        location = [*root, *(str(p) for p in error.absolute_path)]
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            known = error.schema.get("properties", {})
            for key in sorted(k for k in error.instance if k not in known):
                problems.append(
                    f"{where}: {_table(location)}unknown key {key!r}{_hint(key, known)}"
                )
        else:
            path = _key_path(root, error.absolute_path)
            problems.append(f"{where}: {path}: {error.message}")
    if not problems:
        problems = _integer_problems(data, where, root) + _rule_code_problems(data, where, root)
    return problems


def _integer_problems(data: Mapping[str, Any], where: str, root: Sequence[str]) -> list[str]:
    """JSON Schema takes 2.0 for an integer; the options do not."""
    return [
        f"{where}: {_key_path(root, [key])}: {data[key]!r} is not an integer (write {int(data[key])})"
        for key in INTEGER_KEYS
        if isinstance(data.get(key), float)
    ]


def _table(location: Sequence[str]) -> str:
    return f"[{'.'.join(location)}]: " if location else ""


def _key_path(root: Sequence[str], path: Iterable[Any]) -> str:
    """``rules.severity.FC201`` or ``claims[0]``: where a value sits in the file."""
    text = ".".join(root)
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "top level"


def _hint(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _rule_code_problems(data: Mapping[str, Any], where: str, root: Sequence[str]) -> list[str]:
    rules = data.get("rules", {})
    table = ".".join([*root, "rules"])
    problems = []
    for key in ("disable", "enable"):
        for selector in rules.get(key, []):
            problem = selector_problem(selector)
            if problem:
                problems.append(f"{where}: [{table}] {key}: {problem}")
    for code in rules.get("severity", {}):
        problem = selector_problem(code)
        if problem:
            problems.append(f"{where}: [{table}.severity]: {problem}")
    return problems


def known_codes() -> list[str]:
    from factcheck.rules.registry import RULES

    return [rule.code for rule in RULES]


def selector_problem(selector: str) -> str | None:
    """Why ``selector`` (a code or a family prefix) is not usable, or None."""
    value = selector.strip().upper()
    if not _SELECTOR.fullmatch(value):
        return f"{selector!r} is not a rule code (FC101) or a family prefix (FC1)"
    if len(value) == 5 and value not in known_codes():
        return f"unknown rule {selector!r} (see 'factcheck rules')"
    return None


def disabled_codes(
    codes: Iterable[str], layers: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> tuple[str, ...]:
    """The codes switched off by (disable, enable) layers, later layers winning.

    Within a layer the longer (more specific) matching selector wins, so
    ``disable = ["FC2"]`` with ``enable = ["FC201"]`` leaves FC201 on.
    """
    off = []
    for code in codes:
        disabled = False
        for disable, enable in layers:
            d = _longest_match(code, disable)
            e = _longest_match(code, enable)
            if d or e:
                disabled = d > e
        if disabled:
            off.append(code)
    return tuple(off)


def _longest_match(code: str, selectors: Iterable[str]) -> int:
    return max(
        (len(s) for s in (x.strip().upper() for x in selectors) if code.startswith(s)), default=0
    )


class ConfigFinder:
    """The configuration for each article: an explicit file, none, or the nearest one."""

    def __init__(self, explicit: Path | None = None, enabled: bool = True) -> None:
        self._explicit = load_config(explicit) if explicit is not None else None
        self._enabled = enabled
        self._by_folder: dict[Path, Config | None] = {}
        self._by_path: dict[Path, Config] = {}

    def for_article(self, article: str) -> Config | None:
        if self._explicit is not None:
            return self._explicit
        if not self._enabled:
            return None
        folder = Path.cwd() if article == "-" else Path(os.path.abspath(article)).parent
        return self.for_folder(folder)

    def for_folder(self, folder: Path) -> Config | None:
        if self._explicit is not None or not self._enabled:
            return self._explicit
        if folder not in self._by_folder:
            path = find_config(folder)
            config = None
            if path is not None:
                key = Path(os.path.abspath(path))
                if key not in self._by_path:
                    self._by_path[key] = load_config(path)
                config = self._by_path[key]
            self._by_folder[folder] = config
        return self._by_folder[folder]


def resolve_settings(
    config: Config | None,
    params: Mapping[str, Any],
    explicit: Collection[str],
    default_formats: Sequence[str],
) -> Settings:
    """Merge a config file and click's parameters; options given on the command line win.

    ``explicit`` names the parameters the user typed (click's ParameterSource
    COMMANDLINE or ENVIRONMENT); the others hold click's defaults.
    """
    values: Mapping[str, Any] = config.values if config is not None else {}

    def pick(param: str, key: str, default: Any = None) -> Any:
        if param in explicit or key not in values:
            return params.get(param, default)
        return values[key]

    simple = {
        name: pick(param, key, getattr(Options(), name))
        for name, (key, param) in SIMPLE_OPTIONS.items()
    }
    for param in ("disable", "enable"):
        for selector in params.get(param) or ():
            problem = selector_problem(selector)
            if problem:
                raise ConfigError(f"--{param}: {problem}")
    rules = config.rules() if config is not None else {}
    layers = [
        (rules.get("disable", []), rules.get("enable", [])),
        (params.get("disable") or (), params.get("enable") or ()),
    ]
    options = Options(
        claims=_claims(config, params),
        article_date=params.get("article_date"),
        disabled_rules=disabled_codes(known_codes(), layers),
        severity_overrides={
            code.upper(): Severity(level) for code, level in rules.get("severity", {}).items()
        },
        **simple,
    )
    if "formats" in explicit:
        formats = tuple(params.get("formats") or ())
    else:
        formats = tuple(values.get("format", ())) or tuple(default_formats)
    output_dir = Path(params.get("output_dir") or "reports")
    if "output_dir" not in explicit and config is not None and "output-dir" in values:
        output_dir = config.relative(values["output-dir"])
    return Settings(
        options=options,
        fail_on=pick("fail_on", "fail-on", "error"),
        formats=formats,
        output_dir=output_dir,
        baseline=_baseline(config, params, explicit),
        config=config.path if config is not None else None,
    )


def _claims(config: Config | None, params: Mapping[str, Any]) -> list[Path]:
    given = [Path(p) for p in params.get("claims") or ()]
    if given or config is None:
        return given
    return [config.relative(p) for p in config.get("claims", [])]


def _baseline(
    config: Config | None, params: Mapping[str, Any], explicit: Collection[str]
) -> Path | None:
    if params.get("no_baseline"):
        return None
    if params.get("baseline") is not None and "baseline" in explicit:
        return Path(params["baseline"])
    if config is not None and "baseline" in config.values:
        return config.relative(config.values["baseline"])
    return default_baseline(config)


def default_baseline(config: Config | None) -> Path | None:
    """``.factcheck-baseline.json`` beside the config file, else in the current folder, if it exists."""
    candidates = [config.relative(BASELINE_FILE)] if config is not None else []
    candidates.append(Path(BASELINE_FILE))
    return next((c for c in candidates if c.is_file()), None)


def baseline_target(config: Config | None) -> Path:
    """Where ``factcheck baseline write`` writes by default."""
    if config is not None:
        return config.relative(config.values.get("baseline", BASELINE_FILE))
    return Path(BASELINE_FILE)
