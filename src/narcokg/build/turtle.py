"""The built graph's Turtle, one block per subject, so that a rebuild rewrites only what changed.

``serialize_triples`` (build/store.py) sorts triples by the N-Triples text of subject, predicate
and object and lets pyoxigraph write them: every subject is then one block (``subject p o ;`` ...
`` .``) that depends on that subject's triples alone. Here the same order is computed from the
plain tuples of build/triples.py (the keys equal ``str()`` of the pyoxigraph terms, so the
bytes are the same), and the output is cut into blocks with their byte offsets, which
build/incremental.py splices.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from narcokg.build import turtle_writer
from narcokg.build.store import TURTLE_PREFIXES, _sort_prefix_lines
from narcokg.build.triples import XSD_STRING, PredicateObject, Term

if TYPE_CHECKING:
    import pyoxigraph

#: A new block starts on every line that does not begin with a tab (literals escape newlines).
_BLOCK_START = re.compile(rb"\n(?=[^\t])")


def subject_key(subject: str) -> str:
    """``str()`` of the subject's pyoxigraph term: the sort key of its block."""
    return f"<{subject}>"


def object_key(obj: Term) -> str:
    """``str()`` of the object's pyoxigraph term (N-Triples form)."""
    kind, value, extra = obj
    if kind == "iri":
        return f"<{value}>"
    quoted = turtle_writer.quoted(value)
    if extra is None or extra == XSD_STRING:
        return quoted
    return quoted + extra if extra.startswith("@") else f"{quoted}^^<{extra}>"


@lru_cache(maxsize=1)
def header() -> bytes:
    """The ``@prefix`` lines every built graph starts with (pyoxigraph writes them before the
    first triple; a placeholder triple is serialised and cut off)."""
    import pyoxigraph as ox

    node = ox.NamedNode("urn:x")
    data = ox.serialize(
        [ox.Triple(node, node, node)], format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES
    )
    assert data is not None
    placeholder = b"<urn:x> <urn:x> <urn:x> .\n"
    assert data.endswith(placeholder), data
    return _sort_prefix_lines(data)[: -len(placeholder)]


def ordered(by_subject: Mapping[str, Iterable[PredicateObject]]) -> list[str]:
    """The subjects in the order of their blocks."""
    return sorted(by_subject, key=subject_key)


def _triples(
    subjects: Iterable[str], by_subject: Mapping[str, Iterable[PredicateObject]]
) -> Iterator[pyoxigraph.Triple]:
    import pyoxigraph as ox

    nodes: dict[str, ox.NamedNode] = {}  # predicates and common objects: made once

    def node(value: str) -> ox.NamedNode:
        made = nodes.get(value)
        if made is None:
            made = nodes[value] = ox.NamedNode(value)
        return made

    for subject in subjects:
        # keyed by the N-Triples text: two tuples for one RDF triple are written once
        decorated = {
            (f"<{p}>", f"<{o[1]}>" if o[0] == "iri" else object_key(o)): (p, o)
            for p, o in by_subject[subject]
        }
        term = ox.NamedNode(subject)
        for _, (predicate, (kind, value, extra)) in sorted(decorated.items()):
            if kind == "iri":
                obj: ox.NamedNode | ox.Literal = node(value)
            elif extra is None:
                obj = ox.Literal(value)
            elif extra[0] == "@":
                obj = ox.Literal(value, language=extra[1:])
            else:
                obj = ox.Literal(value, datatype=node(extra))
            yield ox.Triple(term, node(predicate), obj)


#: Triples per piece of a full build's Turtle (about 4 MB): each piece goes to the store's
#: loader as soon as it is written (build/loading.py).
PIECE_TRIPLES = 60_000


def pieces(
    subjects: list[str],
    by_subject: Mapping[str, Collection[PredicateObject]],
    sink: Callable[[bytes], None],
) -> tuple[list[bytes], list[int]]:
    """The blocks of ``subjects`` (ordered) in pieces of about ``PIECE_TRIPLES`` triples, and
    the offset of each block in the pieces joined (one more: the end). Each piece goes to
    ``sink`` with the prefix lines as soon as it is written. A block depends on its subject's
    triples alone, so the pieces joined are the bytes of :func:`blocks` over all of them."""
    out: list[bytes] = []
    offsets = [0]
    start = count = 0
    for at, subject in enumerate(subjects, 1):
        count += len(by_subject[subject])
        if count >= PIECE_TRIPLES or at == len(subjects):
            body, local = blocks(subjects[start:at], by_subject)
            base = offsets[-1]
            offsets.extend(base + offset for offset in local[1:])
            out.append(body)
            sink(header() + body)
            start, count = at, 0
    return out, offsets


def blocks(
    subjects: list[str], by_subject: Mapping[str, Iterable[PredicateObject]]
) -> tuple[bytes, list[int]]:
    """The Turtle blocks of ``subjects`` (already ordered), without the prefix lines, and the
    offset of each block in it (one more: the end). Written by build/turtle_writer.py, which
    writes what pyoxigraph would; a block with a term it does not write, by pyoxigraph."""
    parts: list[bytes] = []
    offsets = [0]
    for subject in subjects:
        text = turtle_writer.block(subject, by_subject[subject])
        data = _by_pyoxigraph(subject, by_subject) if text is None else text.encode()
        parts.append(data)
        offsets.append(offsets[-1] + len(data))
    return b"".join(parts), offsets


def _by_pyoxigraph(subject: str, by_subject: Mapping[str, Iterable[PredicateObject]]) -> bytes:
    import pyoxigraph as ox

    data = ox.serialize(
        _triples([subject], by_subject), format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES
    )
    assert data is not None
    body = data[len(header()) :]
    if _BLOCK_START.search(body[:-1]):
        raise AssertionError(f"more than one Turtle block for {subject}")
    return body
