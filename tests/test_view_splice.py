"""The differential test of kept answers spliced after incremental builds (queries/viewparts.py):
random sequences of added, changed and removed reports on a synthetic corpus; after each build
the spliced answer of each whole-table query is the answer a fresh evaluation gives on the same
graph (the same rows, in the same order of their ORDER BY keys) and tags each row with its
measurement as a fresh evaluation does."""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from narcokg import paths
from narcokg.build.incremental import build
from narcokg.build.ondisk import open_graph_store
from narcokg.model.workspace import Workspace
from narcokg.queries import viewparts, views
from narcokg.queries.answer import answer_stored
from narcokg.queries.catalogue import load_catalogue, render_query
from narcokg.queries.engines import LocalEngine
from narcokg.queries.results import SelectResult, format_result
from narcokg.queries.viewparts import OrderKey, Tagged, order_columns, split_tags, tagged
from narcokg.synth.corpus import write_corpus

CASES = [
    ("measurements", {}),
    ("share-of-national", {}),
    ("measurements-for-region", {"region": "China"}),
    ("seizures-by-operation", {}),
]
FIGURE = re.compile(r"^    quote: (?P<quote>.+)\n    measure: .+\n    number: (?P<n>\d+)$", re.M)
OPERATION = re.compile(r"^(operations:\n  \S+:\n    label: ).*$", re.M)


def test_the_checked_texts_are_the_shipped_queries() -> None:
    """A changed query needs this differential test to pass again before its pin moves."""
    catalogue = load_catalogue(paths.queries_dir())
    for name, pinned in viewparts.CHECKED.items():
        assert hashlib.sha256(catalogue.get(name).text.encode()).hexdigest() == pinned, name


def move(source_dir: Path, facts: Path, target: Path) -> None:
    """Move a report (fact file and source) from its workspace folders to ``target`` or back."""
    (target / "facts").mkdir(parents=True, exist_ok=True)
    (target / "sources").mkdir(parents=True, exist_ok=True)
    facts.rename(target / "facts" / facts.name)
    text = source_dir / f"{facts.stem}.txt"
    text.rename(target / "sources" / text.name)


def change_figure(workspace: Workspace, rng: random.Random) -> bool:
    """One figure one higher, in its fact file and its source."""
    files = workspace.fact_files()
    rng.shuffle(files)
    for facts in files:
        text = facts.read_text("utf-8")
        source = workspace.sources_dir / f"{facts.stem}.txt"
        body = source.read_text("utf-8")
        for match in FIGURE.finditer(text):
            quote, number = match["quote"], int(match["n"])
            shown = f"{number:,}"
            new_quote = quote.replace(shown, f"{number + 1:,}", 1)
            if shown not in quote or body.count(quote) != 1 or text.count(quote) != 1:
                continue
            if new_quote in body:
                continue
            block = match.group(0).replace(quote, new_quote)
            block = block.replace(f"number: {number}", f"number: {number + 1}")
            facts.write_text(text[: match.start()] + block + text[match.end() :], "utf-8")
            source.write_text(body.replace(quote, new_quote), "utf-8")
            return True
    return False


def relabel_operation(workspace: Workspace, rng: random.Random, step: int) -> bool:
    files = [f for f in workspace.fact_files() if OPERATION.search(f.read_text("utf-8"))]
    if not files:
        return False
    facts = rng.choice(files)
    text = facts.read_text("utf-8")
    facts.write_text(OPERATION.sub(rf"\g<1>Relabelled operation {step}", text, 1), "utf-8")
    return True


def mutate(workspace: Workspace, aside: Path, rng: random.Random, step: int) -> str:
    """One random add, remove, figure change or relabelling; what it was."""
    while True:
        action = rng.choice(["add", "remove", "figure", "operation"])
        pool = sorted((aside / "facts").glob("*.yaml")) if (aside / "facts").is_dir() else []
        if action == "add" and pool:
            move(aside / "sources", rng.choice(pool), workspace.root)
            return action
        if action == "remove" and len(workspace.fact_files()) > 4:
            move(workspace.sources_dir, rng.choice(workspace.fact_files()), aside)
            return action
        if action == "figure" and change_figure(workspace, rng):
            return action
        if action == "operation" and relabel_operation(workspace, rng, step):
            return action


def keys(result: SelectResult, columns: list[OrderKey]) -> list[tuple[str | None, ...]]:
    return [tuple(None if row[c] is None else row[c].value for c, _ in columns)
            for row in result.rows]  # fmt: skip


def check(workspace: Workspace, name: str, values: dict[str, str], before: int) -> int:
    """Compare the spliced answer with fresh ones (``before``: the rows kept before the build;
    an empty answer is not kept, so there is nothing to splice). The rows now."""
    stored = load_catalogue(paths.queries_dir()).get(name)
    text = render_query(stored, values)
    engine = LocalEngine(store=open_graph_store(workspace.graph_file))
    spliced = views.splice_kept(workspace.graph_file, stored, text, engine)
    answer = LocalEngine([workspace.graph_file]).run(text)  # fresh, from the Turtle
    assert isinstance(answer, SelectResult)
    if name not in viewparts.CHECKED:  # evaluated whole again on the store, and kept
        assert spliced is None
        # (not compared with the in-memory answer: its SAMPLE may pick another of an operation's
        # labels there than on the on-disk store, as it may in a splice)
        on_store = format_result(engine.run(text), "csv")
        assert answer_stored(workspace, name, values, "csv") == on_store
        return len(answer.rows)
    if spliced is None and not before:
        assert answer_stored(workspace, name, values, "csv") == format_result(answer, "csv")
        return len(answer.rows)
    assert spliced is not None, f"{name}: not spliced"
    columns = order_columns(text, answer.variables)
    assert columns is not None
    assert Counter(spliced.result.rows) == Counter(answer.rows), name
    assert keys(spliced.result, columns) == keys(answer, columns), name
    fresh_tags = engine.run(tagged(text))
    assert isinstance(fresh_tags, SelectResult)
    expected: Tagged = split_tags(fresh_tags)
    assert Counter(zip(spliced.tags, spliced.result.rows, strict=True)) == Counter(
        zip(expected.tags, expected.result.rows, strict=True)
    ), name
    return len(answer.rows)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_spliced_answers_equal_fresh_evaluations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setattr(views, "MIN_ROWS", 1)
    monkeypatch.setattr(viewparts, "MOST", float("inf"))  # splice whatever share changed
    # odd seeds put the fresh rows in by bisection, even ones sort the whole table again
    monkeypatch.setattr(viewparts, "FEW", 1 if seed % 2 else 10**9)
    workspace = Workspace(tmp_path / "ws")
    write_corpus(workspace.root, 16, seed=seed)
    aside = tmp_path / "aside"
    rng = random.Random(seed)
    for facts in rng.sample(workspace.fact_files(), 3):
        move(workspace.sources_dir, facts, aside)
    assert build(workspace).full
    rows = {}
    for name, values in CASES:  # kept live, with their rows' measurements
        rows[name] = answer_stored(workspace, name, values, "csv").count("\n") - 1
    done = []
    for step in range(6):
        done.append(mutate(workspace, aside, rng, step))
        assert not build(workspace).full, done
        for name, values in CASES:
            rows[name] = check(workspace, name, values, rows[name])
    assert {"add", "remove", "figure", "operation"} & set(done)
