"""The shipped plans (``plans/*.rq``): faster queries for the same rows as a SHACL-SPARQL
constraint, each pinned to the SHA-256 of the ``sh:select`` text it replaces, so that a plan is
used only while its constraint is unchanged. Internal."""

from __future__ import annotations

import hashlib
from pathlib import Path

_PLANS = Path(__file__).resolve().parent / "plans"


def planned(constraint: str, select: str) -> str:
    """The plan written for this exact ``sh:select`` text, or the text itself."""
    plan = plans().get(constraint)
    if plan is None or plan[0] != hashlib.sha256(select.encode("utf-8")).hexdigest():
        return select
    return plan[1]


def plans() -> dict[str, tuple[str, str]]:
    """Shipped plans: constraint IRI -> (SHA-256 of the sh:select they replace, query text)."""
    found = {}
    for file in sorted(_PLANS.glob("*.rq")):
        text = file.read_text(encoding="utf-8")
        header = dict(_header_line(line) for line in text.splitlines()[:2])
        found[header["plan"]] = (header["select-sha256"], text)
    return found


def _header_line(line: str) -> tuple[str, str]:
    """``# Plan for <IRI> ...`` or ``# select-sha256: HEX`` as a (key, value) pair."""
    if line.startswith("# Plan for <"):
        return "plan", line.split("<", 1)[1].split(">", 1)[0]
    key, _, value = line.removeprefix("# ").partition(": ")
    return key, value.strip()
