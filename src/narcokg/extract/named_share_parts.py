"""Round 39: the share a named place or body holds of a total stated before it is
``share-of-<what the total counts>-<the name>``.

"Nationally, Police seized 1,612 kilograms of methamphetamine … Tasman's seizures were about 0.7
per cent of the national total", "the five countries together seized about 58 tonnes of drugs …
Tajikistan accounted for about 6 per cent of that total", "The Seattle Field Division's pills
amounted to roughly 10 percent of that national figure", "… some 378,100 hectares of coca, of
which Peru accounted for about 24 per cent": the keys name the whole by the measure of the total
the share points back to and the part by the name that opens the clause (nzp-ec and
unodc-pouz oribi116, nzp-tm and unodc-potm olingo117, nzp-wn and unodc-potj tuatara114, nzp-acd,
dea-sea and unodc-coper colugo115); the drafts read a bare ``share`` or the whole's own words
("share-of-national", "share-of-regional"). The figure's own area ("the city accounted for") and
a share of no earlier total are left alone.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

#: The name that opens the share's clause, with what of it is counted ("Tasman's seizures"),
#: then the verb ("accounted for", "made up", "amounted to", "were", "share of that total was").
_NAMED_PART = re.compile(
    r"(?:^\s*|[,;]\s*(?:of\s+which\s+|meaning\s+(?:that\s+)?)?|\bof\s+which\s+)(?:The\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})(?:'s\s+(?P<noun>[a-z]+)(?:\s+of\s+that\s+total)?)?\s+"
    r"(?:accounted\s+for|made\s+up|amounted\s+to|were|was)\s+"
    r"(?:(?:about|roughly|some|nearly|almost|around|just|over|under)\s+)*$"
)
#: The total the share is of, after it: "of that total", "of the national figure", "of the
#: regional total"; or nothing (", of which Peru accounted for about 24 per cent").
_OF_TOTAL = re.compile(
    r"^\s*(?:of\s+(?:that|the)\s+(?:[a-z]+\s+)?(?:total|figure)\b|[.;,]|$)", re.I
)
#: What a part's noun counts, by the measures it fits ("Tasman's seizures": a seized amount).
_FITS = {
    "seizures": re.compile(r"-seized$"),
    "pills": re.compile(r"^pills-"),
    "charges": re.compile(r"arrest|charged"),
    "arrests": re.compile(r"arrest"),
}
#: Names that are no place or body of their own.
_NOT_NAMES = frozenset({"it", "this", "that", "they", "these", "those", "nationally", "overall"})


def named_share_parts(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each named part's share of an earlier total (see the module)."""
    for index, fact in enumerate(found):
        if fact.unit != "percent" or fact.change_of or not _bare_share(fact.measure):
            continue
        sentence = context.sentences[fact.mention.sentence]
        before = context.text[sentence.start : fact.mention.start]
        after = re.sub(r"^.*?(?:%|per\s?cent)", "", fact.mention.quote, flags=re.I | re.S)
        after += context.text[fact.mention.end : sentence.end]
        part = _NAMED_PART.search(before)
        if part is None or part["name"].lower() in _NOT_NAMES or not _OF_TOTAL.match(after):
            continue
        whole = _total_before(found[:index], fact, part["noun"])
        if whole is None:
            continue
        name = "-".join(part["name"].lower().split())
        rename(fact, f"share-of-{whole.measure}-{name}")


def _bare_share(measure: str) -> bool:
    """A share named by nothing or by its whole's own words only."""
    return measure == "share" or re.match(r"share-of-(?:national|regional)\b", measure) is not None


def _total_before(
    earlier: list[DraftMeasurement], fact: DraftMeasurement, noun: str | None
) -> DraftMeasurement | None:
    """The total: the first count of the share's sentence, else of the sentence before (a later
    one is a part, "…, including 1.4 tonnes of heroin"), the first the part's noun fits when it
    names one ("Tasman's seizures" after "seized … and charged …")."""
    fits = _FITS.get(noun or "")
    for sentence in (fact.mention.sentence, fact.mention.sentence - 1):
        counts = [
            f
            for f in earlier
            if f.mention.sentence == sentence and f.unit != "percent" and not f.change_of
        ]
        if fits is not None:
            counts = [f for f in counts if fits.search(f.measure)] or counts
        if counts:
            total = counts[0]
            return None if total.measure.startswith(("share", "unknown")) else total
    return None
