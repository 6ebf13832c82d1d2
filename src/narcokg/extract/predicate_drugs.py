"""(round 46) A bare mass whose predicate names its drug ("Of this amount, 2,316 kilograms was
heroin") is that drug's seizure, not ``drugs-seized``.

"Of the total volume of seized drugs, 1,128 kilograms were heroin, 906 kilograms were …", "Of
the total drugs seized, 1.24 tonnes were cocaine", "Of that amount, 2.9 tonnes were synthetic
drugs": the mass has no noun of its own, so the drafts took what it counts from the sentence's
opening words, the whole of drugs seized; the keys of customs-az cuscus104, gn-tn markhor98,
mia-az quokka46, unodc-pokz tahr111 and gunk-by tuatara114 name the drug the copula gives. Only
a mass drafted ``drugs-seized`` followed right away by "was" or "were" and words the registry
reads as one drug's seizure is renamed ("1,460 kilograms were found on ferries" is not).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.measures import classify
from narcokg.extract.renamed_levels import rename

_SEIZED = "drugs-seized"
_MASSES = frozenset({"tonne", "kilogram", "gram", "pound"})
#: " was heroin", " were synthetic drugs", " were methamphetamine ("crystal")": the words up to
#: the clause's end or the next item of a list.
_PREDICATE = re.compile(r"\s+(?:was|were)\s+(?P<what>[a-z][a-z\s-]*?)(?=\s*(?:[,;.(\n]|\band\b|$))")


def predicate_drugs(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename each bare mass whose predicate names its drug (see the module)."""
    for fact in found:
        if fact.measure != _SEIZED or fact.unit not in _MASSES:
            continue
        predicate = _PREDICATE.match(context.text, fact.mention.end)
        if predicate is None:
            continue
        named = classify(predicate["what"], "", fact.unit, True).measure
        if named != _SEIZED and named.endswith("-seized"):
            rename(fact, named)
