"""Adding a reviewed document to a workspace (``narcokg add``): a trial build first, then an
atomic move, so a document that does not build never lands in the workspace. Internal."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from narcokg.build.graph import build_workspace
from narcokg.errors import InputError
from narcokg.model.facts import load_facts
from narcokg.model.workspace import Workspace


def add_document(workspace: Workspace, source: Path, facts: Path) -> tuple[Path, Path]:
    """Copy a reviewed fact file and its source into the workspace, atomically.

    Refuses to overwrite a source or fact file, and refuses facts that do not build together with
    the workspace's other documents (the error names the fact). Nothing is written on failure.
    """
    target_source = workspace.sources_dir / source.name
    target_facts = workspace.facts_dir / facts.name
    for target in (target_source, target_facts):
        if target.exists():
            raise InputError(f"{target} already exists: remove it first to replace the document")
    _check_facts_name(source, facts)
    with tempfile.TemporaryDirectory(dir=workspace.root, prefix=".add-") as scratch:
        trial = Workspace(Path(scratch))
        for folder in ("sources", "facts", "reference"):
            if (workspace.root / folder).is_dir():
                shutil.copytree(workspace.root / folder, trial.root / folder)
        trial.sources_dir.mkdir(exist_ok=True)
        trial.facts_dir.mkdir(exist_ok=True)
        shutil.copyfile(source, trial.sources_dir / source.name)
        shutil.copyfile(facts, trial.facts_dir / facts.name)
        _trial_build(trial)
        workspace.sources_dir.mkdir(exist_ok=True)
        workspace.facts_dir.mkdir(exist_ok=True)
        (trial.sources_dir / source.name).replace(target_source)
        (trial.facts_dir / facts.name).replace(target_facts)
    return target_source, target_facts


def _check_facts_name(source: Path, facts: Path) -> None:
    if not source.is_file():
        raise InputError(f"source document {source} not found")
    loaded = load_facts(facts)
    if loaded.document.file != source.name:
        raise InputError(
            f"{facts} describes {loaded.document.file!r}, not {source.name!r}: "
            "fix `document: file:` or pass the right source"
        )


def _trial_build(trial: Workspace) -> None:
    build_workspace(trial)
