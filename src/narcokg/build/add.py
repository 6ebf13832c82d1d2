"""Adding a reviewed document to a workspace (``narcokg add``): a check first, then an atomic
move, so a document that does not build never lands in the workspace. The check uses the last
build's index when it is current (the other documents' summaries, build/incremental.py), else a
trial build of the whole workspace. Internal."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from narcokg.build.graph import build_workspace
from narcokg.build.incremental import trial as quick_trial
from narcokg.build.overlap import SharedId, ids_of, shared_ids_among
from narcokg.errors import InputError
from narcokg.model.facts import load_facts
from narcokg.model.workspace import Workspace


def add_document(workspace: Workspace, source: Path, facts: Path) -> tuple[Path, Path]:
    """Copy a reviewed fact file and its source into the workspace, atomically.

    Refuses to overwrite a source or fact file, and refuses facts that do not build together with
    the workspace's other documents (the error names the fact). Nothing is written on failure.
    """
    added = add_and_compare(workspace, source, facts)
    return added[0], added[1]


def add_and_compare(
    workspace: Workspace, source: Path, facts: Path
) -> tuple[Path, Path, list[SharedId]]:
    """:func:`add_document`, and the new report's operation and agency ids other documents
    already use. Checked against the last build's index when it is current (no build needed),
    else by a trial build of the whole workspace."""
    target_source = workspace.sources_dir / source.name
    target_facts = workspace.facts_dir / facts.name
    for target in (target_source, target_facts):
        if target.exists():
            raise InputError(f"{target} already exists: remove it first to replace the document")
    _check_facts_name(source, facts)
    others = quick_trial(workspace, facts, source)
    if others is None:
        before = [ids_of(load_facts(path)) for path in workspace.fact_files()]
        _add_after_trial_build(workspace, source, facts)
    else:
        for given, target in ((source, target_source), (facts, target_facts)):
            target.parent.mkdir(exist_ok=True)
            _copy_atomically(given, target)
        before = [(s.fact_file, frozenset(s.operations), frozenset(a[0] for a in s.agencies))
                  for s in others]  # fmt: skip
    return target_source, target_facts, shared_ids_among(load_facts(target_facts), before)


def _add_after_trial_build(workspace: Workspace, source: Path, facts: Path) -> None:
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
        (trial.sources_dir / source.name).replace(workspace.sources_dir / source.name)
        (trial.facts_dir / facts.name).replace(workspace.facts_dir / facts.name)


def _copy_atomically(given: Path, target: Path) -> None:
    """Copy beside the target, then rename: a reader never sees half a file."""
    scratch = target.with_name(f".{target.name}.adding")
    shutil.copyfile(given, scratch)
    scratch.replace(target)


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
