"""Round 21 (issue 14): a death rate whose own words name no kind of death is of the deaths the
report last named.

"The rate rose from 6.1 to 6.4 deaths per 100,000", "Westshire recorded 140 deaths, a rate of
20.3 per 100,000", "the highest rate in the state, at 30.2 per 100,000": the rate round 15 names
from bare "deaths" (:mod:`.writer_names`) is ``drug-death-rate``; where the report's last count
or rate of deaths before it is of overdoses ("1,310 drug overdose deaths", "died of a drug
overdose", "the overdose death rate"), it is ``overdose-death-rate``, as docs/facts.md names a
rate "by its own words" and writers of 4 calibration reports of 4 rounds keyed it. Deaths a
drug or another kind names last ("opioid overdose deaths", "drug-induced deaths", "drug
deaths") leave the drugs' rate.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.lang.en.words import DRUG_WORDS

_RATE_UNITS = frozenset({"per-100000", "per-10000", "per-million"})
#: Deaths of overdoses, as a count, a rate or a verb.
_OVERDOSE = re.compile(
    r"\b(?:(?P<drug>[a-z-]+)\s+)?(?:drug\s+)?overdose\s+death(?:s|\s+rates?)?\b"
    r"|\bdied\s+(?:of|from)\s+(?:a\s+)?(?:drug\s+)?overdoses?\b",
    re.I,
)
#: Deaths of another kind: "drug deaths", "drug-induced deaths", "the drug poisoning death rate".
_OTHER = re.compile(
    r"\b(?:drug(?:-related|-induced|-poisoning)?|poisoning|misuse|toxicity|intoxication)\s+"
    r"death(?:s|\s+rates?)?\b",
    re.I,
)
#: A kind of death the rate's own clause names: then the rate names itself.
_OWN_KIND = re.compile(r"\b(?:drug|overdose|induced|poisoning|misuse|toxicity|opioid)", re.I)


def overdose_rates(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename a bare death rate after the overdose deaths the report last named."""
    for fact in found:
        if fact.measure != "drug-death-rate" or fact.unit not in _RATE_UNITS:
            continue
        sentence = context.sentences[fact.mention.sentence]
        clause = re.split(r"[;:]", context.text[sentence.start : fact.mention.end])[-1]
        if _OWN_KIND.search(clause) or not _last_overdose(context.text[: fact.mention.start]):
            continue
        fact.measure = "overdose-death-rate"
        fact.review = [n for n in fact.review if not n.startswith("measure")]
        fact.review.append("measure: a rate of the overdose deaths the report names before it")


def _last_overdose(text: str) -> bool:
    """The last deaths ``text`` names a kind of are overdoses no drug names."""
    overdose = list(_OVERDOSE.finditer(text))
    other = [m.start() for m in _OTHER.finditer(text)]
    if not overdose or (other and other[-1] > overdose[-1].start()):
        return False
    drug = overdose[-1]["drug"]  # "opioid overdose deaths" are the opioids'; "drug" is any
    return drug is None or drug.lower() in {"drug", "drugs"} or not DRUG_WORDS.fullmatch(drug)
