"""Round 23: a median or an average of a time is a statistic, named by what it averages.

"The median wait for a residential place fell to 19 days, from 31 days", "had served a median of 52
months", "The average custodial sentence length … was 40.2 months", "the median response time … was
9.6 minutes": calibration keys of 10 reports of 9 rounds count these times (round 15 left them,
since every duration was set aside as a criterion). :data:`AVERAGED` tells :mod:`.nonstats` which
durations are such values: a median, average or mean before the number in its sentence, joined to
it by a verb of being or changing, "of", "from" or a colon (not "the average rose over the past
five years"); not a median age ("the median age at death was 44 years": 4 calibration keys leave it
out, 1 counts it). :func:`name_time_averages` names the drafted figure
``<median|average|mean>-<what it averages>`` ("median-response-time", "average-sentence") when only
its time unit named it.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement

#: Before a duration that is the value of a median or an average.
AVERAGED = re.compile(
    r"\b(?:median|average|mean)\b(?!\s+age\b)[^.;]{0,100}?"
    r"(?:\b(?:was|were|is|are|of|at|to|from)|:)\s*"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|some\s+)?$",
    re.I,
)
#: What is averaged: the words after "median"/"average" up to a preposition or a verb.
_AVERAGED_NOUN = re.compile(
    r"\b(?P<stat>median|average|mean)\s+(?P<words>(?:(?!(?:for|of|between|to|among|in|on|was|were"
    r"|is|are|fell|rose|dropped|shortened|lengthened|increased|decreased|from|by|across|per)\b)"
    r"[a-z][a-z-]*\s+){1,4}?)(?=(?:\([A-Z]+\)\s+)?(?:for|of|between|to|among|in|on|was|were|is"
    r"|are|fell|rose|dropped|shortened|lengthened|increased|decreased|from|by|across|per)\b)",
    re.I,
)
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def name_time_averages(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each time only its unit named (``days``) by the median or average before it."""
    for fact in found:
        if fact.unit not in _TIME_UNITS or fact.measure != f"{fact.unit}s":
            continue
        sentence = context.sentences[fact.mention.sentence]
        before = context.text[sentence.start : fact.mention.start]
        named = [m for m in _AVERAGED_NOUN.finditer(before) if AVERAGED.search(before)]
        if named:
            words = named[-1]["words"].split()
            fact.measure = "-".join([named[-1]["stat"].lower(), *(w.lower() for w in words)])
