"""``narcokg diff`` and a release's changes: figures added, changed and removed, per document."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from narcokg.model.workspace import Workspace
from tests.conftest import SEED_ID
from tests.publish.conftest import narcokg


def edited_release(workspace: Workspace, release_dir: Path, out: Path) -> Path:
    """A 1.1.0 release of the seed workspace with one figure changed (the text now says "12 key
    provinces"), one removed and one added (a figure renamed)."""
    source = next(workspace.sources_dir.glob("*.txt"))
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("11 key provinces", "12 key provinces"), encoding="utf-8")
    path = next(workspace.facts_dir.glob("*.yaml"))
    facts = yaml.safe_load(path.read_text(encoding="utf-8"))
    measurements = facts["measurements"]
    measurements["hunting-provinces"].update(quote="12 key provinces", number=12)
    measurements["yunnan-related-cases"] = measurements.pop("yunnan-cases-detected")
    path.write_text(yaml.safe_dump(facts, allow_unicode=True, sort_keys=False), encoding="utf-8")
    root = str(workspace.root)
    assert narcokg("--project", root, "build").returncode == 0
    done = narcokg("--project", root, "release", "--version", "1.1.0", "-o", str(out),
                   "--previous", str(release_dir))  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out


def test_changes_per_document(seed_workspace: Workspace, release_dir: Path, tmp_path: Path) -> None:
    new = edited_release(seed_workspace, release_dir, tmp_path / "1.1.0")
    changes = json.loads((new / "changes.json").read_text(encoding="utf-8"))
    assert changes["summary"] == {"added": 1, "changed": 1, "removed": 1}
    document = changes["documents"][SEED_ID]
    (changed,) = document["changed"]
    assert (changed["old"]["value"], changed["new"]["value"]) == ("11", "12")
    assert changed["new"]["exact"] == "12 key provinces"
    assert document["added"][0]["measurement"].endswith("/yunnan-related-cases")
    assert document["removed"][0]["measurement"].endswith("/yunnan-cases-detected")
    assert document["added"][0]["span"] == document["removed"][0]["span"]
    cli = narcokg("diff", str(release_dir), str(new), "--format", "json")
    assert json.loads(cli.stdout) == changes
    table = narcokg("diff", str(release_dir), str(new / "narcokg.ttl")).stdout
    assert f"{SEED_ID}: 1 added, 1 changed, 1 removed" in table
    assert "~ hunting-provinces  value=11 (exact) province [1585-1601]  ->  value=12" in table


def test_no_changes_between_a_release_and_its_graph(release_dir: Path) -> None:
    done = narcokg("diff", str(release_dir), str(release_dir / "narcokg.nt"))
    assert done.returncode == 0 and done.stdout == "no figures added, changed or removed\n"


def test_a_missing_release_is_an_input_error(tmp_path: Path) -> None:
    done = narcokg("diff", str(tmp_path / "old"), str(tmp_path / "new"))
    assert done.returncode == 2 and "does not exist" in done.stderr
