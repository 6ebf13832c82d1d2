"""The stored-query catalogue: ``queries/NAME.rq`` files with a grlc-style ``#+`` header.

A header is YAML once ``#+ `` is stripped from its lines::

    #+ summary: Operations that involved a region
    #+ description: ...
    #+ params:
    #+   region: {type: string, required: true, example: Hunan, description: ...}

A parameter ``p`` is bound by replacing exactly its line ``VALUES ?p { UNDEF }`` with the same line
holding one validated, escaped RDF term (never by pasting text, never by engine-side bindings),
so the same rendered text runs on any engine or endpoint. An unbound ``VALUES ?p { UNDEF }`` is a
no-op, so every file is valid SPARQL as it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from narcokg.errors import InputError, ParameterError, UnknownQueryError
from narcokg.files import read_text
from narcokg.namespaces import XSD
from narcokg.queries.entities import ENTITY_KINDS, entity_kind
from narcokg.queries.headers import DATE, parse_simple_header
from narcokg.queries.results import ECHAR

PARAM_TYPES = ("string", "integer", "decimal", "boolean", "date", "iri")
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_INTEGER = re.compile(r"[+-]?\d+\Z")
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)\Z")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20\x7f]*\Z")
_FORBIDDEN_CONTROL = re.compile(r"[\x00-\x07\x0b\x0e-\x1f\x7f]")


class Param(NamedTuple):
    name: str
    type: str
    required: bool
    example: str
    description: str
    entity: str | None = None  # the kind of entity the value names (narcokg.queries.entities)


class StoredQuery(NamedTuple):
    name: str
    summary: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


class Catalogue:
    """Stored queries by name."""

    __slots__ = ("queries",)

    def __init__(self, queries: Mapping[str, StoredQuery]) -> None:
        self.queries = queries

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Catalogue) and self.queries == other.queries

    def __repr__(self) -> str:
        return f"Catalogue(queries={self.queries!r})"

    def get(self, name: str) -> StoredQuery:
        """The query called ``name``; :class:`UnknownQueryError` lists the close names."""
        if name in self.queries:
            return self.queries[name]
        import difflib  # only for this message: imports cost start-up (benchmarks/README.md)

        close = difflib.get_close_matches(name, list(self.queries), n=3, cutoff=0.5)
        hint = f"did you mean {', '.join(close)}?" if close else "list them with `narcokg queries`"
        raise UnknownQueryError(f"no stored query is called {name!r}: {hint}")

    def __iter__(self) -> Iterator[StoredQuery]:
        return iter(sorted(self.queries.values(), key=lambda q: q.name))

    def __len__(self) -> int:
        return len(self.queries)


def load_catalogue(*dirs: Path) -> Catalogue:
    """Every ``*.rq`` of ``dirs``; later folders add queries, and a name used twice is an error."""
    found: dict[str, StoredQuery] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.rq")):
            query = load_query(path)
            if query.name in found:
                raise InputError(
                    f"two stored queries are called {query.name!r}: {found[query.name].path} "
                    f"and {path}; rename one of them"
                )
            found[query.name] = query
    return Catalogue(found)


def load_query(path: Path) -> StoredQuery:
    """Read one stored query file and check its header against its text."""
    name = path.stem
    if not _NAME.match(name):
        raise InputError(f"{path}: stored query names are kebab-case, like operations-in-region")
    text = read_text(path, "stored query file")
    header = read_header(path, text)
    if not isinstance(header, dict) or not isinstance(header.get("summary"), str):
        raise InputError(f"{path}: the #+ header needs at least `summary: <one line>`")
    params = tuple(read_param(path, n, spec) for n, spec in (header.get("params") or {}).items())
    for param in params:
        if len(_undef_lines(text, param.name)) != 1:
            raise InputError(
                f"{path}: parameter {param.name!r} needs exactly one line "
                f"`VALUES ?{param.name} {{ UNDEF }}` in the query"
            )
        make_term(param, param.example)  # the example must itself be valid
    return StoredQuery(name, header["summary"].strip(), str(header.get("description", "")).strip(),
                       params, text, path)  # fmt: skip


def read_header(path: Path, text: str) -> Any:
    """The ``#+`` header as YAML reads it (without importing PyYAML when the header is simple)."""
    lines = [line[2:].removeprefix(" ") for line in text.splitlines() if line.startswith("#+")]
    simple = parse_simple_header(lines)
    if simple is not None:
        return simple
    import yaml

    try:
        return yaml.safe_load("\n".join(lines)) or {}
    except yaml.YAMLError as error:
        raise InputError(f"{path}: the #+ header is not valid YAML: {error}") from error


def read_param(path: Path, name: Any, spec: Any) -> Param:
    """One ``params:`` entry of a header."""
    if not isinstance(name, str) or not _VARIABLE.match(name) or not isinstance(spec, dict):
        raise InputError(f"{path}: parameter {name!r} must be `name: {{type: ..., example: ...}}`")
    kind = spec.get("type", "string")
    if kind not in PARAM_TYPES:
        raise InputError(f"{path}: parameter {name!r} has type {kind!r}; use {PARAM_TYPES}")
    if "example" not in spec:
        raise InputError(f"{path}: parameter {name!r} needs an `example:`")
    example = spec["example"]
    if isinstance(example, bool):
        example = "true" if example else "false"
    entity = spec.get("entity")
    if entity is not None and (kind != "string" or entity_kind(str(entity)) is None):
        raise InputError(
            f"{path}: parameter {name!r} has entity {entity!r}; a string parameter may name one "
            f"of {', '.join(ENTITY_KINDS)}"
        )
    return Param(name, kind, bool(spec.get("required", False)), str(example),
                 str(spec.get("description", "")).strip(), entity)  # fmt: skip


def render_query(query: StoredQuery, values: Mapping[str, str]) -> str:
    """``query``'s text with each given value bound in place of its ``VALUES ?p { UNDEF }`` line."""
    known = {p.name for p in query.params}
    for name in values:
        if name not in known:
            import difflib

            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"it takes {_list_params(query)}"
            raise ParameterError(f"{query.name} has no parameter {name!r}: {hint}")
    text = query.text
    for param in query.params:
        if param.name not in values:
            if param.required:
                raise ParameterError(
                    f"{query.name} needs parameter {param.name!r} ({param.type}), "
                    f"for example {example_option(param)}",
                    _examples(param),
                )
            continue
        term = make_term(param, values[param.name])
        text = _bind_line(text, param.name, term)
    return text


def _bind_line(text: str, name: str, term: str) -> str:
    """``text`` with ``VALUES ?name { UNDEF }`` replaced by ``VALUES ?name { term }``."""
    match = _undef_pattern(name).search(text)
    if match is None:
        raise ParameterError(f"the query has no line `VALUES ?{name} {{ UNDEF }}` to bind")
    bound = f"{match.group(1)}VALUES ?{name} {{ {term} }}"
    return text[: match.start()] + bound + text[match.end() :]


def _list_params(query: StoredQuery) -> str:
    return ", ".join(p.name for p in query.params) or "no parameters"


def _undef_pattern(name: str) -> re.Pattern[str]:
    """The line ``VALUES ?name { UNDEF }`` (group 1: its indentation)."""
    return re.compile(
        rf"^([ \t]*)VALUES[ \t]+\?{re.escape(name)}[ \t]*\{{[ \t]*UNDEF[ \t]*\}}[ \t]*$",
        re.MULTILINE,
    )


def _undef_lines(text: str, name: str) -> list[str]:
    return _undef_pattern(name).findall(text)


def make_term(param: Param, value: str) -> str:
    """``value`` as a validated SPARQL term of ``param``'s type.

    >>> make_term(Param("n", "integer", True, "1", ""), "+42")
    '"+42"^^<http://www.w3.org/2001/XMLSchema#integer>'
    >>> make_term(Param("s", "string", True, "x", ""), 'a"b')
    '"a\\\\"b"'
    """
    checks = {"integer": _INTEGER, "decimal": _DECIMAL, "date": DATE, "iri": _IRI}
    if param.type == "string":
        return '"' + escape_literal(param, value) + '"'
    if param.type == "boolean":
        if value.lower() not in ("true", "false"):
            raise _ill_typed(param, value)
        return value.lower()
    if not checks[param.type].match(value):
        raise _ill_typed(param, value)
    if param.type == "iri":
        return f"<{value}>"
    if param.type == "date":
        from datetime import date

        try:
            date.fromisoformat(value)
        except ValueError:
            raise _ill_typed(param, value) from None
    return f'"{value}"^^<{XSD}{param.type}>'


def escape_literal(param: Param, value: str) -> str:
    """The body of a double-quoted SPARQL string holding exactly ``value``.

    Backslash first, then quotes and the ECHAR controls. rdflib decodes ``\\uXXXX`` anywhere in the
    query *before* tokenising, so a ``u``/``U`` after an escaped backslash is itself written as a
    ``\\U`` escape: no engine can then read ``\\u0022`` in a value as a quote. Other control
    characters have no ECHAR and are refused.
    """
    if match := _FORBIDDEN_CONTROL.search(value):
        raise ParameterError(
            f"parameter {param.name!r} contains the control character U+{ord(match.group()):04X}; "
            "remove it (only tab, newline and carriage return are allowed in text)"
        )
    out: list[str] = []
    for index, char in enumerate(value):
        if char in "uU" and index > 0 and value[index - 1] == "\\":
            out.append(f"\\U{ord(char):08X}")
        else:
            out.append(ECHAR.get(char, char))
    return "".join(out)


def _ill_typed(param: Param, value: str) -> ParameterError:
    return ParameterError(
        f"parameter {param.name!r} must be {_A_TYPE[param.type]}, not {value!r}; "
        f"for example {example_option(param)}",
        _examples(param),
    )


def _examples(param: Param) -> dict[str, str]:
    """The command-line example of ``param`` and the same binding as a URL query string.

    >>> _examples(Param("region", "string", True, "Inner Mongolia", ""))
    {"-p 'region=Inner Mongolia'": '?region=Inner+Mongolia'}
    """
    from urllib.parse import urlencode

    return {example_option(param): "?" + urlencode({param.name: param.example})}


def example_option(param: Param) -> str:
    """The command-line option that binds ``param`` to its example, quoted for a POSIX shell.

    >>> example_option(Param("region", "string", True, "Hunan", ""))
    '-p region=Hunan'
    >>> example_option(Param("region", "string", True, "Inner Mongolia", ""))
    "-p 'region=Inner Mongolia'"
    """
    import shlex

    return f"-p {shlex.quote(f'{param.name}={param.example}')}"


_A_TYPE = {
    "integer": "an integer (like 42)",
    "decimal": "a decimal number (like 25.9)",
    "boolean": "a boolean (true or false)",
    "date": "a date (YYYY-MM-DD)",
    "iri": 'an absolute IRI without spaces or any of <>"{}|^`\\',
    "string": "a string",
}
