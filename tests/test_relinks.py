"""An incremental build's derived links (build/relinks.py) are exactly the links a full
computation gives, whatever documents were added, changed or removed: checked on random edits
of a synthetic corpus's summaries, against build/summary.py's whole-workspace computation."""

from __future__ import annotations

import random

import pytest

from narcokg import paths
from narcokg.build.derived import NATIONAL_FIGURE, SAME_FIGURE
from narcokg.build.relinks import relinked_graph
from narcokg.build.summary import DocumentSummary, derived_graph, summarise
from narcokg.model.facts import load_facts
from narcokg.model.regions import Region, load_gazetteer, with_divisions
from narcokg.model.vocabulary import Vocabulary, load_vocabulary
from narcokg.model.workspace import Workspace
from narcokg.synth.corpus import write_corpus

FIELDS = ("measure", "period", "regions", "operation", "unit")
Setting = tuple[dict[str, DocumentSummary], Vocabulary, dict[str, Region]]


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    workspace = Workspace(tmp_path_factory.mktemp("relinks") / "ws")
    write_corpus(workspace.root, 40, seed=11)
    summaries = {p.name: summarise(load_facts(p)) for p in workspace.fact_files()}
    gazetteer = workspace.gazetteer_file
    regions = with_divisions(load_gazetteer(gazetteer), gazetteer)
    return summaries, load_vocabulary(paths.ontology_file()), regions


def links(graph_subjects: dict[str, set[tuple[str, object]]]) -> set[tuple[str, str, object]]:
    return {(s, p, o) for s, pairs in graph_subjects.items() for p, o in pairs}


def edited(summary: DocumentSummary, donor: DocumentSummary, rng: random.Random) -> DocumentSummary:
    """``summary`` with some figures given another document's measure, period, regions or
    operation: figures that join or leave groups of linked figures."""
    figures = list(summary.measurements)
    for i in rng.sample(range(len(figures)), k=max(1, len(figures) // 2)):
        other = rng.choice(donor.measurements)
        fields = rng.choice(
            [*((f,) for f in FIELDS), FIELDS]
        )  # one field, or all: the donor's figure restated
        figures[i] = figures[i]._replace(**{f: getattr(other, f) for f in fields})
    return summary._replace(measurements=tuple(figures))


def edit_at_random(
    everything: dict[str, DocumentSummary], rng: random.Random
) -> tuple[dict[str, DocumentSummary], dict[str, DocumentSummary]]:
    """A workspace before and after an edit: two documents added, three changed, two removed."""
    names = sorted(everything)
    held = rng.sample(names, k=4)
    before = {n: s for n, s in everything.items() if n not in held}
    after = dict(before)
    kept = sorted(before)
    rng.shuffle(kept)
    for name in kept[:3]:
        after[name] = edited(before[name], everything[rng.choice(names)], rng)
    for name in kept[3:5]:
        del after[name]
    for name in held[:2]:
        after[name] = everything[name]
    return before, after


def test_relinking_after_random_edits_gives_the_full_links(setting: Setting) -> None:
    everything, vocabulary, regions = setting
    moved: set[str] = set()
    for seed in range(12):
        before, after = edit_at_random(everything, random.Random(seed))
        replaced = [s for n, s in before.items() if after.get(n) != s]
        replaced += [s for n, s in after.items() if before.get(n) != s]
        last = derived_graph([before[n] for n in sorted(before)], vocabulary, regions)
        full = derived_graph([after[n] for n in sorted(after)], vocabulary, regions)
        last_by_subject = {s: frozenset(pairs) for s, pairs in last.subjects.items()}
        ordered = [after[n] for n in sorted(after)]
        relinked = relinked_graph(last_by_subject, ordered, replaced, vocabulary, regions)

        assert links(relinked.subjects) == links(full.subjects), f"seed {seed}"
        moved |= {p for _, p, _ in links(last.subjects) ^ links(full.subjects)}
    assert moved == {SAME_FIGURE, NATIONAL_FIGURE}, "the edits must move links of both kinds"
