"""What a validation finds, whichever engine found it: :class:`ValidationReport` and its
:class:`ValidationResult` rows (entity, shape, message, and the source sentence a person can check).
Part of the public API (``narcokg.ValidationReport``)."""

from __future__ import annotations

from dataclasses import dataclass

from narcokg.namespaces import shorten_iri

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class ValidationResult:
    """One problem: which entity (``focus``) broke which shape, and what the source text said."""

    focus: str
    shape: str
    message: str
    severity: str
    path: str | None
    value: str | None
    sentence: str | None

    def sort_key(self) -> tuple[int, str, str, str, str, str]:
        return (
            _SEVERITY_ORDER.get(self.severity, 3),
            self.shape,
            self.focus,
            self.path or "",
            self.value or "",
            self.message,
        )


@dataclass(frozen=True)
class ValidationReport:
    """Whether the graph conforms, and every problem found, in a deterministic order."""

    conforms: bool
    results: tuple[ValidationResult, ...]

    def to_text(self) -> str:
        """A report a person can read: each problem's message, entity and source sentence.

        >>> ValidationReport(True, ()).to_text()
        'The graph conforms to the narcokg shapes.'
        """
        if self.conforms and not self.results:
            return "The graph conforms to the narcokg shapes."
        verdict = "conforms" if self.conforms else "does not conform"
        count = len(self.results)
        lines = [f"The graph {verdict}: {count} problem{'s' if count != 1 else ''}."]
        for number, result in enumerate(self.results, start=1):
            lines.append("")
            lines.extend(_describe(number, result))
        return "\n".join(lines)


def _describe(number: int, result: ValidationResult) -> list[str]:
    lines = [
        f"{number}. [{result.severity}] {_compact(result.shape)}",
        f"   {result.message}",
        f"   entity: {_compact(result.focus)}",
    ]
    if result.path is not None:
        lines.append(f"   property: {_compact(result.path)}")
    if result.value is not None:
        lines.append(f"   value: {_compact(result.value)}")
    if result.sentence is not None:
        lines.append(f"   sentence: {' '.join(result.sentence.split())}")
    return lines


def _compact(iri: str) -> str:
    return shorten_iri(iri, strict=False)
