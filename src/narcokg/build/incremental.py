"""``narcokg build``: a full build the first time, then only what changed.

A full build (build/graph.py ``build_units``) keeps each contribution's triples apart (each
document's, the base's, the derived ones), writes the Turtle one block per subject and leaves an
index (build/buildindex.py). The next build compares each fact file and source with the stamps
in the index, re-reads and rebuilds only the changed ones (and the translations of changed
originals), re-runs the checks across documents on the summaries, recomputes the blocks of the
subjects those documents touch, splices them into the old Turtle, and updates the on-disk store
in place with the same triples. The result is byte for byte what a full build writes: anything
the incremental path cannot vouch for (no index, another ontology, gazetteer or build code, a
Turtle that is not the one indexed, a fault in the facts) goes to the full build, which also
gives the fault's full message.

Whole-graph derived triples (triples about several documents' figures at once) are computed by
``summary.DERIVED_STEPS`` from the documents' summaries on every build, full or incremental,
and stored as one more contribution (``DERIVED``): the summaries are kept in the index, so a
step never re-reads a fact file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from narcokg import paths
from narcokg.build import buildindex, splice, tables
from narcokg.build.buildindex import BASE, DERIVED, BuildIndex, Outcome, UnitRecord
from narcokg.build.crossrefs import rendered_spans
from narcokg.build.graph import BuildContext, build_units, document_graph, make_context
from narcokg.build.ondisk import FileStamp, state_dir
from narcokg.build.relinks import relinked_graph
from narcokg.build.summary import DocumentSummary, consistent, derived_graph, summarise
from narcokg.build.triples import Graph, PredicateObject
from narcokg.errors import NarcoKGError
from narcokg.model.facts import FactFile, load_facts
from narcokg.model.regions import load_gazetteer, with_divisions
from narcokg.model.sources import SourceText, read_source
from narcokg.model.vocabulary import load_vocabulary
from narcokg.model.workspace import Workspace

if TYPE_CHECKING:
    from narcokg.build.loading import PieceLoader
    from narcokg.build.table_rows import Subjects

#: Bump when the index layout changes (the build code's own hash covers the rest).
INDEX_VERSION = "2"


def global_key(workspace: Workspace) -> str:
    """What every document's triples depend on: the ontology, the gazetteer, the build code."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    here = Path(__file__).parent
    code = sorted((*here.glob("*.py"), *(here.parent / "model").glob("*.py")))
    for path in (paths.ontology_file(), workspace.gazetteer_file, *code):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build(
    workspace: Workspace,
    progress: Callable[[str, int, int], None] | None = None,
    *,
    with_store: bool = True,
) -> Outcome:
    """Build the workspace's graph, incrementally when the index of the last build allows it.
    Without ``with_store`` (the shipped seed graph: small, and its folder goes into the wheel)
    nothing is kept in ``.narcokg/``: no store, no index, always a full build."""
    with buildindex.no_gc():
        return _build(workspace, progress, with_store)


def _build(
    workspace: Workspace, progress: Callable[[str, int, int], None] | None, with_store: bool
) -> Outcome:
    key = global_key(workspace)
    if not with_store:
        return _full(workspace, key, progress, with_store)
    index = buildindex.load(state_dir(workspace.graph_file) / buildindex.INDEX_FILE, key)
    if index is not None and index.output.matches(workspace.graph_file):
        try:
            outcome = _incremental(workspace, index, with_store)
        except (NarcoKGError, OSError, ValueError, LookupError, StopIteration, SyntaxError):
            # a fault in the facts (the full build below names it), or an index that does not
            # describe this Turtle after all: never a wrong graph, never a traceback
            outcome = None
        if outcome is not None:
            return outcome
    return _full(workspace, key, progress, with_store)


def full_turtle(
    workspace: Workspace, progress: Callable[[str, int, int], None] | None = None
) -> bytes:
    """The Turtle a full build writes, without writing anything (``narcokg build --check``)."""
    from narcokg.build import turtle

    with buildindex.no_gc():
        pieces = _assemble(workspace, progress, lambda piece: None)[0]
        return turtle.header() + b"".join(pieces)


def _assemble(
    workspace: Workspace,
    progress: Callable[[str, int, int], None] | None,
    sink: Callable[[bytes], None],
) -> tuple[list[bytes], dict[str, Graph], list[FactFile], BuildIndex, Subjects]:
    """The Turtle's body in pieces (each also given to ``sink``, with the prefix lines, as soon
    as it is written), the contributions, the fact files, the index's block keys and every
    subject's triples."""
    from narcokg.build import turtle

    units = build_units(workspace, progress)
    graphs = {BASE: units.base, **units.documents, DERIVED: units.derived}
    by_subject: dict[str, set[PredicateObject]] = {}
    contributors: dict[str, list[str]] = {}
    for name, graph in graphs.items():
        for subject, pairs in graph.subjects.items():
            known = by_subject.get(subject)
            if known is None:
                by_subject[subject] = pairs  # shared with the unit's graph until a second one
                contributors[subject] = [name]
            else:
                if len(contributors[subject]) == 1:
                    by_subject[subject] = known = set(known)
                known |= pairs
                contributors[subject].append(name)
    keys = turtle.ordered(by_subject)
    pieces, offsets = turtle.pieces(keys, by_subject, sink)
    shared = {s: names for s, names in contributors.items() if len(names) > 1}
    index = BuildIndex("", FileStamp("", 0, 0), [turtle.subject_key(s) for s in keys], offsets,
                       shared, {})  # fmt: skip
    return pieces, graphs, units.files, index, by_subject


def _full(
    workspace: Workspace,
    key: str,
    progress: Callable[[str, int, int], None] | None,
    with_store: bool,
) -> Outcome:
    """A full build; with the store, its pieces load while the next ones are written."""
    from narcokg.build.loading import PieceLoader

    loader = PieceLoader(state_dir(workspace.graph_file)) if with_store else None
    try:
        return _full_build(workspace, key, progress, loader)
    except BaseException:
        if loader is not None:
            loader.abandon()
        raise


def _full_build(
    workspace: Workspace,
    key: str,
    progress: Callable[[str, int, int], None] | None,
    loader: PieceLoader | None,
) -> Outcome:
    from narcokg.build import turtle

    sink = loader.add if loader is not None else lambda piece: None
    pieces, graphs, files, index, by_subject = _assemble(workspace, progress, sink)
    index.global_key = key
    _fill_subjects(index, graphs)
    del graphs  # the triples are in ``pieces`` now (and in ``by_subject``, for the tables)

    def while_loading() -> None:  # the index
        names = {f.document.id: f.path.name for f in files}
        for facts in files:
            source = workspace.sources_dir / facts.document.file
            inputs = (FileStamp.of(facts.path), FileStamp.of(source))
            original = names.get(facts.document.translation_of or "")
            index.units[facts.path.name] = _record(inputs, original, summarise(facts))
        index.units[BASE] = _record((), None, None)
        index.units[DERIVED] = _record((), None, None)

    rebuilt = tuple(sorted(f.path.name for f in files))
    pieces.insert(0, turtle.header())
    lines = sum(piece.count(b"\n") for piece in pieces)
    splice.write_turtle(workspace, pieces, index)
    del pieces  # 80 MB at 1M triples: not held while the store finishes
    with_store = loader is not None
    store = splice.write_outputs(
        workspace, None, index, None, with_store, meanwhile=while_loading, loader=loader
    )
    if with_store:  # once the store is in: what making them takes is not on top of its load
        kept = tables.compute(by_subject, progress)
        del by_subject
        tables.write(state_dir(workspace.graph_file) / tables.FOLDER, index.output.sha256, kept)
    return Outcome(True, rebuilt, (), lines, store)


def _record(
    inputs: tuple[FileStamp, ...], original: str | None, summary: DocumentSummary | None
) -> UnitRecord:
    return UnitRecord(inputs, original, summary)


def _fill_subjects(index: BuildIndex, graphs: dict[str, Graph]) -> None:
    """Each contribution's subjects, and each shared subject's triples by contributor."""
    shared: dict[str, dict[str, frozenset[PredicateObject]]] = {}
    for name, graph in graphs.items():
        index.subjects.put(name, frozenset(graph.subjects))
        for subject in graph.subjects.keys() & index.contributors.keys():
            shared.setdefault(subject, {})[name] = frozenset(graph.subjects[subject])
    for subject, parts in shared.items():
        index.shared.put(subject, buildindex.canonical(parts))
    derived = graphs[DERIVED].subjects
    index.derived.put(DERIVED, {subject: frozenset(pairs) for subject, pairs in derived.items()})


def _changed(workspace: Workspace, index: BuildIndex) -> tuple[list[str], list[str]]:
    """The fact files to rebuild (new, edited, source edited, original changed) and the ones
    removed, by name."""
    present = [path.name for path in workspace.fact_files()]
    changed = []
    for name in present:
        record = index.units.get(name)
        if (
            record is None
            or record.summary is None
            or not record.inputs[0].matches(workspace.facts_dir / name)
            or not record.inputs[1].matches(workspace.sources_dir / record.summary.source_file)
        ):
            changed.append(name)
    kept = {BASE, DERIVED, *present}
    removed = [name for name in index.units if name not in kept]
    touched = set(changed) | set(removed)
    for name in present:
        record = index.units.get(name)
        if name not in touched and record is not None and record.original in touched:
            changed.append(name)  # a translation whose original changed
    return changed, removed


def _incremental(workspace: Workspace, index: BuildIndex, with_store: bool) -> Outcome | None:
    changed, removed = _changed(workspace, index)
    if not changed and not removed:
        store = splice.refresh_store(workspace, with_store)
        lines = -1  # unchanged: not counted
        return Outcome(False, (), (), lines, store)
    files = {name: load_facts(workspace.facts_dir / name) for name in changed}
    summaries = {n: r.summary for n, r in index.units.items() if r.summary and n not in removed}
    redone = {*files, *removed}
    replaced = [r.summary for n, r in index.units.items() if r.summary and n in redone]
    summaries |= {name: summarise(facts) for name, facts in files.items()}
    if not summaries or not consistent(summaries.values()):
        return None
    graphs, context = _document_graphs(workspace, files, summaries)
    ordered = [summaries[name] for name in sorted(summaries)]
    graphs[DERIVED] = _derived(index, ordered, [*replaced, *(summaries[n] for n in files)], context)
    names = {s.doc_id: name for name, s in summaries.items()}
    new_records = {
        name: _record(
            (FileStamp.of(workspace.facts_dir / name), FileStamp.of(_source(workspace, facts))),
            names.get(facts.document.translation_of or ""),
            summaries[name],
        )
        for name, facts in files.items()
    }
    new_records[DERIVED] = _record((), None, None)
    return splice.apply(workspace, index, (graphs, new_records), removed, with_store)


def _derived(
    index: BuildIndex,
    ordered: list[DocumentSummary],
    replaced: list[DocumentSummary],
    context: BuildContext,
) -> Graph:
    """The derived graph: recomputed only around the replaced documents' figures when the
    index holds the last build's derived triples (build/relinks.py)."""
    last = index.derived.get(DERIVED)
    if last is None:
        return derived_graph(ordered, context.vocabulary, context.regions)
    return relinked_graph(last, ordered, replaced, context.vocabulary, context.regions)


def trial(workspace: Workspace, facts_file: Path, source: Path) -> list[DocumentSummary] | None:
    """Check that a new document builds together with the workspace's (``narcokg add``) from
    the last build's index, without a build: the other documents' summaries if it does, None if
    the index cannot vouch for the workspace (then a trial build decides). Raises the fault of
    the new document's own facts."""
    with buildindex.no_gc():
        return _trial(workspace, facts_file, source)


def _trial(workspace: Workspace, facts_file: Path, source: Path) -> list[DocumentSummary] | None:
    key = global_key(workspace)
    index = buildindex.load(state_dir(workspace.graph_file) / buildindex.INDEX_FILE, key)
    if index is None or _changed(workspace, index) != ([], []):
        return None
    facts = load_facts(facts_file)
    summaries = {n: r.summary for n, r in index.units.items() if r.summary is not None}
    others = list(summaries.values())
    summaries[facts_file.name] = summarise(facts)
    if not consistent(summaries.values()):
        return None  # the trial build names the fault
    _document_graphs(workspace, {facts_file.name: facts}, summaries, source.parent)
    return others


def _source(workspace: Workspace, facts: FactFile) -> Path:
    return workspace.sources_dir / facts.document.file


def _document_graphs(
    workspace: Workspace,
    files: dict[str, FactFile],
    summaries: dict[str, DocumentSummary],
    sources_dir: Path | None = None,
) -> tuple[dict[str, Graph], BuildContext]:
    """The changed documents' triples (their sources in ``sources_dir``, by default the
    workspace's), with what they need of the others."""
    names = {s.doc_id: name for name, s in summaries.items()}
    folder = sources_dir or workspace.sources_dir
    sources = {f.document.id: read_source(folder / f.document.file) for f in files.values()}
    originals = list(files.values())
    for facts in files.values():
        original = facts.document.translation_of
        if original and original not in sources:
            loaded = load_facts(workspace.facts_dir / names[original])
            sources[original] = read_source(_source(workspace, loaded))
            originals.append(loaded)
    defined = (
        (slug for s in summaries.values() for slug, _, _ in s.agencies),
        (slug for s in summaries.values() for slug in s.operations),
    )
    gazetteer = workspace.gazetteer_file
    context = make_context(
        load_vocabulary(paths.ontology_file()),
        with_divisions(load_gazetteer(gazetteer), gazetteer),
        defined,
        rendered_spans(list(files.values()), sources, originals),
    )
    graphs = {
        name: document_graph(facts, _text(sources, facts), context) for name, facts in files.items()
    }
    return graphs, context


def _text(sources: dict[str, SourceText], facts: FactFile) -> SourceText:
    return sources[facts.document.id]
