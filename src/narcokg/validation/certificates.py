"""What the shapes compile to: a :class:`Check` per constraint, and :class:`Certificate` passes
that prove a group of core checks would find nothing, so that the fast validator can skip them.
Internal; :mod:`narcokg.validation.compiler` builds these, :mod:`narcokg.validation.fast` runs them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from narcokg.namespaces import RDF


@dataclass(frozen=True)
class Check:
    """One compiled constraint: its source shape, query, messages and how to read its rows."""

    shape: str
    query: str
    messages: tuple[str, ...]
    severity: str
    path: str | None
    sparql: bool  # a SHACL-SPARQL constraint: messages are substituted from the row
    targets: tuple[str, ...]  # the target patterns binding ?this; rows are kept for those nodes
    written: str | None = None  # a planned constraint's sh:select as written (with its prefixes)
    proof: str | None = None  # its proof's expression, with ``?{IRI}`` for a path's value


#: Subclass closures: class IRI -> every class IRI that is it or below it (``rdfs:subClassOf*``).
Subclasses = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class CertifiedPath:
    """A property of a certificate: its predicate, its counts, and when a value is fine."""

    predicate: str
    required: bool  # sh:minCount 1 (otherwise none or 0)
    single: bool  # sh:maxCount 1 (otherwise none)
    ok: str  # true when ?value breaks none of the shape's value constraints


@dataclass(frozen=True)
class Certificate:
    """One pass proving that a group of core checks would find nothing.

    Property shapes whose constraints are ``minCount`` 0 or 1, ``maxCount`` 1 or none, and value
    constraints (datatype, nodeKind, class, pattern, in) are checked by joining the focus nodes
    with their paths (OPTIONAL where not required) and counting, with N focus nodes: N distinct
    focus nodes among the rows (every required path has a value) and every row's values fine (no
    bad value); for single-valued paths, joined together, also exactly N rows (no focus node has
    two values on one path). Then the :attr:`checks` would report nothing; otherwise they run one
    by one. A multi-valued path gets a certificate of its own, so the join never multiplies values
    of different paths; single-valued ones stop at N + 1 rows (:meth:`proof_query`), so a node
    with many values cannot blow the join up either.
    """

    targets: tuple[str, ...]
    paths: tuple[CertifiedPath, ...]
    checks: tuple[Check, ...]  # every check it stands for, the proofs' ones included
    #: SHACL-SPARQL checks with an expression over the paths' values (``?v0`` ...) that is true
    #: on a focus node's row when the check would report that node (plans/*.proof)
    proofs: tuple[tuple[Check, str], ...] = ()

    @property
    def single(self) -> bool:
        """Whether every path has at most one value (the row count is then part of the proof)."""
        return all(path.single for path in self.paths)

    def count_query(self) -> str:
        """``?n``: the number of focus nodes."""
        return f"SELECT (COUNT(*) AS ?n) WHERE {{ {self._focus()} }}"

    def proof_query(self, focus_nodes: int) -> str:
        """``?rows``, ``?nodes`` (distinct focus nodes), ``?good`` (rows with fine values)."""
        joins, fine = [], []
        for i, path in enumerate(self.paths):
            triple = f"?this <{path.predicate}> ?v{i} ."
            joins.append(triple if path.required else f"OPTIONAL {{ {triple} }}")
            ok = path.ok.replace("?value", f"?v{i}")
            fine.append(f"({ok})" if path.required else f"(!BOUND(?v{i}) || ({ok}))")
        limit = f" LIMIT {focus_nodes + 1}" if self.single else ""
        # each proof counts the rows its expression is true on (false on an error, as a FILTER)
        found = "".join(
            f" BIND (COALESCE(IF({e}, 1, 0), 0) AS ?p{i})" for i, (_, e) in enumerate(self.proofs)
        )
        sums = "".join(f" (SUM(?p{i}) AS ?proof{i})" for i in range(len(self.proofs)))
        inner = "".join(f" ?p{i}" for i in range(len(self.proofs)))
        return (
            "SELECT (COUNT(*) AS ?rows) (COUNT(DISTINCT ?this) AS ?nodes) (SUM(?ok) AS ?good)"
            f"{sums} WHERE {{ SELECT ?this ?ok{inner} WHERE {{ {self._focus()} {' '.join(joins)} "
            f"BIND (COALESCE(IF({' && '.join(fine)}, 1, 0), 0) AS ?ok){found} }}{limit} }}"
        )

    def proves(self, focus_nodes: int, rows: int, nodes: int, good: int) -> bool:
        """Whether the proof query's counts show the core checks find nothing (and that each
        focus node has one row, on which the proofs' expressions stand for their checks)."""
        return nodes == focus_nodes and good == rows and (rows == focus_nodes or not self.single)

    @property
    def core(self) -> tuple[Check, ...]:
        """The core checks (not those of the proofs)."""
        proved = {check for check, _ in self.proofs}
        return tuple(c for c in self.checks if c not in proved)

    def _focus(self) -> str:
        if len(self.targets) == 1 and _SINGLE_CLASS.fullmatch(self.targets[0]):
            return self.targets[0]  # one rdf:type triple per node: no duplicates to remove
        return f"{{ SELECT DISTINCT ?this WHERE {{ {focus_pattern(self.targets)} }} }}"


def focus_pattern(targets: Sequence[str]) -> str:
    """A graph pattern binding ``?this`` to every focus node of the target patterns."""
    return " UNION ".join("{ " + t + " }" for t in targets)


#: A target pattern that yields each focus node once: its instances of a single class.
_SINGLE_CLASS = re.compile(rf"\?this <{re.escape(RDF)}type> <[^<>\s]+> \.")


@dataclass(frozen=True)
class CompiledShapes:
    """What the fast validator runs: certificates (with the checks they stand for) and the rest."""

    certificates: tuple[Certificate, ...]
    checks: tuple[Check, ...]  # not covered by a certificate
