"""What the last build changed (``.narcokg/changes.json``, ignored by git), for
``narcokg validate --changed``.

An incremental build records the fact files it rebuilt and removed, the subjects of the rebuilt
documents, and every subject whose triples it changed (added, edited or removed, including the
derived links and the shared subjects of other documents), with the stamps of the Turtle it wrote
and of the shapes (other shapes may find problems anywhere); a full build records only that it was
full. The record is removed before the Turtle is written and written after the index, so that a
build stopped half-way leaves none: a record that is missing, damaged, from a full build or stamped
for another Turtle or other shapes means "validate everything".

The record holds every change since the graph was last validated, not only the last build's: a
build whose starting graph has no validation recorded (``validated.json``, written by
``narcokg validate`` of the workspace's graph) adds its changes to the record it finds, so two
builds in a row leave nothing unchecked; when the starting graph's changes are unknown (a full
build, no record), the new record says "validate everything".
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from narcokg import paths
from narcokg.build.ondisk import FileStamp, state_dir

RECORD = "changes.json"
VALIDATED = "validated.json"
_KEYS = ("documents", "removed", "own", "changed")


@dataclass(frozen=True)
class LastBuild:
    """The last build's changes: the fact files it rebuilt or removed, the rebuilt documents'
    subjects (``own``) and the subjects whose triples changed."""

    documents: tuple[str, ...]
    removed: tuple[str, ...]
    own: tuple[str, ...]
    changed: tuple[str, ...]


NOTHING = LastBuild((), (), (), ())


def unvalidated(graph_file: Path) -> LastBuild | None:
    """The changes to ``graph_file`` (as it is now, before a build) that no validation has seen
    yet: none when its validation is recorded, the recorded ones, or None when unknown."""
    if _validated(graph_file):
        return NOTHING
    last = last_build(graph_file)
    return None if isinstance(last, str) else last


def merged(
    pending: LastBuild | None, changed: tuple[Iterable[str], ...] | None
) -> tuple[Iterable[str], ...] | None:
    """A build's changes (``changed``, the fields of :class:`LastBuild`) added to those still
    unvalidated before it; None (validate everything) when either is unknown."""
    if pending is None or changed is None:
        return None
    old = (pending.documents, pending.removed, pending.own, pending.changed)
    return tuple({*before, *now} for before, now in zip(old, changed, strict=True))


def mark_validated(graph_file: Path) -> None:
    """Record that ``graph_file`` as it is now has been validated (its whole, or every change
    since its last validation): the next build's record starts from here. Only for a graph that
    a build wrote (a record beside it): nothing is written beside any other file."""
    from narcokg.build.store import write_atomically

    if not (state_dir(graph_file) / RECORD).is_file():
        return
    stamp = _recorded_stamp(graph_file) or FileStamp.of(graph_file)
    shapes = FileStamp.of(paths.shapes_file())
    body = {"graph": stamp._asdict(), "shapes": shapes._asdict()}
    write_atomically(state_dir(graph_file) / VALIDATED, json.dumps(body, indent=0).encode())


def _recorded_stamp(graph_file: Path) -> FileStamp | None:
    """The build record's stamp of ``graph_file`` when it still matches (no hash to compute)."""
    try:
        body = json.loads((state_dir(graph_file) / RECORD).read_text(encoding="utf-8"))
        stamp = FileStamp(**body["graph"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return stamp if stamp.matches(graph_file) else None


def _validated(graph_file: Path) -> bool:
    try:
        body = json.loads((state_dir(graph_file) / VALIDATED).read_text(encoding="utf-8"))
        stamp, shapes = FileStamp(**body["graph"]), FileStamp(**body["shapes"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return stamp.matches(graph_file) and shapes.matches(paths.shapes_file())


def forget(graph_file: Path) -> None:
    """Remove the record (a build is about to change the Turtle)."""
    (state_dir(graph_file) / RECORD).unlink(missing_ok=True)


def record(
    graph_file: Path,
    stamp: FileStamp,
    changed: tuple[Iterable[str], ...] | None,
    step: tuple[str, Iterable[str]] | None = None,
) -> None:
    """Record the build that wrote ``graph_file`` (``stamp``): the fields of :class:`LastBuild`
    in order, or None for a full build; and ``step``, this build's own: the SHA-256 of the
    Turtle it started from and the subjects whose triples it changed (:func:`last_step`)."""
    from narcokg.build.store import write_atomically

    shapes = FileStamp.of(paths.shapes_file())
    body: dict[str, object] = {"graph": stamp._asdict(), "shapes": shapes._asdict()}
    body["full"] = changed is None
    if changed is not None:
        body |= {key: sorted(values) for key, values in zip(_KEYS, changed, strict=True)}
    if step is not None:
        body["step"] = {"from": step[0], "changed": sorted(step[1])}
    write_atomically(state_dir(graph_file) / RECORD, json.dumps(body, indent=0).encode())


def last_step(graph_file: Path) -> tuple[str, tuple[str, ...]] | None:
    """The last build's own change to ``graph_file`` as it is now: the SHA-256 of the Turtle it
    started from and the subjects whose triples it changed; None after a full build, or when
    the graph changed since or the record is missing or damaged (queries/views.py)."""
    try:
        body = json.loads((state_dir(graph_file) / RECORD).read_text(encoding="utf-8"))
        stamp, step = FileStamp(**body["graph"]), body["step"]
        start, changed = step["from"], step["changed"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(start, str) or not isinstance(changed, list):
        return None
    if not all(isinstance(s, str) for s in changed) or not stamp.matches(graph_file):
        return None
    return start, tuple(changed)


def last_build(graph_file: Path) -> LastBuild | str:
    """The last build's changes to ``graph_file``, or why they are not known."""
    try:
        body = json.loads((state_dir(graph_file) / RECORD).read_text(encoding="utf-8"))
        stamp, shapes = FileStamp(**body["graph"]), FileStamp(**body["shapes"])
        full = body["full"]
        if full is True:
            return "the last build was a full one"
        lists = [body[key] for key in _KEYS]
    except FileNotFoundError:
        return "no incremental build of this graph is recorded"
    except (OSError, ValueError, KeyError, TypeError):
        return "the record of the last build is damaged"
    if not all(isinstance(v, list) and all(isinstance(s, str) for s in v) for v in lists):
        return "the record of the last build is damaged"
    if not stamp.matches(graph_file):
        return "the graph has changed since the last build"
    if not shapes.matches(paths.shapes_file()):
        return "the shapes have changed since the last build"
    return LastBuild(*(tuple(v) for v in lists))
