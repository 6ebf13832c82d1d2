"""Incremental builds: after adding, changing or removing a document, the Turtle and the on-disk
store are exactly what a clean full build of the same files gives; an index that cannot be
trusted (other gazetteer, damaged, another Turtle) gives a full build, never a wrong graph."""

from __future__ import annotations

import marshal
import re
import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox
import pytest

from narcokg import paths
from narcokg.build import buildindex, summary
from narcokg.build.add import add_and_compare
from narcokg.build.buildindex import INDEX_FILE, Outcome
from narcokg.build.graph import XSD_INTEGER as XSD
from narcokg.build.graph import iri
from narcokg.build.incremental import build, global_key, trial
from narcokg.build.ondisk import fresh_store_path, state_dir
from narcokg.build.overlap import shared_ids
from narcokg.build.summary import DocumentSummary
from narcokg.build.triples import Graph
from narcokg.errors import FactError
from narcokg.model.facts import load_facts
from narcokg.model.periods import period_slug
from narcokg.model.workspace import Workspace
from narcokg.queries.catalogue import load_catalogue, render_query
from narcokg.synth.corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = 14


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Workspace, Path]:
    """A built synthetic workspace, and one more document (fact file, source) kept aside."""
    workspace = Workspace(tmp_path / "ws")
    write_corpus(workspace.root, DOCUMENTS, seed=5)
    aside = tmp_path / "aside"
    aside.mkdir()
    facts = workspace.fact_files()[DOCUMENTS // 2]
    for path in (facts, workspace.sources_dir / f"{facts.stem}.txt"):
        path.rename(aside / path.name)
    assert build(workspace).full
    return workspace, aside


def clean_build(workspace: Workspace, target: Path) -> Workspace:
    for name in ("sources", "facts", "reference"):
        if (workspace.root / name).is_dir():
            shutil.copytree(workspace.root / name, target / name)
    shutil.copyfile(workspace.root / "narcokg.toml", target / "narcokg.toml")
    clean = Workspace(target)
    assert build(clean).full
    return clean


def store_triples(workspace: Workspace) -> list[str]:
    folder = fresh_store_path(workspace.graph_file, paths.ontology_file())
    assert folder is not None, "the on-disk store is stale"
    return sorted(str(quad) for quad in ox.Store.read_only(str(folder)))


def store_answer(workspace: Workspace) -> list[str]:
    folder = fresh_store_path(workspace.graph_file)
    assert folder is not None
    query = render_query(load_catalogue(ROOT / "queries").get("measurements"), {})
    solutions = ox.Store.read_only(str(folder)).query(query)
    assert isinstance(solutions, ox.QuerySolutions)
    return sorted(str([solution[v] for v in solutions.variables]) for solution in solutions)


def assert_same_as_clean(workspace: Workspace, tmp_path: Path) -> None:
    clean = clean_build(workspace, tmp_path / f"clean-{len(list(tmp_path.iterdir()))}")
    assert workspace.graph_file.read_bytes() == clean.graph_file.read_bytes()
    assert store_triples(workspace) == store_triples(clean)
    answer = store_answer(workspace)
    assert answer and answer == store_answer(clean)


def load_index(workspace: Workspace) -> buildindex.BuildIndex:
    index = buildindex.load(state_dir(workspace.graph_file) / INDEX_FILE, global_key(workspace))
    assert index is not None, "the last build left no current index"
    return index


def save_index(workspace: Workspace, index: buildindex.BuildIndex) -> None:
    """Write ``index`` back as the build would (its checksum right, whatever it now says)."""
    buildindex.save(index, state_dir(workspace.graph_file) / INDEX_FILE)


def edit(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    changed = re.sub(pattern, replacement, text, count=1, flags=re.MULTILINE)
    assert changed != text, pattern
    path.write_text(changed, encoding="utf-8")


def rebuilt(outcome: Outcome) -> tuple[str, ...]:
    assert not outcome.full, "expected an incremental build"
    return outcome.rebuilt


def test_add_change_and_remove_give_the_clean_build(
    corpus: tuple[Workspace, Path], tmp_path: Path
) -> None:
    workspace, aside = corpus
    added = next(aside.glob("*.yaml"))
    shutil.copyfile(aside / f"{added.stem}.txt", workspace.sources_dir / f"{added.stem}.txt")
    shutil.copyfile(added, workspace.facts_dir / added.name)
    assert rebuilt(build(workspace)) == (added.name,)
    assert_same_as_clean(workspace, tmp_path)

    first, second, third = workspace.fact_files()[:3]
    edit(first, r"^  title: .*$", "  title: A changed title")
    edit(second, r"^(operations:\n  \S+:\n    label: ).*$", r"\1A relabelled operation")
    source = workspace.sources_dir / f"{third.stem}.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nA line added.\n", "utf-8")
    assert rebuilt(build(workspace)) == tuple(sorted((first.name, second.name, third.name)))
    assert_same_as_clean(workspace, tmp_path)

    removed = workspace.fact_files()[-1]
    removed.unlink()
    outcome = build(workspace)
    assert rebuilt(outcome) == () and outcome.removed == (removed.name,)
    assert_same_as_clean(workspace, tmp_path)


def test_a_full_build_in_many_pieces_is_the_one_piece_build(
    corpus: tuple[Workspace, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from narcokg.build import turtle

    workspace, aside = corpus
    one_piece, triples = workspace.graph_file.read_bytes(), store_triples(workspace)
    monkeypatch.setattr(turtle, "PIECE_TRIPLES", 40)  # a hundred pieces or so
    shutil.rmtree(state_dir(workspace.graph_file))
    assert build(workspace).full
    assert workspace.graph_file.read_bytes() == one_piece
    assert store_triples(workspace) == triples
    added = next(aside.glob("*.yaml"))  # the index's block offsets hold
    shutil.copyfile(aside / f"{added.stem}.txt", workspace.sources_dir / f"{added.stem}.txt")
    shutil.copyfile(added, workspace.facts_dir / added.name)
    assert rebuilt(build(workspace)) == (added.name,)
    assert_same_as_clean(workspace, tmp_path)


def test_nothing_changed_rebuilds_nothing(corpus: tuple[Workspace, Path]) -> None:
    workspace, _ = corpus
    before = workspace.graph_file.read_bytes()
    outcome = build(workspace)
    assert rebuilt(outcome) == () and outcome.removed == ()
    assert workspace.graph_file.read_bytes() == before


def test_another_gazetteer_gives_a_full_build(
    corpus: tuple[Workspace, Path], tmp_path: Path
) -> None:
    workspace, _ = corpus
    gazetteer = workspace.root / "reference" / "regions.csv"
    edit(gazetteer, r"\Z", "Atlantis,country,,,\n")
    assert build(workspace).full
    assert "Atlantis" in workspace.graph_file.read_text(encoding="utf-8")
    assert_same_as_clean(workspace, tmp_path)


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_damaged_index_gives_a_full_build(
    corpus: tuple[Workspace, Path], tmp_path: Path, damage: str
) -> None:
    workspace, _ = corpus
    index = state_dir(workspace.graph_file) / INDEX_FILE
    data = bytearray(index.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    damaged = {"flip": bytes(data), "truncate": bytes(data[: len(data) // 3]),
               "garbage": b"\x00not an index", "empty": b""}[damage]  # fmt: skip
    index.write_bytes(damaged)
    edit(workspace.fact_files()[0], r"^  title: .*$", "  title: Changed after the damage")
    assert build(workspace).full
    assert_same_as_clean(workspace, tmp_path)


def test_a_turtle_edited_by_hand_gives_a_full_build(
    corpus: tuple[Workspace, Path], tmp_path: Path
) -> None:
    workspace, _ = corpus
    with workspace.graph_file.open("ab") as handle:
        handle.write(b"<urn:x> <urn:y> <urn:z> .\n")
    assert build(workspace).full
    assert_same_as_clean(workspace, tmp_path)


def test_a_fault_in_a_changed_document_is_named_and_nothing_is_written(
    corpus: tuple[Workspace, Path],
) -> None:
    workspace, _ = corpus
    before = workspace.graph_file.read_bytes()
    index = (state_dir(workspace.graph_file) / INDEX_FILE).read_bytes()
    facts = workspace.fact_files()[1]
    edit(facts, r"^    quote: .*$", "    quote: words the report never says")
    with pytest.raises(FactError, match=re.escape(facts.name)):
        build(workspace)
    assert workspace.graph_file.read_bytes() == before
    assert (state_dir(workspace.graph_file) / INDEX_FILE).read_bytes() == index


def test_a_reference_to_a_removed_agency_is_refused(corpus: tuple[Workspace, Path]) -> None:
    """The checks across documents run again: a document may not use an agency that only a
    removed document defined."""
    workspace, _ = corpus
    facts = workspace.fact_files()[0]
    edit(facts, r"^  publisher: .*$", "  publisher: an-agency-nobody-defines")
    with pytest.raises(FactError, match="an-agency-nobody-defines"):
        build(workspace)


def test_a_changed_original_rebuilds_its_translation(tmp_path: Path) -> None:
    example = ROOT / "examples" / "bilingual"
    workspace = Workspace(tmp_path / "ws")
    shutil.copytree(example, workspace.root, ignore=shutil.ignore_patterns("narcokg.ttl"))
    assert build(workspace).full
    original = next(p for p in workspace.fact_files() if "translation_of" not in p.read_text())
    translations = [p.name for p in workspace.fact_files() if p != original]
    edit(original, r"^  title: .*$", "  title: 一个新标题")
    assert rebuilt(build(workspace)) == tuple(sorted((original.name, *translations)))
    assert_same_as_clean(workspace, tmp_path)


def figures_per_period(summaries: Sequence[DocumentSummary]) -> Graph:
    """A toy derived step: how many figures each period has, on the period's own node (which
    the documents also describe: a shared subject)."""
    counts = Counter(m.period for s in summaries for m in s.measurements)
    graph = Graph()
    for period, count in counts.items():
        graph.typed(iri("period", period_slug(period)), "urn:test:figures", str(count), XSD)
    return graph


def test_a_derived_step_follows_every_change(
    corpus: tuple[Workspace, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, aside = corpus
    monkeypatch.setattr(summary, "DERIVED_STEPS", [figures_per_period])
    first = workspace.fact_files()[0]
    first.unlink()
    assert rebuilt(build(workspace)) == ()
    assert "urn:test:figures" in workspace.graph_file.read_text(encoding="utf-8")
    assert_same_as_clean(workspace, tmp_path)
    added = next(aside.glob("*.yaml"))
    shutil.copyfile(aside / f"{added.stem}.txt", workspace.sources_dir / f"{added.stem}.txt")
    shutil.copyfile(added, workspace.facts_dir / added.name)
    assert rebuilt(build(workspace)) == (added.name,)
    assert_same_as_clean(workspace, tmp_path)


def test_add_checks_against_the_index_and_names_shared_ids(
    corpus: tuple[Workspace, Path], tmp_path: Path
) -> None:
    workspace, aside = corpus
    facts = next(aside.glob("*.yaml"))
    bad = tmp_path / facts.name
    shutil.copyfile(facts, bad)
    edit(bad, r"^    quote: .*$", "    quote: never said")
    with pytest.raises(FactError, match="never said"):
        add_and_compare(workspace, aside / f"{facts.stem}.txt", bad)
    assert not (workspace.facts_dir / facts.name).exists()
    others = [load_facts(path) for path in workspace.fact_files()]
    assert trial(workspace, facts, aside / f"{facts.stem}.txt") is not None  # no build needed
    _, added, shared = add_and_compare(workspace, aside / f"{facts.stem}.txt", facts)
    assert shared and shared == shared_ids(load_facts(added), others)
    assert rebuilt(build(workspace)) == (facts.name,)
    assert_same_as_clean(workspace, tmp_path)


def test_without_a_store_nothing_is_kept(tmp_path: Path) -> None:
    """The shipped seed graph's folder goes into the wheel: no index or store beside it."""
    workspace = Workspace(tmp_path / "ws")
    write_corpus(workspace.root, 3, seed=2)
    for _ in range(2):
        assert build(workspace, with_store=False).full
    assert workspace.graph_file.is_file()
    assert not state_dir(workspace.graph_file).exists()


def test_an_index_that_does_not_describe_the_turtle_gives_a_full_build(
    corpus: tuple[Workspace, Path], tmp_path: Path
) -> None:
    """A well-formed index (its checksum right) whose offsets are off: refused, not spliced."""
    workspace, _ = corpus
    index = load_index(workspace)
    index.offsets = [0, *(offset + 7 for offset in index.offsets[1:-1]), index.offsets[-1]]
    save_index(workspace, index)
    edit(workspace.fact_files()[3], r"^  title: .*$", "  title: Changed with a wrong index")
    assert build(workspace).full
    assert_same_as_clean(workspace, tmp_path)


def test_an_index_part_of_the_wrong_shape_gives_a_full_build(
    corpus: tuple[Workspace, Path], tmp_path: Path
) -> None:
    """Shared parts are decoded only when a rebuild touches them: one that is not what the
    build wrote (its checksum right) is refused then, and the build is a full one."""
    workspace, _ = corpus
    index = load_index(workspace)
    assert index.contributors
    wrong = {subject: marshal.dumps(["not", "parts"]) for subject in index.contributors}
    index.shared = buildindex.Blobs(dict, wrong)
    save_index(workspace, index)
    edit(workspace.fact_files()[3], r"^  title: .*$", "  title: Changed with wrong parts")
    assert build(workspace).full
    assert_same_as_clean(workspace, tmp_path)


def test_a_city_or_county_joins_and_leaves_with_the_document_naming_it(
    corpus: tuple[Workspace, Path], tmp_path: Path
) -> None:
    """Cities and counties join the graph only with a document that names them: an incremental
    build adds them (with the divisions above them) and drops them as a clean build would."""
    workspace, _ = corpus
    first, second = workspace.fact_files()[:2]
    edit(first, r"^    region: \S.*$", "    region: Changsha County")
    edit(second, r"^    region: \S.*$", "    region: Bao'an District")
    assert rebuilt(build(workspace)) == (first.name, second.name)
    assert_same_as_clean(workspace, tmp_path)
    turtle = workspace.graph_file.read_text(encoding="utf-8")
    for division in ("changsha-county", "changsha", "bao-an-district", "shenzhen"):
        assert f"region/{division}>" in turtle or f"region/{division} " in turtle, division

    edit(second, r"^    region: Bao'an District$", "    region: China")
    assert rebuilt(build(workspace)) == (second.name,)
    assert_same_as_clean(workspace, tmp_path)
    assert "宝安区" not in workspace.graph_file.read_text(encoding="utf-8")
