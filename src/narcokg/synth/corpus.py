"""A seeded, deterministic generator of synthetic reports and their fact files.

``narcokg synth --documents N -o DIR --seed S`` writes a workspace (``sources/``, ``facts/``,
``reference/regions.csv``, ``narcokg.toml``) that ``narcokg --project DIR build`` builds like real
reports: every fact quotes its text, garbled figures carry their repairs, spans are found by the
build. The corpus is organised by reporting period (years 2005-2024, their halves, quarters and
months; when a corpus needs more, the twenty years before, and so on back to 1905): for each
period one national report of the Ministry of Public Security and several provincial reports,
with national operations that provinces take part in, provincial operations,
and figures whose sizes nest (a province's figure is a small share of the national one, an
operation's a share of its region's), so that the cross-level shapes are exercised for real.

Planted inconsistencies (unless ``--clean``), listed with the IRIs they concern in ``planted.json``:

- ``naive-split-wan``: a national split-万 garble read literally ("4" for 42,000), no repair:
  caught by nksh:UnrepairedGarbleShape, and by nksh:CrossLevelConsistencyShape for the provincial
  figures of that period that now certainly exceed the national one.
- ``naive-lost-point``: a provincial "12 ... seized2 tons" read as 12 tonnes, no repair:
  nksh:UnrepairedGarbleShape.
- ``province-exceeds-national``: a province states more than the national total of the same
  measure and period: nksh:CrossLevelConsistencyShape.
- ``operation-exceeds-total``: a provincial operation's figure above the province's total:
  nksh:CrossLevelConsistencyShape.
- ``unit-misfit``: a count of suspects recorded in kilograms: nksh:UnitFitsMeasureShape.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

from narcokg import paths
from narcokg.model.workspace import MARKER
from narcokg.synth.documents import DocumentPlan, Planted, plan_document, render_document

PLANTED_KINDS = (
    "naive-split-wan",
    "naive-lost-point",
    "province-exceeds-national",
    "operation-exceeds-total",
    "unit-misfit",
)


def period_labels(first: int = 2005, last: int = 2024) -> list[str]:
    """The reporting periods of the years ``first`` to ``last``, in calendar order.

    >>> labels = period_labels()
    >>> len(labels), labels[:4]
    (380, ['2005', '2005-H1', '2005-H2', '2005-Q1'])
    """
    labels = []
    for year in range(first, last + 1):
        labels += [str(year), f"{year}-H1", f"{year}-H2"]
        labels += [f"{year}-Q{q}" for q in range(1, 5)]
        labels += [f"{year}-{m:02d}" for m in range(1, 13)]
    return labels


def provinces() -> list[str]:
    """The gazetteer's regions inside China, in file order."""
    from narcokg.model.regions import load_gazetteer

    gazetteer = load_gazetteer(paths.graph_dir() / "reference" / "regions.csv")
    return [name for name, region in gazetteer.items() if region.part_of == "China"]


def plan_corpus(documents: int, seed: int, *, clean: bool = False) -> list[DocumentPlan]:
    """The plan of ``documents`` reports: per period a national report, then provincial ones."""
    rng = random.Random(seed)
    names = provinces()
    plans: list[DocumentPlan] = []
    pending = [] if clean else list(PLANTED_KINDS)
    for period in _periods(rng):
        if len(plans) >= documents:
            break
        regions = ["China", *rng.sample(names, rng.randint(6, 14))]
        national = None
        for region in regions[: documents - len(plans)]:
            plan = plan_document(len(plans), period, region, national, rng, pending)
            national = national or plan
            plans.append(plan)
    if len(plans) < documents:
        raise ValueError(f"at most {len(plans)} documents can be generated")
    return plans


def _periods(rng: random.Random) -> Iterator[str]:
    """2005-2024 in random order, then (only if needed) each twenty years before, back to 1905.

    Earlier years are shuffled only once the later ones are used up, so a corpus that fits in
    2005-2024 is the same whatever the generator could reach beyond it.
    """
    for last in range(2024, 1905, -20):
        periods = period_labels(last - 19, last)
        rng.shuffle(periods)
        yield from periods


def write_corpus(target: Path, documents: int, seed: int, *, clean: bool = False) -> list[Planted]:
    """Write the workspace; returns the planted inconsistencies (also in ``planted.json``)."""
    plans = plan_corpus(documents, seed, clean=clean)
    for folder in ("sources", "facts", "reference"):
        (target / folder).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(
        paths.graph_dir() / "reference" / "regions.csv", target / "reference" / "regions.csv"
    )
    (target / MARKER).write_text(
        f"# narcokg workspace: synthetic corpus, {documents} documents, seed {seed}\n",
        encoding="utf-8",
    )
    planted: list[Planted] = []
    for plan in plans:
        text, facts = render_document(plan)
        (target / "sources" / f"{plan.doc_id}.txt").write_text(text, encoding="utf-8")
        (target / "facts" / f"{plan.doc_id}.yaml").write_text(facts, encoding="utf-8")
        planted.extend(plan.planted)
    manifest = [p.to_json() for p in planted]
    (target / "planted.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return planted
