"""Round 18: the share a few places hold of their whole area's total ("Among them, Alpha City
and Beta District cracked 120 and 80 drug criminal cases respectively, accounting for 40.2% of
the whole province"). Keys name it ``share-of-<what the counts before it count>-<places>``
(``share-of-drug-crime-cases-cracked-alpha-and-beta``): the whole is the area itself, so its
noun ("the whole province", "the city's total") says nothing of what is counted; the counts of
the sentence do, and the places that open the sentence are the part.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.measures import classify
from narcokg.extract.renamed_levels import rename

#: The whole area as a share's whole, right after the figure ("of the whole region", "of the
#: city's total", "of the total number of cases in the whole region") or right before it
#: ("accounting for the whole province 53.6%").
_AREA = r"(?:region|province|city|municipality|prefecture|country)"
_WHOLE_AFTER = re.compile(
    rf"^\s*of\s+the\s+(?:(?:whole|entire)\s+{_AREA}|{_AREA}(?:'s)?\s+total"
    rf"|total\s+(?:number\s+)?(?:of\s+[a-z]+\s+)?(?:of|in)\s+the\s+(?:whole|entire)\s+{_AREA})",
    re.I,
)
_WHOLE_BEFORE = re.compile(
    rf"\bthe\s+(?:whole|entire)\s+{_AREA}\s+(?:total\s+)?(?:more\s+than\s+|nearly\s+|about\s+)?$",
    re.I,
)
_AFTER_PERCENT = re.compile(r"^.*?(?:%|per\s?cent)", re.I | re.S)
#: Words that open a sentence before its subject: "Among them,".
_OPENER = re.compile(r"^\s*(?:among\s+them|of\s+(?:which|these|them)|in\s+particular)\s*,\s*", re.I)
#: Capitalised place names listed at the start of the sentence: "Alpha, Beta and Gamma".
_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
_PLACES = re.compile(rf"^{_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME})*")
_FUNCTION = frozenset({"the", "a", "an", "this", "these", "in", "since", "from", "during"})
#: Round 25: one place's share in a clause of its own, named by the place that opens the clause
#: and the words before its verb ("Alpha cracked cases accounting the whole province 14.5%",
#: "…, Beta city accounting the whole province 3.9%", "The city's drug criminal cases accounting
#: the whole province 13.3%"; "our city" and "the city" are the figure's own city).
_ONE_PLACE = re.compile(
    r"(?:^|[,;]\s*)(?P<place>(?:[Oo]ur|[Tt]he)\s+city(?:'s)?|[A-Z][\w']*)(?:\s+[Cc]ity)?"
    r"(?P<what>(?:\s+[a-z]+){0,4}?)\s+(?:accounting|accounted|accounts?|occup(?:y|ies|ied))\b"
    r"[^,;]*$"
)


def place_shares(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each share of the whole area by the counts before it and the places listed first."""
    for index, fact in enumerate(found):
        if fact.unit != "percent" or not fact.measure.startswith("share") or fact.change_of:
            continue
        sentence = context.sentences[fact.mention.sentence]
        before = context.text[sentence.start : fact.mention.start]
        # the figure's quote may hold its noun ("57.4% of the whole region")
        after = (
            _AFTER_PERCENT.sub("", fact.mention.quote)
            + context.text[fact.mention.end : sentence.end]
        )
        if not (_WHOLE_AFTER.match(after) or _WHOLE_BEFORE.search(before)):
            continue
        if (one := _one_place(fact, before, found[:index])) is not None:
            _name(fact, one)
            continue
        places = _places(before)
        counts = [
            f
            for f in found[:index]
            if f.mention.sentence == fact.mention.sentence
            and f.unit != "percent"
            and not f.change_of
        ]
        if not places or not counts or counts[-1].measure.startswith("share"):
            continue
        _name(fact, f"share-of-{counts[-1].measure}-{places}")
        if together := _listed_regions(context, sentence.start, before):
            fact.regions = together  # (round 19) the places' share: all of them, not the last


def _name(fact: DraftMeasurement, measure: str) -> None:
    rename(fact, measure)
    fact.review.append("measure: the places' share of the whole area's count")


def _one_place(fact: DraftMeasurement, before: str, earlier: list[DraftMeasurement]) -> str | None:
    """The measure of one place's share named in its own clause (see ``_ONE_PLACE``): what the
    clause's words count, else what the sentence's last count before it counts; ``None`` when
    the clause has no such opening or the place's city is not known."""
    found = _ONE_PLACE.search(before)
    if found is None:
        return None
    place = found["place"].lower()
    if place.split()[0] in {"our", "the"}:
        if len(fact.regions) != 1:
            return None
        place = fact.regions[0].split()[0].lower().rstrip(",")
    if what := found["what"].strip():
        counted = classify(what, what, None, False)
        measure = counted.measure if counted.known else None
    else:
        counts = [
            f
            for f in earlier
            if f.mention.sentence == fact.mention.sentence and f.unit != "percent"
        ]
        measure = counts[-1].measure if counts else None
    return f"share-of-{measure}-{_slug(place)}" if measure else None


def _slug(name: str) -> str:
    """A place's word as a part of a measure's name: apostrophes dropped ("Xi'an" -> xian)."""
    return name.replace("'", "").replace("\u2019", "")


def _listed_regions(context: DraftContext, start: int, before: str) -> tuple[str, ...]:
    """The regions of the places that open the sentence, when the gazetteer knows every one of
    them and there are two or more; else none."""
    opener = _OPENER.match(before)
    skip = opener.end() if opener else 0
    listed = _PLACES.match(before[skip:])  # anchored: "^" holds at the string's start only
    if listed is None:
        return ()
    items = [i for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed[0]) if i]
    span = (start + skip, start + skip + listed.end())
    keys = [n.key for n in context.regions if span[0] <= n.start < span[1]]
    found = tuple(dict.fromkeys(keys))
    return found if len(found) == len(items) >= 2 else ()


def _places(before: str) -> str | None:
    """The places that open the sentence, each by its first word, as one slug
    ("Alpha City, Beta and Gamma District" -> ``alpha-beta-and-gamma``), or ``None``."""
    listed = _PLACES.match(_OPENER.sub("", before))
    if listed is None:
        return None
    items = [i for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed[0]) if i]
    names = [_slug(i.split()[0].lower()) for i in items]
    if any(n in _FUNCTION for n in names):
        return None
    return names[0] if len(names) == 1 else "-".join(names[:-1]) + "-and-" + names[-1]
