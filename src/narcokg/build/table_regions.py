"""``queries/measurements-for-region.rq`` read from a built graph's triples by hand: the
measurements of a region or of any region inside it, one row each (build/tables.py).

The region given is matched as the query matches it: any ``rdfs:label`` or ``skos:altLabel`` of
an ``nk:Region``, in any language, equal to it in lower case, or its ``nk:iso3166Code`` equal in
upper case. Its measurements are those with a region at or below it along ``nk:partOf``. Each
row is the measurement's group: every column its one value (the query's ``SAMPLE``: a built
measurement has one measure, unit, period, document and span), the least text of its
operations' and agencies' labels, and its regions' English labels, distinct and sorted, joined
with "; ".
"""

from __future__ import annotations

from narcokg import namespaces as ns
from narcokg.build.table_rows import LABEL, Keyed, Reader, one_pass


def regions_of(reader: Reader) -> Regions:
    """The graph's regions and measurements, made once per reader."""
    found = reader.extra.get("regions")
    if not isinstance(found, Regions):
        found = reader.extra["regions"] = Regions(reader)
    return found


class Regions:
    """The measurements of any region of one graph: each measurement's row made once, and
    indexed by every region it lies in (its regions and those they are part of, any depth)."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        scan = reader.scan()
        self.regions, self.parents = scan.regions, scan.parents
        self.names: dict[str, set[str]] = {}  # label or alternative label, lower case
        self.codes: dict[str, set[str]] = {}  # ISO 3166 code, upper case
        for subject, pairs in self.regions.items():
            for predicate, obj in pairs:
                if obj[0] == "lit" and predicate in (LABEL, ns.SKOS + "altLabel"):
                    self.names.setdefault(obj[1].lower(), set()).add(subject)
                elif obj[0] == "lit" and predicate == ns.NK + "iso3166Code":
                    self.codes.setdefault(obj[1].upper(), set()).add(subject)
        self.rows: list[Keyed] = []
        self.answers: dict[frozenset[str], list[Keyed]] = {}
        self.within: dict[str, list[int]] = {}  # region -> rows of the measurements inside it
        for regions, keyed in one_pass(reader).groups:
            for region in set().union(*(reader.above(r) for r in regions)):
                self.within.setdefault(region, []).append(len(self.rows))
            self.rows.append(keyed)

    def answer(self, region: str | None) -> list[Keyed]:
        """The answer's rows for the parameter value ``region`` (the query needs one); the same
        list for every spelling of the same regions."""
        given = frozenset(self.given(region or ""))
        if given not in self.answers:
            found = sorted({i for g in given for i in self.within.get(g, ())})
            self.answers[given] = [self.rows[i] for i in found]
        return self.answers[given]

    def given(self, region: str) -> set[str]:
        """The regions a parameter value names: by a label or alternative label in lower case,
        or by an ISO 3166 code in upper case (``?given`` in the queries)."""
        return self.names.get(region.lower(), set()) | self.codes.get(region.upper(), set())

    def large(self, least: int) -> list[str]:
        """The parameter values worth an answer kept by the build: the English labels and codes
        of the regions that are part of no other with at least ``least`` measurements inside,
        as written and in lower and upper case (a kept answer is found by the text typed)."""
        values = []
        for subject in self.regions:
            if subject in self.parents or len(self.within.get(subject, ())) < least:
                continue
            values += [c[1] for c in self.reader.objects(subject, LABEL, english=True) if c]
            values += [c[1] for c in self.reader.objects(subject, ns.NK + "iso3166Code") if c]
        return sorted({spelling for v in values for spelling in (v, v.lower(), v.upper())})
