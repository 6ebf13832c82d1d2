"""Round 17: a part that names its whole by a definite noun counts what that whole counts.

"Police recorded 6,120 drug offences and cases. … The two cities accounted for 1,310 and 980
of the cases respectively", "arrested 310 people on supply charges. … The units accounted for
120 and 95 of those arrests": the part's noun alone ("cases", "arrests") reads as the
registry's catch-all for that word (cases cracked, suspects arrested), but "the cases" and
"those arrests" point back to a figure already given, whose measure the part shares. The whole
is the nearest earlier figure whose noun ends in that word or whose measure names it, in the
same unit (round 24: and not itself a part of a group, "of whom 318 were charged with supply");
a part whose own words read more than the bare word ("fentanyl was found in 305 of those
deaths") keeps its own measure.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

#: The part's definite whole right after its number (or its run of numbers), closing its clause:
#: "1,204, 866 and 519 of the cases respectively.", "96 of those arrests, respectively."
_OF_THE = re.compile(
    r"^(?:\s*(?:,|,?\s*and)\s*\d[\d.,]*)*\s+of\s+(?:the|those|these)\s+(?P<head>[a-z]+s)\b"
    r"(?:\s*,?\s*respectively)?\s*(?:[,.;]|$)",
    re.I,
)


def parts_of_named_wholes(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Give each part "N of the <things>" the measure of the nearest earlier whole of <things>."""
    from narcokg.extract.measures import classify

    parts = {id(f): m["head"].lower() for f in found if (m := _OF_THE.match(_after(context, f)))}
    for fact in found:
        head = parts.get(id(fact))
        if head is None or fact.measure != classify(head, "", None, False).measure:
            continue  # a part its own words read more closely stays as read
        whole = next(
            (
                other
                for other in reversed(found)
                if other.mention.start < fact.mention.start
                and id(other) not in parts
                and not _PART_BEFORE.search(_before(context, other))
                and (other.unit == fact.unit or head in _ACTS)
                and _names(other, head)
            ),
            None,
        )
        if whole is None or whole.measure == fact.measure:
            continue
        rename(fact, whole.measure, whole.unit)
        fact.review.append(f"measure: that of the whole {whole.id!r}, which 'the {head}' names")


#: Round 24: a figure that is itself a part of a group named before it ("…, of whom 318 were
#: charged with supply", "Of the people arrested, 318 were …") is no whole of a later part: "the
#: arrests" are all of them (isp-il potoroo37, lsp-la puffin45, vsp jacana39).
#: Round 29: also "Of those arrested, 377 were booked on trafficking charges" (6 reports of 5
#: rounds gave "the arrests" after it that part's measure).
#: Round 41: the group may be counted ("Of the 240 people arrested, 52 were held for supply":
#: srpd-nd chital122's districts' "71 of the arrests" took the 61's trafficking measure).
_PART_BEFORE = re.compile(
    r"\b(?:of|among)\s+(?:whom|them|(?:those|these|the)(?:\s+\d[\d,]*)?(?:\s+[a-z]+){0,2})"
    r"\s*,?\s*$",
    re.I,
)


def _before(context: DraftContext, fact: DraftMeasurement) -> str:
    return context.text[max(0, fact.mention.start - 60) : fact.mention.start]


def _after(context: DraftContext, fact: DraftMeasurement) -> str:
    return context.text[fact.mention.end : fact.mention.end + 80]


def _names(whole: DraftMeasurement, head: str) -> bool:
    """Whether a figure counts ``head`` (a plural): its noun ends in it, or its measure names
    it ("trafficking-arrests" for "arrests")."""
    words = re.findall(r"[a-z]+", whole.mention.noun.lower())
    acted = head in _ACTS and whole.measure.endswith(f"-{_ACTS[head]}")
    return (bool(words) and words[-1] == head) or head in whole.measure.split("-") or acted


#: Round 33: a whole named by its act ("closed 84 county lines. … accounted for 31 and 22 of
#: those closures"): keys of three reports of three rounds (serval48, vole51, nyala87) give the
#: part the lines' measure and unit.
_ACTS = {"closures": "closed"}
