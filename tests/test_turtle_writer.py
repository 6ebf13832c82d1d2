"""build/turtle_writer.py writes each block byte for byte as pyoxigraph does, or leaves it to
pyoxigraph: compared on every code point up to U+2FFF, on the lexical forms Turtle can write
bare, and on random subjects."""

from __future__ import annotations

import random

import pytest

from narcokg.build import turtle, turtle_writer
from narcokg.build.store import TURTLE_PREFIXES
from narcokg.build.triples import RDF_TYPE, PredicateObject, Term
from narcokg.namespaces import XSD

SUBJECT = "https://w3id.org/narcokg/id/measurement/doc-1/m01"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
VALUE = "https://schema.org/value"
DATATYPES = ["integer", "decimal", "double", "boolean", "float", "int", "date", "gYear", "string"]
LEXICAL = ["0", "5", "-5", "+5", "05", "1.0", ".5", "5.", "-.5", "+1.25", "1e5", "1E5",
           "1.5e-3", ".5e1", "5.e1", "-1e+2", "true", "false", "TRUE", " 5", "5 ", "NaN",
           "INF", "1.", "abc", "", "2024-01-31", "1,000"]  # fmt: skip
LOCAL_NAMES = ["value", "a-b", "a.b", "a_b", "1st", "x%20y", "a~b", "a/b", "a:b", "é", "", "a.",
               "-a", "a#b", "a(b)", "Q148", "per-mille"]  # fmt: skip
TAGS = ["en", "zh", "en-GB", "zh-Hans", "en-gb", "EN", "x-private"]


def written_both_ways(subject: str, pairs: set[PredicateObject]) -> tuple[bytes | None, bytes]:
    fast = turtle_writer.block(subject, pairs)
    return (None if fast is None else fast.encode()), turtle._by_pyoxigraph(
        subject, {subject: pairs}
    )


def test_every_code_point_is_escaped_as_pyoxigraph_escapes_it() -> None:
    points = [c for c in range(0x3000) if not 0xD800 <= c <= 0xDFFF]
    points += [0xE000, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]
    for start in range(0, len(points), 200):
        pairs: set[PredicateObject] = set()
        for point in points[start : start + 200]:
            text = f"a{chr(point)}b{chr(point)}"
            pairs.add((LABEL, ("lit", text, None)))
            pairs.add((LABEL, ("lit", text, "@en")))
        fast, slow = written_both_ways(SUBJECT, pairs)
        assert fast == slow


def test_strings_are_quoted_as_pyoxigraph_quotes_them_in_n_triples() -> None:
    import pyoxigraph as ox

    for point in range(0x110000):
        if not 0xD800 <= point <= 0xDFFF:
            text = f"a{chr(point)}"
            assert turtle_writer.quoted(text) == str(ox.Literal(text)), hex(point)


@pytest.mark.parametrize("datatype", DATATYPES)
def test_numbers_and_booleans_are_bare_exactly_when_pyoxigraph_writes_them_bare(
    datatype: str,
) -> None:
    pairs = {(VALUE, ("lit", form, XSD + datatype)) for form in LEXICAL}
    fast, slow = written_both_ways(SUBJECT, pairs)
    assert fast == slow
    if datatype in ("integer", "decimal", "double", "boolean"):  # some are written bare
        assert slow.count(b"^^") < len(LEXICAL)


@pytest.mark.parametrize("seed", range(30))
def test_random_subjects_are_written_as_pyoxigraph_writes_them(seed: int) -> None:
    chooser = random.Random(seed)
    namespaces = [*TURTLE_PREFIXES.values(), "https://w3id.org/narcokg/id/", "urn:x:"]

    def iri() -> str:
        return chooser.choice(namespaces) + chooser.choice(LOCAL_NAMES)

    def term() -> Term:
        kind = chooser.randrange(4)
        if kind == 0:
            return ("iri", iri(), None)
        text = "".join(chr(chooser.choice([0x41, 0x22, 0x5C, 0x0A, 0x7F, 0xE9, 0x4E2D])) for _ in
                       range(chooser.randrange(4)))  # fmt: skip
        if kind == 1:
            return ("lit", text, chooser.choice([None, XSD + "string"]))
        if kind == 2:
            return ("lit", text, "@" + chooser.choice(TAGS))
        return ("lit", chooser.choice(LEXICAL), XSD + chooser.choice(DATATYPES))

    fast_ones = 0
    for _ in range(40):
        subject = iri()
        predicates = [RDF_TYPE, LABEL, VALUE, iri(), iri()]
        pairs = {(chooser.choice(predicates), term()) for _ in range(chooser.randrange(1, 9))}
        try:
            fast, slow = written_both_ways(subject, pairs)
        except ValueError:  # an IRI or tag pyoxigraph rejects: not written here either
            assert turtle_writer.block(subject, pairs) is None
            continue
        if fast is not None:
            fast_ones += 1
            assert fast == slow, (subject, pairs)
    assert fast_ones >= 10  # the test reaches the writer, not only the fallback


def test_a_whole_graph_of_blocks_is_pyoxigraphs_serialisation() -> None:
    chooser = random.Random(7)
    by_subject: dict[str, set[PredicateObject]] = {}
    for number in range(300):
        pairs: set[PredicateObject] = {(RDF_TYPE, ("iri", XSD + "Thing", None))}
        pairs.add((VALUE, ("lit", str(chooser.randrange(-5, 10**6)), XSD + "integer")))
        pairs.add((LABEL, ("lit", f'figure "{number}"\n', chooser.choice([None, "@en"]))))
        by_subject[f"{SUBJECT}-{number}"] = pairs
    subjects = turtle.ordered(by_subject)
    body, offsets = turtle.blocks(subjects, by_subject)
    import pyoxigraph as ox

    whole = ox.serialize(
        turtle._triples(subjects, by_subject), format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES
    )
    assert whole is not None and whole[len(turtle.header()) :] == body
    assert len(offsets) == len(subjects) + 1 and offsets[-1] == len(body)


def test_an_iri_pyoxigraph_rejects_still_fails_the_build() -> None:
    pairs: set[PredicateObject] = {(LABEL, ("lit", "x", None))}
    assert turtle_writer.block("not an iri", pairs) is None
    with pytest.raises(ValueError):
        turtle.blocks(["not an iri"], {"not an iri": pairs})
