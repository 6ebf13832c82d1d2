"""Amounts a rule, a definition or a recipe states, which no answer key counts (round 14): the
quantity a law ties to an offence ("possession of more than 20 grams ... is considered
trafficking", "adults may possess up to 2.5 grams", "importing over 2 kilograms can be punished
with death": round 7's rule for it is merged here since round 16), a defined quantity ("a
trafficable quantity of cocaine is 3 grams", "sets the threshold at 7.5 grams"), a size class
("41 seizures of more than 100 kilograms each"), doses and what one pill holds (milligrams: no
key counts a mass in milligrams), conversions and what could have been ("equivalent to 4 million
deals"); round 23: concentrations ("150 nanograms per millilitre") and what one dose weighs ("a
street dose is 0.1 gram").

:func:`rule_amount` says why a figure is such an amount, or returns ``None``.
"""

from __future__ import annotations

import re

#: An offence or a permission named by its act right before the amount.
_ACT_BEFORE = re.compile(
    r"\b(?:possession\s+of|possess(?:ing)?|carry(?:ing)?|trafficking(?:\s+in)?|traffic"
    r"|import(?:ing|ation\s+of)?|manufactur(?:e|ing)|found\s+with|sell(?:ing)?|supply(?:ing)?"
    r"|cultivat(?:e|ing))\s+(?:of\s+)?(?:[\w\s]{0,30},\s+)?(?:such\s+as\s+|even\s+)?$",
    re.I,
)
#: A rule's words anywhere in the sentence: a law, a penalty, a presumption, a permission.
_RULE_WORDS = re.compile(
    r"\b(?:law|act|code|decree|ordinance|penalty|penalties|punishable|punish(?:es|ed)?"
    r"|presumed|deemed|considered|prosecuted|personal\s+(?:use|dose|consumption)|trafficable"
    r"|threshold|imprisonment|offen[cs]e|may|shall|allows?|permitted)\b",
    re.I,
)
#: What a law does to the amount, after it: a penalty, a presumption, a category of harm.
_LEGAL_AFTER = re.compile(
    r"\b(?:can|could|may|shall|will)\s+(?:be\s+)?(?:punish|presum|sentenc|liable|fined)"
    r"|\b(?:is|are)\s+(?:presumed|punishable|liable)|\busually\s+places\b|\bcarries\s+a\b",
    re.I,
)
#: Something done in the period (a past enforcement act) makes the amount an event's.
_EVENT = re.compile(
    r"\b(?:seized|intercepted|confiscated|recovered|seizing|found\s+in|discovered|dismantled)\b",
    re.I,
)
#: A defined quantity: "a commercial quantity of cocaine is", "the threshold ... is", "sets the
#: 'not small quantity' of cannabis at", "limits ... have been set at".
_DEFINED = re.compile(
    r"\b(?:(?:trafficable|commercial|small|large|personal|minimum|maximum)[\"\u201d']?\s+"
    r"quantity|threshold|limits?)\b[^.;]{0,60}\b(?:is|are|was|of)\s+$"
    r"|\bsets?\b[^.;]{0,60}\bat\s+$|\bset\s+at\s+$"
    # round 22: where an offence's quantity begins ("trafficking in fentanyl begins at 4 grams")
    r"|\b(?:begins?|starts?)\s+at\s+$",
    re.I,
)
#: A size class after the amount: "more than 100 kilograms each", "in a single case".
_EACH_AFTER = re.compile(
    r"^(?:\s+of\s+[\w-]+)?\s+(?:each|apiece|in\s+a\s+single\s+(?:case|seizure|consignment))\b",
    re.I,
)
#: What one pill, drink or spray holds: "typically contains", "holds".
_CONTENT_BEFORE = re.compile(
    r"\b(?:contains?|holds?)\s+(?:between\s+)?(?:about\s+|roughly\s+|around\s+|up\s+to\s+)?$",
    re.I,
)
_SMALL_MASS = frozenset({"milligram", "microgram"})
#: A find or a seizure before a mass in milligrams makes it an event's ("Agents found five
#: milligrams of fentanyl").
_FOUND = re.compile(r"\b(?:found|seized|recovered|intercepted|confiscated|detected)\b", re.I)
#: A conversion or a hypothetical: "equivalent to about", "could have produced an estimated",
#: "needed to produce", "every hectare we destroy is about three harvests".
_CONVERSION = re.compile(
    r"\bequivalent\s+to\s+$"
    r"|\b(?:could|would|might)\s+have\s+\w+(?:ed|en)\s+(?:an\s+estimated\s+)?$"
    r"|\bneeded\s+to\s+(?:produce|make)\s+$"
    r"|\b(?:every|each)\s+(?:hectare|acre|plant|tablet|pill|dose)\b[^.;]{0,60}?\b(?:is|equals"
    r"|means|yields)\s+$",
    re.I,
)
#: Round 23: a concentration, the cut-off or limit a test applies ("150 nanograms per millilitre",
#: "2 micrograms of THC per litre of blood", "5.0 nanograms or more of THC per milliliter").
_PER_VOLUME = re.compile(
    r"^(?:\s*(?:(?:nano|micro|milli)?grams?|ng|mg|mcg|\u00b5g))?(?:\s+or\s+(?:more|less|above))?"
    r"(?:\s+of\s+[\w-]+)?\s*(?:per|/)\s*(?:(?:milli|deci|centi)?(?:litre|liter)s?|ml|dl)\b",
    re.I,
)
#: Round 23: what one dose weighs, the dose named before it ("a single dose of heroin … is less
#: than 0.1 gram", "Street doses … are commonly sold at 0.1 grams", "A standard first dose … is
#: 400 micrograms", "… weighed between 0.1 and 0.2 grams"), or one pill after it ("0.1 gram per
#: tablet").
_DOSE_IS = re.compile(
    r"\bdoses?\b[^.;\d]{0,50}?\b(?:is|are|was|were|weigh(?:s|ed)?|sold\s+at)\s+"
    r"(?:(?:about|around|roughly|typically|usually|just|only)\s+)?(?:between\s+[\d.]+\s+and\s+)?$",
    re.I,
)
_PER_PILL = re.compile(
    r"^(?:\s*(?:(?:milli|micro)?grams?|mg|g))?\s+(?:per|a|each)\s+(?:tablet|pill|dose|capsule)\b",
    re.I,
)
_MASS_WORD = re.compile(r"^\s*(?:(?:nano|micro|milli|kilo)?grams?|mg|mcg|ng|kg|g)\b", re.I)
_NEEDED_AFTER = re.compile(r"^(?:\s+of\s+[\w\s-]{0,30}?)?\s+(?:are|is)\s+needed\b", re.I)


#: A bounded amount a general statement classes: "A seizure above 1 kilogram is considered
#: large", "counts below 10 are suppressed", "ten tablets or more is presumed to be for sale".
_CLASSED_AFTER = re.compile(
    r"^(?:\s+(?:of\s+)?[\w-]+){0,3}?(?P<more>\s+or\s+(?:more|less|over|under|fewer))?\s+"
    r"(?:is|are)\s+(?:generally\s+|usually\s+|then\s+)?(?:considered|taken|treated|suppressed"
    r"|deemed|presumed|regarded|classed|counted|defined)\b",
    re.I,
)
_BOUND_BEFORE = re.compile(r"\b(?:above|below|over|under)\s+$", re.I)


def rule_amount(
    match: re.Match[str], sentence: str, ahead: str, rest: str, unit: str | None
) -> str | None:
    """Why the figure ``match`` (``ahead`` of it and the ``rest`` after it in ``sentence``) is
    an amount a rule or a definition states; ``unit`` is its mass unit, if it has one."""
    if _CONVERSION.search(ahead) or _NEEDED_AFTER.match(rest):
        return "a conversion or what could have been ('equivalent to'), not a count"
    if _PER_VOLUME.match(rest):
        return "a concentration ('150 nanograms per millilitre'), a cut-off, not a quantity"
    if (unit is not None or _MASS_WORD.match(rest)) and (
        _DOSE_IS.search(ahead) or _PER_PILL.match(rest)
    ):
        return "what one dose or pill weighs ('a street dose is 0.1 gram'), not a quantity"
    classed = _CLASSED_AFTER.match(rest)
    if classed and (match["qual"] or classed["more"] or _BOUND_BEFORE.search(ahead)):
        return "a bound a general statement classes ('a seizure above 1 kg is considered large')"
    if _law_names(match, sentence, ahead, rest, unit) or _consequence(ahead, rest, unit):
        return "the quantity a law ties to an offence or a permission, not a seizure"
    if unit is None:
        return None
    if unit in _SMALL_MASS and not _FOUND.search(ahead):
        return "a dose or the content of one pill (milligrams), not a quantity seized"
    if match["qual"] and _EACH_AFTER.match(rest):
        return "a size class ('seizures of more than 100 kilograms each'), not a quantity"
    if _DEFINED.search(ahead):
        return "a quantity a law or a definition sets ('the threshold is 50 grams')"
    if _CONTENT_BEFORE.search(ahead) and not _EVENT.search(ahead):
        return "what one pill or dose holds, not a quantity seized"
    return None


def _law_names(
    match: re.Match[str], sentence: str, ahead: str, rest: str, unit: str | None
) -> bool:
    """The one rule for the amount a law names (round 16): an act right before it, none done in
    its clause ("seized"), and a penalty after it (a mass, or any amount with a qualifier: "more
    than 50 tablets can be punished") or, for a mass, a rule's words anywhere in the sentence."""
    clause = _clause_before(ahead)
    if not _ACT_BEFORE.search(clause) or _EVENT.search(clause):
        return False
    if _LEGAL_AFTER.search(rest):
        return unit is not None or bool(match["qual"])
    if unit is not None and _threshold_bound(match["qual"], clause):
        return True  # round 22: "possession of up to 100 grams", "found with less than 5 grams"
    return unit is not None and _RULE_WORDS.search(sentence) is not None


#: Round 22: the bounds of a quantity a rule allows ("possession of up to 3 grams", "found with
#: less than 5 grams"), unless the clause tells of someone caught with it ("A courier was arrested
#: in possession of less than …" is a find; "more than" is a find's bound, round 16's tests).
_ALLOWED_BOUND = re.compile(r"(?:up\s+to|less\s+than|under|(?:no|not)\s+more\s+than)$", re.I)
_CAUGHT = re.compile(r"\b(?:arrested|caught|detained|stopped|charged|intercepted)\b", re.I)


def _threshold_bound(qualifier: str | None, clause: str) -> bool:
    """Whether a mass's qualifier bounds a quantity a rule names, after the act in ``clause``."""
    bound = " ".join((qualifier or "").lower().split())
    return bool(_ALLOWED_BOUND.match(bound)) and not _CAUGHT.search(clause)


#: Round 23: what a law does to an amount, later in its clause: "… of marijuana without a license
#: remains a felony", "… is a level 4 drug felony", "… is punished by a fine", "… carries a maximum
#: sentence", "… may be settled with a fine", "… attracts a fine", "… instead of going to court".
_CONSEQUENCE = re.compile(
    r"^[^;]{0,120}?\b(?:remains?\s+(?:a\s+)?(?:criminal\s+)?(?:offen[cs]e|felony|misdemeanou?r"
    r"|crime)|(?:is|are)\s+(?:a\s+)?(?:[\w-]+\s+){0,3}(?:offen[cs]e|felony|misdemeanou?r)\b"
    r"|(?:is|are)\s+punish(?:ed|able)|carr(?:y|ies)\s+a\s+(?:maximum\s+|minimum\s+)?(?:sentence"
    r"|penalty|fine|prison)|may\s+(?:be\s+)?settle|attracts?\s+a\s+(?:fine|penalty)"
    r"|instead\s+of\s+(?:prosecution|being\s+(?:charged|prosecuted)|going\s+to\s+court"
    r"|facing\s+prosecution))",
    re.I,
)
#: Round 23: a permission right before the amount ("adults may possess up to", "can be issued for").
_PERMITTED = re.compile(
    r"\b(?:may|can)\s+(?:legally\s+)?(?:possess|grow|carry|cultivate|have|be\s+issued\s+for"
    r"|be\s+given\s+for)\s+$",
    re.I,
)
#: An act done in the amount's own clause makes it an event's ("Police seized 12 kilograms of
#: heroin, an amount that carries a minimum sentence").
_DONE = re.compile(
    r"\b(?:seized|intercepted|confiscated|recovered|dismantled|arrested|detained|caught|charged"
    r"|stopped|found\s+(?:in|on|at)\s+(?!possession))\b",
    re.I,
)
_PLANTS_AFTER = re.compile(r"^(?:\s+[\w-]+)?\s+(?:plants?|ounces?)\b", re.I)


def _consequence(ahead: str, rest: str, unit: str | None) -> bool:
    """Round 23: a mass or a count of plants a law names by what it does to it (a penalty, a
    settlement) or by a permission, with no act done in its clause."""
    if unit is None and not _PLANTS_AFTER.match(rest):
        return False
    clause = ahead[ahead.rfind(";") + 1 :]
    if _DONE.search(clause):
        return False
    return bool(_CONSEQUENCE.match(rest) or _PERMITTED.search(clause))


def _clause_before(ahead: str) -> str:
    """``ahead`` without an earlier amount joined by "or" ("20 grams of marijuana or "): the
    second amount of an offence takes the first's words."""
    joined = re.search(
        r"(?<!\S)(?:more\s+than\s+|up\s+to\s+|over\s+|under\s+)?\d[\d,.]*\s*[a-z]+(?:\s+of\s+[\w-]+)?"
        r"(?:\s*\([^)]*\))?\s+or\s+$",
        ahead,
        re.I,
    )
    return ahead[: joined.start()] if joined else ahead
