"""The shipped plans (``plans/*.rq``): faster queries for the same rows as a SHACL-SPARQL
constraint, and proofs (``plans/*.proof``): an expression over a certificate's values that is true
on a focus node's row when the constraint would report that node, so that the certificate's one
pass stands for the constraint's own. Each is pinned to the SHA-256 of the ``sh:select`` text it
was written for, so that it is used only while its constraint is unchanged. Internal."""

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


def proved(constraint: str, select: str) -> str | None:
    """The proof written for this exact ``sh:select`` text (its expression), if any."""
    proof = proofs().get(constraint)
    if proof is None or proof[0] != hashlib.sha256(select.encode("utf-8")).hexdigest():
        return None
    return proof[1]


def plans() -> dict[str, tuple[str, str]]:
    """Shipped plans: constraint IRI -> (SHA-256 of the sh:select they replace, query text)."""
    return _read("*.rq")


def proofs() -> dict[str, tuple[str, str]]:
    """Shipped proofs: constraint IRI -> (SHA-256 of its sh:select, the expression: the file's
    lines that are not comments)."""
    found = _read("*.proof")
    return {iri: (digest, " ".join(line.strip() for line in text.splitlines()
                                   if line.strip() and not line.startswith("#")))
            for iri, (digest, text) in found.items()}  # fmt: skip


def _read(pattern: str) -> dict[str, tuple[str, str]]:
    found = {}
    for file in sorted(_PLANS.glob(pattern)):
        text = file.read_text(encoding="utf-8")
        header = dict(_header_line(line) for line in text.splitlines()[:2])
        found[header["plan"]] = (header["select-sha256"], text)
    return found


def _header_line(line: str) -> tuple[str, str]:
    """``# Plan for <IRI> ...`` (or ``# Proof for``) or ``# select-sha256: HEX`` as a pair."""
    if line.startswith(("# Plan for <", "# Proof for <")):
        return "plan", line.split("<", 1)[1].split(">", 1)[0]
    key, _, value = line.removeprefix("# ").partition(": ")
    return key, value.strip()
