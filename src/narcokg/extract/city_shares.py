"""(round 53) A city's share of its whole province is the city's figure: "our city cracked cases
accounting for the whole province 16.4%", "Our city cases account whole province 2.5%",
"Alpha cracked cases occupy the whole province 24.6%". The sentence (or the one before it) quotes
the province's totals, so the share took the province as its place (and round 18's
:mod:`.place_shares` named its measure after the province); the clause's subject, the report's
own city or the place named there, is where it was counted. Runs before :mod:`.place_shares`,
which names the measure after the figure's place."""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement

#: A clause opened by the city ("our city", "the city's", "whole city") or a capitalised place,
#: a few words, a verb of share and the whole province (or autonomous region) right before the
#: figure, the article optional as machine translation drops it.
_CITY_SHARE = re.compile(
    r"(?:^|[,;]\s*)(?P<place>(?:[Oo]ur|[Tt]he|[Ww]hole)\s+city(?:'s)?|[A-Z][\w']*(?:\s+[Cc]ity)?)"
    r"(?:\s+[a-z]+){0,4}?\s+(?:accounting|accounted|accounts?|occup(?:y|ies|ied))\s+"
    r"(?:for\s+)?(?:the\s+)?whole\s+(?:province|region)\s+$"
)


def city_shares(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Place each share of the whole province that a city's clause opens at that city."""
    for fact in found:
        if fact.unit != "percent" or fact.change_of:
            continue
        sentence = context.sentences[fact.mention.sentence]
        clause = _CITY_SHARE.search(context.text[sentence.start : fact.mention.start])
        if clause is None:
            continue
        if clause["place"][0].isupper() and clause["place"].split()[0] not in {"Our", "The"}:
            start = sentence.start + clause.start("place")
            named = [
                n.key for n in context.regions if start <= n.start < start + len(clause["place"])
            ]
            place = (named[0],) if len(named) == 1 else None
        else:  # the report's own city: its one home region below the country
            home = context.home
            place = home if len(home) == 1 and home[0] != context.country else None
        if place is not None:
            fact.regions = place
