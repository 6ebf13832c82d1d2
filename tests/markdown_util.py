"""The fenced blocks of the project's Markdown documents, for the tests that run them.

A shell block (```sh) is run by the suite unless an HTML comment on the line right above it says
otherwise: ``<!-- illustrative: REASON -->`` (it needs something the suite does not run, such as a
Fuseki server), ``<!-- tested-by: PATH -->`` (a named test or script runs it) or
``<!-- runs-with: SERVICE -->`` (the suite runs it with that service started). A ```text block
right after a shell block (only prose between them) is that block's printed output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .conftest import ROOT

SHELL = ("sh", "bash", "shell", "console")
_FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_MARKER = re.compile(r"<!--\s*(illustrative|tested-by|runs-with):\s*(.*?)\s*-->\s*\Z")


@dataclass(frozen=True)
class Block:
    """One shell block: where it is, its text, how it is covered and the output shown after it."""

    doc: Path
    line: int
    text: str
    marker: str | None  # illustrative, tested-by or runs-with (the comment above the block)
    reason: str
    output: str | None

    @property
    def id(self) -> str:
        return f"{self.doc.relative_to(ROOT)}:{self.line}"


def documents() -> list[Path]:
    """README.md and docs/*.md."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def shell_blocks(doc: Path) -> list[Block]:
    """The shell blocks of ``doc`` in order, each with its marker and shown output."""
    text = doc.read_text(encoding="utf-8")
    fences = list(_FENCE.finditer(text))
    blocks = []
    for index, fence in enumerate(fences):
        if fence[1] not in SHELL:
            continue
        before = text[: fence.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = _MARKER.search(before)
        output = None
        if index + 1 < len(fences) and fences[index + 1][1] == "text":
            between = text[fence.end() : fences[index + 1].start()]
            if not re.search(r"^#", between, re.MULTILINE):
                output = fences[index + 1][2]
        blocks.append(
            Block(doc, text.count("\n", 0, fence.start()) + 1, fence[2],
                  marker[1] if marker else None, marker[2] if marker else "", output)
        )  # fmt: skip
    return blocks


def all_shell_blocks() -> list[Block]:
    return [block for doc in documents() for block in shell_blocks(doc)]


def section(doc: Path, heading: str) -> str:
    """The text of ``doc`` under the heading ``heading`` (any level) up to the next heading of that
    level or above."""
    text = doc.read_text(encoding="utf-8")
    match = re.search(rf"^(#+) {re.escape(heading)}\n", text, re.MULTILINE)
    assert match is not None, f"{doc.name} has no heading {heading!r}"
    level = len(match[1])
    end = re.compile(rf"^#{{1,{level}}} ", re.MULTILINE).search(text, match.end())
    return text[match.end() : end.start() if end else len(text)]
