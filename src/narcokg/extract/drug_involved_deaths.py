"""Round 39: deaths a named drug was involved in, however the clause words it, are that drug's.

Medical examiners count the deaths each drug took part in as ``<drug>-deaths`` (the keys of
ocme-va tuatara114, rochesterpd-mn tuatara114, iowacso-wi oribi116): "Fentanyl, alone or in
combination, caused or contributed to 1,108 deaths" (an aside between the drug and its verb),
"Fentanyl was involved in 438 of the provisional 2026 deaths" (the part's whole named after it),
"29 overdose deaths …, 21 of which involved fentanyl" (the drug after the part), "Fentanyl was
present in 5 of them". The drafts kept the whole's ``drug-related-deaths`` (or read the bare
part's next words as its noun). A generic "drugs" names no drug and is left alone.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename, words_around
from narcokg.extract.tied import APPOSITION, NAMED_DRUG, drug_name

#: The drug and its verb before the count, an aside allowed between them ("Fentanyl, alone or in
#: combination, caused or contributed to 1,108"). Round 40: or the apposition `tied` reads before
#: a drug's verb, however long ("Xylazine, the animal sedative often mixed with fentanyl, was
#: present in", "…, the sedative that reached the region around 2021, was detected in"), and a
#: class named before its examples ("Stimulants such as cocaine and methamphetamine were").
_DRUG_BEFORE = re.compile(
    rf"{NAMED_DRUG}(?:\s*,[^,.;\d]{{1,40}},|{APPOSITION})\s+(?:was\s+|were\s+)?(?:(?:caused\s+or\s+)?"
    r"contributed\s+to|(?:involved|present|found|identified|detected)\s+in)"
    r"\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)
#: What the count counts after it: deaths, or a part of deaths ("of them", "of the … deaths").
_DEATHS_AFTER = re.compile(
    r"^\s*(?:deaths\b|of\s+(?:them|those|these)\b|of\s+the\s+[^.;,]{0,40}?\bdeaths\b)", re.I
)
#: The drug after the part: "21 of which involved fentanyl".
_DRUG_AFTER = re.compile(rf"^\s*of\s+(?:which|them|those)\s+involved\s+{NAMED_DRUG}", re.I)
#: A count of deaths the drafts read, or a bare part they gave a stray noun.
_READ = frozenset({"drug-related-deaths", "overdose-deaths", "deaths"})


def drug_involved_deaths(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of deaths a named drug was involved in ``<drug>-deaths``."""
    for fact in found:
        if fact.change_of or fact.unit in {"percent", "per-100000"}:
            continue
        drug = _drug_of(context, fact)
        if drug is None:
            continue
        if fact.measure in _READ or (_bare(fact) and _stray(context, fact)):
            rename(fact, f"{drug}-deaths")
            fact.unit = "person"


def _stray(context: DraftContext, fact: DraftMeasurement) -> bool:
    """Whether the bare part's measure is no registry measure (a stray noun read: "in-2024") and
    deaths were counted in its sentence or the one before; a part of cases or samples a drug
    was found in keeps its own measure."""
    from narcokg.model.registry import registry

    if fact.measure in registry().measures:
        return False
    first = context.sentences[max(0, fact.mention.sentence - 1)].start
    return re.search(r"\bdeaths\b", context.text[first : fact.mention.start], re.I) is not None


def _bare(fact: DraftMeasurement) -> bool:
    """Whether the figure's quote is its number alone (its noun read from stray words)."""
    return bool(re.fullmatch(r"[\d.,]+", fact.mention.quote.strip()))


def _drug_of(context: DraftContext, fact: DraftMeasurement) -> str | None:
    """The named drug the count's own clause says was involved in the deaths it counts."""
    before, after = words_around(context, fact)
    found = _DRUG_BEFORE.search(before)
    if not (found and _DEATHS_AFTER.match(after)):
        found = _DRUG_AFTER.match(after)
    drug = drug_name(found) if found else "drug"
    return None if drug == "drug" else drug
