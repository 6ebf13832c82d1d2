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

Round 24: a rate named only by a place ("the county's death rate", "Kanawha County's rate of",
"the provincial rate of", "The statewide age-adjusted rate fell to", "Rates were highest in the
City of St. Louis, at") is a bare rate too, of the deaths the report last named when it last
named deaths rather than offences; only the words just before "rate" are its own ("the overdose
death rate …, above the national rate of 21.8": the national rate names no kind).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.lang.en.words import DRUG_WORDS
from narcokg.extract.renamed_levels import rename

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
        if fact.unit not in _RATE_UNITS:
            continue
        sentence = context.sentences[fact.mention.sentence]
        clause = re.split(r"[;:]", context.text[sentence.start : fact.mention.start])[-1]
        before = context.text[: fact.mention.start]
        if fact.measure == "drug-death-rate":
            named = _RATE_NAME.search(clause)  # the rate's own words, else its clause's
            if _OWN_KIND.search(named[0] if named else clause) or not _last_overdose(before):
                continue
        elif not (_placed_rate(fact.measure) and _RATE_NAME.search(clause) and _deaths(before)):
            continue
        name = "overdose-death-rate" if _last_overdose(before) else "drug-death-rate"
        rename(fact, name)
        fact.review.append(f"measure: {name}, the rate of the deaths the report names before it")


#: "the national rate of", "Kanawha County's rate of", "Rates were highest in …, at": the last
#: "rate" of a clause with the words before it that may name it (no figure between).
_RATE_NAME = re.compile(r"(?:[\w'-]+\s+){0,3}rates?\b[^\d]*$", re.I)
#: Words of a drafted rate's name that say where or how it was counted, not what it counts
#: ("s" is what is left of a possessive: "the county's death rate" -> ``s-death-rate``).
_PLACE_WORDS = frozenset(
    {"s", "statewide", "nationwide", "national", "provincial", "state", "county", "district"}
    | {"city", "regional", "territorial", "rate", "death", "deaths"}
)


def _placed_rate(measure: str) -> bool:
    """A bare ``share`` per 100,000, or a rate its drafted name names only by a place."""
    return measure == "share" or (
        measure.endswith("-rate") and set(measure.split("-")) <= _PLACE_WORDS
    )


def _deaths(text: str) -> bool:
    """``text`` names deaths after the last offences (or crimes, incidents) it names."""
    deaths = [m.start() for m in _DEATHS.finditer(text)]
    offences = [m.start() for m in _OFFENCES.finditer(text)]
    return bool(deaths) and (not offences or deaths[-1] > offences[-1])


_DEATHS = re.compile(r"\b(?:deaths?|died|dying|decedents)\b", re.I)
_OFFENCES = re.compile(r"\b(?:offen[cs]es?|crimes?|incidents?|arrests?)\b", re.I)


def _last_overdose(text: str) -> bool:
    """The last deaths ``text`` names a kind of are overdoses no drug names."""
    overdose = list(_OVERDOSE.finditer(text))
    other = [m.start() for m in _OTHER.finditer(text)]
    if not overdose or (other and other[-1] > overdose[-1].start()):
        return False
    drug = overdose[-1]["drug"]  # "opioid overdose deaths" are the opioids'; "drug" is any
    return drug is None or drug.lower() in {"drug", "drugs"} or not DRUG_WORDS.fullmatch(drug)
