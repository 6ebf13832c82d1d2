"""Turtle blocks written in Python, byte for byte what pyoxigraph's serializer writes.

build/turtle.py gives pyoxigraph each subject's triples in N-Triples order and keeps what it
writes. At a million triples, making a pyoxigraph term for every triple costs about twice what
the rest of the writing does; this writes the same text from the plain tuples. Only forms whose
rendering is known are written here:

- IRIs pyoxigraph accepts, as ``<...>`` or, under one of the prefixes, as pyoxigraph writes
  them (asked once per IRI);
- strings, plain or with a language tag pyoxigraph accepts as it is, in their N-Triples form
  (pyoxigraph escapes a Turtle string the same way);
- typed literals: a number or a boolean bare exactly when its text is Turtle's own token for
  its type, as pyoxigraph does; else quoted with the datatype's name.

A block with anything else (an IRI or tag pyoxigraph would reject or change) is not written here:
:func:`block` returns None and the caller has pyoxigraph write it (and raise, if it must).
tests/test_turtle_writer.py compares both on random graphs and on every code point up to
U+2FFF.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from narcokg.build.store import TURTLE_PREFIXES
from narcokg.build.triples import RDF_TYPE, XSD_STRING, PredicateObject
from narcokg.namespaces import XSD

_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_ESCAPES.update({'"': '\\"', "\\": "\\\\"})
_CODED = (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)  # the two noncharacters too, as pyoxigraph does
_ESCAPES.update({chr(c): f"\\u{c:04X}" for c in _CODED if chr(c) not in _ESCAPES})
_TO_ESCAPE = re.compile('[\x00-\x1f\x7f"\\\\\ufffe\uffff]')
#: Turtle's INTEGER, DECIMAL and DOUBLE tokens, and its booleans.
_BARE = {
    XSD + "integer": re.compile(r"[+-]?[0-9]+\Z"),
    XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+\Z"),
    XSD + "double": re.compile(r"[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+\Z"),
    XSD + "boolean": re.compile(r"(true|false)\Z"),
}
_UNDER_A_PREFIX = re.compile("|".join(re.escape(iri) for iri in TURTLE_PREFIXES.values()))
#: IRIs as written: those under a prefix (asked of pyoxigraph: the vocabulary, a few thousand)
#: always, others (checked by pyoxigraph, written as they are) up to a bound: one-off IRIs
#: (spans, figures) must not crowd out the ones that repeat.
_NAMES: dict[str, str | None] = {}
_MAX_NAMES = 50_000
_TAGS: dict[str, bool] = {}


def quoted(value: str) -> str:
    """A string in double quotes, escaped as N-Triples (and pyoxigraph's Turtle) escape it."""
    if _TO_ESCAPE.search(value) is None:
        return f'"{value}"'
    return '"' + _TO_ESCAPE.sub(lambda m: _ESCAPES[m.group()], value) + '"'


def block(subject: str, pairs: Iterable[PredicateObject]) -> str | None:
    """The subject's Turtle block (``subject p o , o ;`` ... `` .`` and a newline), its
    triples in N-Triples order; None when a term is not one this module writes."""
    head = _name(subject, keep=False)
    if head is None:
        return None
    names = _NAMES
    decorated: dict[tuple[str, str], tuple[str, str]] = {}
    for predicate, (kind, value, extra) in pairs:  # the hot loop of a full build: inlined
        name = "a" if predicate == RDF_TYPE else names.get(predicate) or _name(predicate)
        if kind == "iri":
            key = f"<{value}>"
            text = names.get(value) or _name(value)
        else:
            key = text = quoted(value)
            if extra is not None and extra != XSD_STRING:
                key, text = _typed(key, value, extra)
        if name is None or text is None:
            return None
        decorated[(f"<{predicate}>", key)] = (name, text)
    out = [head]
    previous = ""
    for (key, _), (name, text) in sorted(decorated.items()):
        if not previous:
            out += (" ", name, " ", text)
        elif key == previous:
            out += (" , ", text)
        else:
            out += (" ;\n\t", name, " ", text)
        previous = key
    out.append(" .\n")
    return "".join(out)


def _typed(text: str, value: str, extra: str) -> tuple[str, str | None]:
    """A tagged or typed literal's N-Triples text and Turtle text (None: not written here)."""
    if extra[0] == "@":
        return text + extra, text + extra if _tag_kept(extra[1:]) else None
    key = f"{text}^^<{extra}>"
    datatype = _name(extra)
    if datatype is None:
        return key, None
    bare = _BARE.get(extra)
    return (key, value) if bare is not None and bare.match(value) else (key, f"{text}^^{datatype}")


def _name(iri: str, keep: bool = True) -> str | None:
    """How pyoxigraph writes the IRI (None if it rejects it); remembered when ``keep``."""
    known = _NAMES.get(iri, "")
    if known != "":
        return known
    name = _written(iri)
    if (keep and len(_NAMES) < _MAX_NAMES) or (name is not None and name[0] != "<"):
        _NAMES[iri] = name
    return name


def _written(iri: str) -> str | None:
    import pyoxigraph as ox

    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return None
    if node.value != iri:
        return None
    if not _UNDER_A_PREFIX.match(iri):
        return f"<{iri}>"
    data = ox.serialize(
        [ox.Triple(node, node, node)], format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES
    )
    assert data is not None
    last = data.decode().rstrip("\n").rsplit("\n", 1)[-1]
    return last.split(" ", 1)[0]


def _tag_kept(tag: str) -> bool:
    """Whether pyoxigraph takes the language tag as it is."""
    kept = _TAGS.get(tag)
    if kept is None:
        import pyoxigraph as ox

        try:
            kept = ox.Literal("", language=tag).language == tag
        except ValueError:
            kept = False
        _TAGS[tag] = kept
    return kept
