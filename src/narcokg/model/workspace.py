"""A workspace: the folder a researcher keeps their sources, fact files and built graph in.

Layout (the shipped ``graph/`` folder is itself one)::

    sources/     the documents, byte-exact
    facts/       one reviewed fact file (YAML) per document
    reference/   regions.csv, the gazetteer; cities.csv and counties.csv, China's prefecture- and
                 county-level divisions (optional: the shipped ones are used otherwise)
    queries/     the workspace's own stored queries, beside the shipped ones (optional)
    narcokg.ttl  the built graph
    .narcokg/    the built graph as an on-disk query store, and the index an incremental build
                 reads (not versioned; see build/ondisk.py, build/buildindex.py)
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from narcokg import paths

MARKER = "narcokg.toml"


class Workspace(NamedTuple):
    root: Path

    @property
    def sources_dir(self) -> Path:
        return self.root / "sources"

    @property
    def facts_dir(self) -> Path:
        return self.root / "facts"

    @property
    def queries_dir(self) -> Path:
        return self.root / "queries"

    @property
    def graph_file(self) -> Path:
        return self.root / "narcokg.ttl"

    @property
    def gazetteer_file(self) -> Path:
        own = self.root / "reference" / "regions.csv"
        return own if own.is_file() else paths.graph_dir() / "reference" / "regions.csv"

    def fact_files(self) -> list[Path]:
        return sorted(self.facts_dir.glob("*.yaml"))


def shipped_workspace() -> Workspace:
    """The workspace that ships with narcokg (the repository's ``graph/`` folder)."""
    return Workspace(paths.graph_dir())


def find_workspace(start: Path | None = None) -> Workspace:
    """The workspace holding ``start`` (a folder with ``narcokg.toml``), else the shipped one."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / MARKER).is_file():
            return Workspace(folder)
    return shipped_workspace()


# --- creating a workspace (narcokg init; adding documents is build.add) -----------------------

WORKSPACE_FOLDERS = ("sources", "facts", "queries", "reference")


def init_workspace(root: Path) -> Workspace:
    """Create a workspace: its folders, a gazetteer (the shipped regions plus the world
    gazetteer's countries and states) and the ``narcokg.toml`` marker. Refuses a folder that
    already is one."""
    from narcokg.errors import InputError

    if (root / MARKER).exists():
        raise InputError(f"{root} is already a narcokg workspace")
    for folder in WORKSPACE_FOLDERS:
        (root / folder).mkdir(parents=True, exist_ok=True)
    _write_gazetteer(root / "reference" / "regions.csv")
    (root / MARKER).write_text(
        "# A narcokg workspace: sources/, facts/, queries/ (your own stored queries),\n"
        "# reference/regions.csv (the gazetteer) and narcokg.ttl (built by `narcokg build`).\n",
        encoding="utf-8",
    )
    return Workspace(root)


def _write_gazetteer(target: Path) -> None:
    """The shipped regions, then every row of the world gazetteer they lack (a report from Kerala
    or Jalisco builds in a new workspace), then China's divisions beside them."""
    import csv
    import io

    from narcokg.model.regions import WORLD_REGIONS

    if target.exists():
        return
    shipped = (paths.graph_dir() / "reference" / "regions.csv").read_text(encoding="utf-8")
    world = WORLD_REGIONS.read_text(encoding="utf-8").splitlines(keepends=True)
    rows = [*csv.DictReader(shipped.splitlines()), *_world_rows(world, shipped)]
    out = io.StringIO()
    out.write(WORKSPACE_NOTE)
    writer = csv.DictWriter(out, REGION_COLUMNS, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    temp = target.with_name(target.name + ".tmp")
    temp.write_text(out.getvalue(), encoding="utf-8")
    temp.replace(target)
    for name in ("cities.csv", "counties.csv"):  # China's divisions, editable like regions.csv
        shipped_file = paths.graph_dir() / "reference" / name
        if shipped_file.is_file():
            target.with_name(name).write_bytes(shipped_file.read_bytes())


REGION_COLUMNS = (
    "name",
    "kind",
    "iso_3166",
    "wikidata",
    "part_of",
    "label_zh",
    "aliases",
    "checked",
)
WORKSPACE_NOTE = (
    "# The gazetteer: narcokg's shipped regions, then the world gazetteer's countries and states\n"
    "# (src/narcokg/model/regions_world.csv: how each id was checked is its `checked` column).\n"
    "# Add or edit rows freely; a fact's region must be a `name` here (or in cities.csv).\n"
)


def _world_rows(world: list[str], shipped: str) -> list[dict[str, str]]:
    import csv

    have = {row["name"] for row in csv.DictReader(shipped.splitlines())}
    lines = [line for line in world if not line.startswith("#")]
    return [row for row in csv.DictReader(lines) if row["name"] not in have]
