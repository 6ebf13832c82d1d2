"""Round 16: a change whose words name the drug it is of changes that drug's figure.

"… 612 kilograms of cocaine … 51.7 kg of cannabis. Compared with 2022, the amount of heroin
seized rose by 14%, while the amount of cannabis seized fell by 38%", "Amphetamine seizures rose
by 54.6%", "Cocaine and marijuana removals rose 38% and 21% respectively", "an increase of 23%
for marijuana and 28% for cocaine": the sentence-level linker (:mod:`.changes`) takes the last
figure of the sentence before, or the last ones of a "respectively" list, whatever they count;
the keys link each change to the figure of the drug it names, in the change's own period.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.tied import NAMED_DRUG, drug_name

_CHANGE = re.compile(r"^(?:percentage|fold|absolute|mass|percentage-point)-(?:increase|decrease)$")
_CHANGE_UNITS = {"percent", "fold", "percentage-point"}
#: The drug named right after a change: "28% for cocaine".
_FOR_DRUG = re.compile(rf"^\s*(?:for|of|in)\s+{NAMED_DRUG}", re.I)
#: How many sentences back the changed figure may stand.
_REACH = 4


def relink_named_changes(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Link each change whose words name a drug to that drug's figure when its link is to a
    figure of another drug (or to none)."""
    ids = {f.id: f for f in found}
    changes = [f for f in found if _CHANGE.match(f.measure)]
    for change in changes:
        figures = [f for f in found if f.mention.sentence == change.mention.sentence]
        siblings = [c for c in changes if c.mention.sentence == change.mention.sentence]
        drug = _named_drug(context, change, siblings, figures)
        if drug is None:
            continue
        current = ids.get(change.change_of or "")
        if current is not None and _own_sentence(context, change, current):
            continue  # the sentence's own figure: "reported 9,742 overdoses, a decrease of 11%"
        base = _figure_of(found, change, drug)
        if base is None or base is current or _settled(current, base, drug):
            continue
        if current is not None and change.period == current.period:
            change.period = base.period  # it took the period of the figure it was linked to
        change.change_of = base.id
        change.review = [n for n in change.review if "refers to" not in n]
        change.review.append(f"linked by the drug its words name ({drug!r}) to {base.id!r}")


def _own_sentence(
    context: DraftContext, change: DraftMeasurement, current: DraftMeasurement
) -> bool:
    """The change is linked to a figure of its own sentence before it, or to the level it fell
    or rose "to" after it ("fell by 18% in FY2023 to 150,000 pounds")."""
    if current.mention.sentence != change.mention.sentence:
        return False
    if current.mention.start < change.mention.start:
        return True
    between = context.text[change.mention.end : current.mention.start]
    return re.search(r"\bto\s+$", between) is not None


def _settled(current: DraftMeasurement | None, base: DraftMeasurement, drug: str) -> bool:
    """The change is already linked to a figure of the drug, and to that figure's latest period
    (or to another measure of the drug: "opium cultivation" beside "opium eradicated")."""
    if current is None or not current.measure.startswith(f"{drug}-"):
        return False
    return current.measure != base.measure or current.period >= base.period


def _named_drug(
    context: DraftContext,
    change: DraftMeasurement,
    siblings: list[DraftMeasurement],
    figures: list[DraftMeasurement],
) -> str | None:
    """The drug a change names: right after it ("28% for cocaine"), by its rank in a
    "respectively" list ("Cocaine and marijuana removals rose 38% and 21% respectively"), else
    the last one named in its own clause ("the amount of cannabis seized fell by 38%")."""
    sentence = context.sentences[change.mention.sentence]
    after = context.text[change.mention.end : sentence.end]
    if (named := _FOR_DRUG.match(after)) is not None:
        return _known(drug_name(named))
    start = change.mention.start - sentence.start
    if len(siblings) > 1 and "respectiv" in sentence.text.lower():
        first = siblings[0].mention.start - sentence.start
        listed = _drugs(sentence.text[:first])
        return listed[siblings.index(change)] if len(listed) == len(siblings) else None
    # its clause: from the figure before it in the sentence, so a drug a level names ("9,742
    # non-fatal opioid overdoses, a decrease of 11%") is that level's, not the change's
    earlier = [f for f in figures if f.mention.start < change.mention.start]
    clause_start = earlier[-1].mention.end - sentence.start if earlier else 0
    listed = _drugs(sentence.text[clause_start:start])
    return listed[-1] if listed else None


def _drugs(text: str) -> list[str]:
    named = [_known(drug_name(m)) for m in re.finditer(NAMED_DRUG, text, re.I)]
    return [d for d in named if d is not None]


def _known(drug: str) -> str | None:
    return None if drug == "drug" else drug


def _figure_of(
    found: list[DraftMeasurement], change: DraftMeasurement, drug: str
) -> DraftMeasurement | None:
    """The first figure of the drug before the change, within reach, of the latest period: the
    current figure, not the earlier one it is compared with ("186 kg … In the same quarter of
    2025, … 121 kg")."""
    candidates = [
        f
        for f in found
        if f.mention.start < change.mention.start
        and change.mention.sentence - _REACH <= f.mention.sentence
        and f.unit not in _CHANGE_UNITS
        and not _CHANGE.match(f.measure)
        and f.measure.startswith(f"{drug}-")
        and f.regions == change.regions  # "Globally, opium production declined by 74%"
    ]
    if not candidates:
        return None
    latest = max(f.period.split("/")[-1] for f in candidates)
    current = [f for f in candidates if f.period.split("/")[-1] == latest]
    # a headline restates the lead's figure: the lead's, the one the body compares
    return [f for f in current if f.mention.number == current[0].mention.number][-1]
