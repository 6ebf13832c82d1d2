"""Reading the ``#+`` YAML headers of stored queries without importing a YAML library.

``narcokg query`` must start faster than ``import rdflib`` alone, and PyYAML's import costs about
as much as the query itself. Headers nearly always use a small subset of YAML — ``key: text``,
folded ``key: >-`` blocks, and ``params:`` with one flow mapping per parameter — which
:func:`parse_simple_header` reads exactly as YAML would. Anything outside that subset returns
``None`` and the caller falls back to PyYAML; a test checks both readings agree on every query.
"""

from __future__ import annotations

import re
from typing import Any

_KEY = re.compile(r"([A-Za-z_][\w-]*):(?: (.*))?\Z")
_PARAM = re.compile(r" {2,}([A-Za-z_]\w*): \{(.*)\}\Z")
_INDENTED = re.compile(r" {2,}(\S.*)\Z")
# Plain scalars YAML reads as text: no indicator first, no ": " or " #" inside, no trailing
# space; inside a flow mapping also no flow characters.
_PLAIN_BLOCK = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:(?!: | #).)*(?<![\s:])\Z")
_PLAIN_FLOW = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:(?!: | #)[^,\[\]{}])*(?<![\s:])\Z")
_INT = re.compile(r"[-+]?(?:0|[1-9]\d*)\Z")
#: An ISO date, as YAML reads one in a header and as a ``date`` parameter must be written.
DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DOUBLE_QUOTED = re.compile(r'"((?:[^"\\]|\\["\\])*)"')
_BOOLEANS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False}
# YAML 1.1 words and forms whose reading is not plain text: leave them to PyYAML.
_AMBIGUOUS = re.compile(
    r"(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|FALSE|null|Null|NULL|~)\Z"
    r"|[-+]?(?:\.\d|\d[\d_]*[.eE_:]|0[0-7xob])|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)\Z"
)


def parse_simple_header(lines: list[str]) -> dict[str, Any] | None:
    """The header as YAML would read it, or ``None`` when it leaves the simple subset."""
    header: dict[str, Any] = {}
    index = 0
    while index < len(lines):
        match = _KEY.match(lines[index])
        if match is None or match[1] in header:
            return None
        key, value = match[1], match[2]
        index += 1
        block = []
        while index < len(lines) and _INDENTED.match(lines[index]):
            block.append(lines[index])
            index += 1
        parsed = _value(key, value, block)
        if parsed is None:
            return None
        header[key] = parsed[0]
    return header


def _value(key: str, value: str | None, block: list[str]) -> tuple[Any] | None:
    if key == "params" and value is None:
        params = _params(block)
        return None if params is None else (params,)
    if value == ">-" and block:
        return (" ".join(line.strip() for line in block),)
    if value is not None and not block:
        return _scalar(value.strip(), _PLAIN_BLOCK)
    return None


def _params(block: list[str]) -> dict[str, dict[str, Any]] | None:
    params: dict[str, dict[str, Any]] = {}
    for line in block:
        match = _PARAM.match(line)
        if match is None or match[1] in params:
            return None
        spec = _flow_mapping(match[2])
        if spec is None:
            return None
        params[match[1]] = spec
    return params


def _flow_mapping(text: str) -> dict[str, Any] | None:
    mapping: dict[str, Any] = {}
    rest = text.strip()
    while rest:
        match = re.match(r"([A-Za-z_]\w*): ", rest)
        if match is None or match[1] in mapping:
            return None
        rest = rest[match.end() :].lstrip()
        quoted = _DOUBLE_QUOTED.match(rest)
        if quoted is not None:
            raw, value = quoted.group(), (quoted[1].replace('\\"', '"').replace("\\\\", "\\"),)
        else:
            raw = rest.split(",", 1)[0]
            scalar = _scalar(raw.strip(), _PLAIN_FLOW)
            if scalar is None:
                return None
            value = scalar
        mapping[match[1]] = value[0]
        rest = rest[len(raw) :].strip()
        if rest and not rest.startswith(","):
            return None
        rest = rest[1:].strip()
    return mapping


def _scalar(text: str, plain: re.Pattern[str]) -> tuple[Any] | None:
    """A plain scalar's YAML value, wrapped in a 1-tuple; ``None`` when unsure."""
    if text in _BOOLEANS:
        return (_BOOLEANS[text],)
    if _INT.match(text):
        return (int(text),)
    if DATE.match(text):
        from datetime import date  # rare in a header: not imported at start-up

        try:
            return (date.fromisoformat(text),)
        except ValueError:
            return None
    if _AMBIGUOUS.match(text) or not plain.match(text):
        return None
    return (text,)
