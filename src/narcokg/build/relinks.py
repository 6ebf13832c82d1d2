"""The derived links after an incremental build, without recomputing every one of them.

A link (``nk:sameFigureAs``, ``nk:nationalFigure``: build/derived.py) depends only on the two
measurements it joins (and on the mass units and the regions' nesting, which a full build
refreshes), and it joins two measurements of the same measure and period. So after documents
are replaced or removed, the links are the last build's, less every link of a replaced
document's measurement, plus the links recomputed among the measurements that share a measure
and period with a replaced one (old or new). At 1M triples that is a few hundred measurements
instead of every one of 35,000.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from narcokg.build.derived import NATIONAL_FIGURE, SAME_FIGURE, figure_links
from narcokg.build.iris import iri
from narcokg.build.summary import DocumentSummary, figures, finish_derived, link_inputs
from narcokg.build.triples import Graph, PredicateObject
from narcokg.model.regions import Region
from narcokg.model.vocabulary import Vocabulary

LINKS = frozenset({SAME_FIGURE, NATIONAL_FIGURE})


def relinked_graph(
    last: Mapping[str, frozenset[PredicateObject]],
    summaries: Sequence[DocumentSummary],
    replaced: Sequence[DocumentSummary],
    vocabulary: Vocabulary,
    regions: dict[str, Region],
) -> Graph:
    """The derived graph of ``summaries`` (every document, as now), from the last build's
    derived triples ``last`` (by subject) and ``replaced``: the old and the new summaries of
    every document added, changed or removed since."""
    touched = {iri("measurement", s.doc_id, m.id) for s in replaced for m in s.measurements}
    keys = {(f.measure, f.period) for f in figures(replaced, vocabulary, regions)}
    mass, part_of = link_inputs(vocabulary, regions)
    near = figures(summaries, vocabulary, regions, only=keys)
    links = {*_kept(last, touched), *figure_links(near, mass, part_of)}
    return finish_derived(sorted(links), summaries)


def _kept(
    last: Mapping[str, frozenset[PredicateObject]], touched: set[str]
) -> Iterator[tuple[str, str, str]]:
    """The last build's links between measurements no replaced document has (had)."""
    for subject, pairs in last.items():
        if subject in touched:
            continue
        for predicate, term in pairs:
            if predicate in LINKS and term[1] not in touched:
                yield subject, predicate, term[1]
