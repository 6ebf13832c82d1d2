"""`narcokg add` names the operation and agency ids a new report shares with other documents."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from narcokg.build.overlap import shared_ids
from narcokg.model.facts import load_facts

ROOT = Path(__file__).resolve().parent.parent
SEED = load_facts(ROOT / "graph" / "facts" / "mps-2024-01-31-anti-drug-2023.yaml")


def test_a_copy_shares_every_operation_and_agency() -> None:
    copy = dataclasses.replace(SEED, path=Path("second.yaml"))
    shared = shared_ids(copy, [SEED])
    kinds = {(s.kind, s.slug) for s in shared}
    want = {("operation", o.slug) for o in SEED.operations}
    want |= {("agency", a.slug) for a in SEED.agencies}
    assert kinds == want and want
    assert all(s.files == (SEED.path.name,) for s in shared)
    assert "rename it" in shared[0].to_text()


def test_renamed_operations_are_not_reported() -> None:
    renamed = tuple(dataclasses.replace(o, slug=o.slug + "-2") for o in SEED.operations)
    second = dataclasses.replace(SEED, path=Path("second.yaml"), operations=renamed, agencies=())
    assert shared_ids(second, [SEED]) == []


def test_the_report_itself_is_not_counted() -> None:
    assert shared_ids(SEED, [SEED]) == []
