"""Round 29: a bare mass after sentences that name no drug is of the paragraph's one drug.

"Police and customs seized 8.46 tonnes of cocaine in 2025. Sweden accounted for 3.91 tonnes.
Danish and Norwegian authorities seized 2.14 tonnes and 1.67 tonnes respectively": a mass whose
own words, sentence and sentence before name no drug (the rule of :func:`.measures.named_drug`
stops there) is of the drug every earlier mass of its paragraph was seized of, when that is one
drug; keys of 6 calibration reports of 5 rounds name it so, drafts read "drugs seized". A
sentence that says "drugs" keeps the catch-all.
"""

from __future__ import annotations

import itertools
import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.lang.en.words import DRUG_WORDS
from narcokg.extract.measures import own_drug
from narcokg.extract.tied import drug_name
from narcokg.model.quantities import MASS_UNIT_NAMES


def paragraph_drug(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Give each such mass the measure of its paragraph's one drug (see the module)."""
    for index, fact in enumerate(found):
        if fact.measure != "drugs-seized" or fact.unit not in MASS_UNIT_NAMES or fact.change_of:
            continue
        sentence = context.sentences[fact.mention.sentence]
        before = context.sentences[sentence.index - 1] if sentence.index else None
        if own_drug(sentence.text) or (
            before is not None and before.paragraph == sentence.paragraph and own_drug(before.text)
        ):
            continue
        drugs = {
            f.measure
            for f in found[:index]
            if f.unit in MASS_UNIT_NAMES
            and not f.change_of
            and context.sentences[f.mention.sentence].paragraph == sentence.paragraph
        }
        # round 34: "seized about 19.6 tonnes of narcotics" names all drugs: no title's drug
        general = _ALL_DRUGS.search(fact.mention.noun)
        title = "" if general else _title_drug(context, found)
        drug = drugs.pop() if len(drugs) == 1 else "" if drugs else title
        if drug == "drugs-seized" or not drug.endswith("-seized"):
            continue
        fact.measure = drug
        fact.review = [n for n in fact.review if not n.startswith("measure: 'drugs seized'")]
        fact.review.append(f"measure: {drug!r}, the one drug its paragraph's masses name")


def _title_drug(context: DraftContext, found: list[DraftMeasurement]) -> str:
    """Round 33: a paragraph with no earlier mass (its first: "Ports remain the main entry point.
    Belgian authorities seized 118 tonnes at …") takes the one drug the report's title names
    ("Cocaine seizures in the EU rise again …"), when another mass of the report was seized of
    it: keys of three reports of three rounds (europolhq pika88, interno-dcsa aardwolf80,
    marinamx jerboa85)."""
    # "drug seizures up …": all drugs
    named = {drug_name(m) for m in DRUG_WORDS.finditer(_headline(context.text))}
    drug = f"{named.pop()}-seized" if len(named) == 1 and "drug" not in named else ""
    return drug if any(f.measure == drug for f in found) else ""


_ALL_DRUGS = re.compile(r"\b(?:drugs|narcotics)\b", re.I)
#: Where a report's heading lines end: a long line, a sentence's stop or a bullet.
_BODY = re.compile(r".{161,}|.*[.!?:]|-\s.*")


def _headline(text: str) -> str:
    """The report's headline: the last of its heading lines that names a drug, else the first
    line. Round 34: a letterhead often comes first ("UNITED NATIONS OFFICE ON DRUGS AND CRIME",
    then "West Africa's cocaine seizures jump …"), and its name is no headline."""
    lines = [line.strip() for line in text.strip().split("\n")]
    heading = list(itertools.takewhile(lambda line: not _BODY.fullmatch(line), lines))
    named = [line for line in heading if line and DRUG_WORDS.search(line)]
    return named[-1] if named else lines[0]
