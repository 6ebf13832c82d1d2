"""Digits that are not statistics: years and dates, section and list numbers, ordinals and
anniversaries, names with digits (COVID-19, H5N1, 3,4-MDMA, 4-ANPP), durations and ages used as
criteria ("clean for more than two years", "aged 16 to 59"), times of day.

:func:`reason_not_statistic` says why a figure is not a statistic, or returns ``None``.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import FIGURE
from narcokg.extract.lang.en import not_quantities
from narcokg.extract.lang.en.words import DURATIONS, MONTHS, SECTION_WORDS
from narcokg.extract.legal_amounts import rule_amount
from narcokg.extract.references import reference_or_set
from narcokg.extract.time_averages import AVERAGED
from narcokg.extract.unkeyed import not_keyed
from narcokg.model.numbers import UNIT_WORDS, WORD_NUMBER

_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
#: A plural noun after a number word ("five pills", "Twenty-two people").
_PLURAL_NOUN = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+){0,2}?(?:[a-z-]*[a-rt-z]?s|people|men|women|children)\b"
)


def reason_not_statistic(text: str, match: re.Match[str]) -> str | None:
    """Why the figure ``match`` of ``text`` (a sentence) is not a statistic, if it is not."""
    num_start, num_end = match.span("num")
    before, after = text[:num_start], text[num_end:]
    checks = (
        _rate_base(before),
        # a currency sign glued to the digits ("R3.1 billion") is no name with digits
        _identifier(text[: match.start("cur")] if match["cur"] else before, after),
        _date_or_year(match, before, after),
        _section(before, after),
        _duration(match, before, after),
        _age(before),
        _decade(after),
        _word_number(match, before, after),
        _criterion(match, before, after),
        _reference(match, before, after),
        _person_age(match, before, after),
        _conversion_or_need(before),
        _length(match, before, after),
        _restated_whole(match, before, after),
        labels_and_sums(match, before, after),
        reference_or_set(match, before, after),
        not_keyed(match, before, after),
        _rule_amount(text, match, before, after),
    )
    reason = next((reason for reason in checks if reason), None)
    return reason or _range_end(text, match)


def _rule_amount(text: str, match: re.Match[str], before: str, after: str) -> str | None:
    unit = UNIT_WORDS.get(match["unit"].lower()) if match["unit"] else None
    rest = after[match.end() - match.end("num") :]
    return rule_amount(match, text, before[: match.start()], rest, unit)


#: The lower end of a range: "10 to 25 years", "between 1 and 5 milligrams", "14 or 15"; round
#: 23: in words too ("punishable by five to ten years", "after two to three minutes").
_RANGE_UPPER = re.compile(rf"\s*(?:to|and|or|-|\u2013)\s*(?=\d|(?i:{WORD_NUMBER})\b)")


def _range_end(text: str, match: re.Match[str]) -> str | None:
    """A bare number whose range ends in a figure that is no statistic is none either (round 14:
    the lower end of "sentences of 10 to 25 years" or "between 1 and 5 milligrams")."""
    if match["unit"] or match["rate"] or match["cur"] or match["scale"] or match["den"]:
        return None
    upper = _RANGE_UPPER.match(text, match.end())
    if upper is None:
        return None
    following = FIGURE.match(text, upper.end())
    if following is None or not (following["unit"] or _DURATION_AFTER.match(text, following.end())):
        return None
    reason = reason_not_statistic(text, following)
    return f"the lower end of a range whose upper end is {reason}" if reason else None


_DURATION_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b", re.I)


def _rate_base(before: str) -> str | None:
    if re.search(r"\bper\s*$", before, re.IGNORECASE):
        return "the base of a rate ('26.4 per 100,000 residents')"
    if re.search(r"\b(?:threshold|limit|cut-?off)\s+(?:of\s+)?$", before, re.IGNORECASE):
        return "a threshold or limit ('a threshold of 5 grams'), not a quantity"
    if re.search(
        r"\b(?:equivalent\s+of|enough\s+(?:for|to\s+make))\s+(?:about\s+|some\s+)?$", before, re.I
    ):
        return "a conversion ('the equivalent of 26 million doses'), not a count"
    return None


def _identifier(before: str, after: str) -> str | None:
    if re.search(r"[A-Za-z]-?$", before) or re.search(r"[A-Za-z]\($", before):
        return "part of a name with digits (e.g. COVID-19, H5N1)"
    if re.match(r",\d(?!\d\d)", after) or re.match(r"-(?!fold\b)[A-Za-z]", after):
        return "part of a chemical or other name (e.g. 3,4-MDMA, 4-ANPP)"
    if _ORDINAL.match(after):
        return "an ordinal (an anniversary, a rank or a date)"
    if (
        re.match(r":\d", after)
        or re.search(r"\d[:/\-\u2013\u2014]$", before)
        or re.match(r"[/\-\u2013\u2014]\d", after)
    ):
        return "a time, a date or a code"
    if _CLOCK.match(after):
        return "a time of day ('from 9 a.m. to 5 p.m.'), not a count"
    return None


#: Round 23: a time of day ("8 a.m.", "9 pm", "6 p.m."; a sentence may end on "p.").
_CLOCK = re.compile(r"\s*(?:[ap]\.\s?m\b|[ap]m\b|[ap]\.(?=\s|$))", re.I)


def _date_or_year(match: re.Match[str], before: str, after: str) -> str | None:
    digits = match["num"]
    bare = not (match["unit"] or match["rate"] or match["scale"] or match["fold"])
    if bare and re.fullmatch(r"(?:19|20)\d\d", digits):
        return "a year"
    words_before = re.findall(r"[A-Za-z]+\.?", before[-12:])
    word_after = re.match(r"\s*([A-Za-z]+)", after)
    near = [w.lower().rstrip(".") for w in words_before[-1:]]
    if word_after:
        near.append(word_after[1].lower())
    if bare and digits.isdigit() and int(digits) <= 31 and any(w in MONTHS for w in near):
        return "a day of a date"
    return None


def _section(before: str, after: str) -> str | None:
    previous = re.search(r"([A-Za-z]+\.?)\s*$", before)
    if previous and previous[1].lower() in SECTION_WORDS:
        return f"a reference number ({previous[1]} …)"
    if re.search(r"(?:^|\n)\s*$", before) and re.match(r"[.)](?:\s|$)", after):
        return "a list or heading number"
    return None


def _duration(match: re.Match[str], before: str, after: str) -> str | None:
    rest = after[match.end() - match.end("num") :] if match.end() > match.end("num") else after
    word = re.match(r"[\s-]*([A-Za-z]+)", rest)
    if word and word[1].lower() in DURATIONS and not (match["unit"] or match["rate"]):
        if AVERAGED.search(before):
            return None  # round 23: "the median wait was 19 days" is a statistic
        return "a duration or criterion, not a count (e.g. 'for more than two years')"
    if word and word[1].lower() in {"quarter", "quarters"} and _PERIOD_OPENS.search(before):
        return "a period's name ('the first three quarters'), not a count"
    return None


#: Round 23: before the quarters that name a period ("in the first three quarters").
_PERIOD_OPENS = re.compile(r"\b(?:first|last|past|previous|final|next)\s+$", re.I)


def _decade(after: str) -> str | None:
    # round 9: "20s" read as 20 of the noun "s" drafted a measure "s" with no unit
    if re.match(r"['\u2019]?s\b", after):
        return "a decade or an age group ('the 1990s', 'in their 20s'), not a count"
    return None


def _age(before: str) -> str | None:
    if re.search(
        r"\b(?:aged|ages|age|over-)\s+(?:between\s+|under\s+|over\s+|below\s+|above\s+)?"
        r"(?:\d+\s+(?:to|and)\s+)?$",
        before,
        re.IGNORECASE,
    ):
        return "an age"
    return None


def _word_number(match: re.Match[str], before: str, after: str) -> str | None:
    if not match["num"][0].isalpha():
        return None
    if match["fold"] or match["mult"] or match["scale"] or match["unit"] or match["rate"]:
        return None
    if match["den"] and match["num"].lower() != "one":
        return None  # "six out of ten pills"; not "one of the 10 largest ports"
    rest = after[match.end() - match.end("num") :]
    if _PLURAL_NOUN.match(rest) and match["num"].lower() != "one":
        return None
    if match["num"].lower() != "one" and (
        _PART_OF_AFTER.match(rest)
        or _PART_OF_BEFORE.search(before)
        or re.search(r"\b(?:other|remaining|another|further)\s+$", before, re.I)
    ):
        return None  # "three of which were stolen", "Of those indicted, eight were convicted"
    return "a number word that counts nothing in the text"


#: A number word that counts a part of a group named after it or in front of it.
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:which|whom|them|those|these)\b", re.I)
_PART_OF_BEFORE = re.compile(
    r"\b(?:of|among)\s+(?:the|those|these|them|whom)\b[^,.;]{0,40},\s*$", re.I
)


def _criterion(match: re.Match[str], before: str, after: str) -> str | None:
    """Thresholds, doses and classification counts: numbers a rule or a definition states."""
    rest = after[match.end() - match.end("num") :]
    if match["unit"] and _LEGAL_CLASS.match(rest):
        return "a legal threshold ('under 15 grams is a misdemeanor'), not a quantity"
    if not_quantities.THRESHOLD_AFTER.match(rest):
        return "a threshold or criterion ('100 pounds or more'), not a count"
    if match["unit"] and (
        not_quantities.DOSE_BEFORE.search(before) or not_quantities.DOSE_AFTER.match(rest)
    ):
        return "a dose ('a lethal dose of two milligrams'), not a quantity"
    if not (match["unit"] or match["rate"]) and not_quantities.CLASSIFICATION.match(rest):
        return "the parts of a classification ('11 categories'), not a count"
    return None


#: A statute cited by its title and section: "21 U.S.C. 841", "18 USC 924", "21 CFR 1308".
_STATUTE_AFTER = re.compile(
    r"\s+(?:U\.\s?S\.\s?C\.?|USC|C\.?F\.?R\.?)(?:\s|$)"
    # round 23: a state's code by its initials, then its section ("720 ILCS 570/401", "22 M.R.S.
    # section 3025")
    r"|\s+(?:ILCS|RCW|(?:[A-Z]\.){2,4})\s+(?:\u00a7\s*|section\s+)?\d|\s+(?:[A-Z]\.){3,4}$"
)
#: Round 23: a section sign, a statute or a decision before its number ("21 U.S.C. \u00a7 841",
#: "Missouri statute 577.010", "Decision 505"), and a second section after the first ("21 U.S.C.
#: 331 and 333").
_STATUTE_BEFORE = re.compile(
    r"(?:\u00a7|\b(?i:statutes?)|\bDecision)\s*$"
    r"|(?:U\.\s?S\.\s?C\.?|USC|\u00a7)\s*\d[\d.()a-z]*\s*(?:,|and|or|&)\s*$"
)


def _reference(match: re.Match[str], before: str, after: str) -> str | None:
    """Numbers that name something: reference numbers written with a leading zero ("Question
    04512"), statutes and their subsections. Phone numbers and short codes are :mod:`.unkeyed`'s
    (round 16: one rule for them)."""
    digits = match["num"]
    bare = not (match["unit"] or match["rate"] or match["scale"] or match["cur"] or match["den"])
    if bare and re.fullmatch(r"0\d+", digits):
        return "a code or reference number (a leading zero)"
    if _STATUTE_AFTER.match(after) or re.search(r"\b(?:U\.\s?S\.\s?C\.?|USC)\s*$", before):
        return "a statute and its section ('21 U.S.C. 841'), not a quantity"
    if bare and _STATUTE_BEFORE.search(before):
        return "a statute and its section ('21 U.S.C. 841'), not a quantity"
    if re.match(r"\([a-z0-9]{1,4}\)", after) or re.search(r"[\d)]\($", before):
        return "a section with subsections ('841(b)(1)(A)'), not a quantity"
    return None


#: People said to be over or under an age: "Around 60% of those charged were under 30".
_OVER_UNDER_AGE = re.compile(
    r"\b(?:were|was|are|is|being|people|those|persons|children|adults)\s+"
    r"(?:under|over|below|above|younger\s+than|older\s+than)\s+(?:the\s+age\s+of\s+)?$",
    re.I,
)


#: A person named by a role, then a comma: an age follows ("the driver, 34, was held").
_ROLE_COMMA = re.compile(
    r"\b(?:driver|man|woman|suspect|defendant|courier|passenger|boy|girl|teenager|victim|mother"
    r"|father|son|daughter|dealer|resident|captain|pilot|owner|tenant)\s*,\s*$",
    re.I,
)


def _person_age(match: re.Match[str], before: str, after: str) -> str | None:
    """An age after a person's name ("Ramiro Salinas, 41, of Edinburg") or ages that end in
    "years old" ("between 22 and 58 years old")."""
    bare = not (match["unit"] or match["rate"] or match["scale"] or match["cur"])
    if not bare or not match["num"].isdigit() or int(match["num"]) > 120:
        return None
    if _ROLE_COMMA.search(before) and re.match(r"\s*,", after):
        return "an age after the person it describes ('the driver, 34, was held')"
    if _OVER_UNDER_AGE.search(before) and not _PLURAL_NOUN.match(after):
        return "an age ('were under 30')"
    if re.search(r"\b[A-Z][a-z]+,\s*$", before) and re.match(r"\s*,", after):
        named = re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+,\s*$", before)
        return "an age after a name" if named else None
    if re.match(r"\s+(?:and|to|-|\u2013)\s+\d{1,3}\s+years?\s+(?:old|of\s+age)\b", after):
        return "an age (the lower end of 'between 22 and 58 years old')"
    return None


#: What a law says of a quantity: "under 15 grams is a misdemeanor", "… carries a fine".
_LEGAL_CLASS = re.compile(
    r"^(?:\s+of\s+[\w-]+)?\s+(?:is|are|was|counts\s+as|constitutes?|remains?)\s+(?:a\s+|an\s+)?"
    r"(?:misdemeanou?r|felony|summary\s+offen[cs]e|offen[cs]e|crime|punishable|illegal|legal"
    r"|decriminali[sz]ed|presumed)\b",
    re.I,
)


def _conversion_or_need(before: str) -> str | None:
    """What one unit converts to ("every kilogram … is roughly 4,000 doses") and what is
    needed or planned ("we need at least 400 more"): not counts of what happened."""
    if re.search(
        r"\b(?:every|each|one|a|per)\s+(?:kilogram|kilo|gram|pound|tonne|ton|kg|ounce)\b"
        r"[^.;]{0,60}?\b(?:is|equals|means|makes|yields)\s+"
        r"(?:about\s+|roughly\s+|around\s+|some\s+|up\s+to\s+|enough\s+for\s+)?$",
        before,
        re.I,
    ):
        return "a conversion of one unit ('every kilogram is 4,000 doses'), not a count"
    if re.search(
        r"\b(?:need|needs|require|requires|want|wants|plan|plans|aim|aims|hope|hopes|foresees?"
        r"|envisages?|proposes?|intends?|budgets?\s+for)"
        r"\s+(?:to\s+\w+\s+)?(?:at\s+least\s+|another\s+|a\s+further\s+)?$",
        before,
        re.I,
    ):
        return "a need or a plan, not a count of what happened"
    if re.search(
        r"\bintent\s+to\s+(?:distribute|sell|supply|import|export|deliver)\s+"
        r"(?:more\s+than\s+|over\s+|at\s+least\s+|less\s+than\s+|up\s+to\s+)?$",
        before,
    ):
        return "the quantity an offence names ('intent to distribute more than 500 grams')"
    return None


#: Lengths and areas: "vessels 33 feet and longer", "about 38,000 square miles of water".
_LENGTH = re.compile(
    r"\s*(?:feet|foot|ft|inches|metres|meters|miles|nautical\s+miles|kilometres|kilometers|km"
    r"|square\s+(?:miles|kilometres|kilometers|km|metres|meters|feet))\b",
    re.I,
)


def _length(match: re.Match[str], before: str, after: str) -> str | None:
    if match["unit"] or match["rate"] or not _LENGTH.match(after):
        return None
    if re.match(r"\s*square", after, re.I) and not re.search(
        r"\b(?:responsible\s+for|covers?|covering|patrols?|area\s+of|spans?)\b[^.;]{0,20}$",
        before,
        re.I,
    ):
        return None  # "eradicated 12 square kilometres of poppy" may be a statistic
    return "a length or an area (a vessel's size, a patrol area), not a drug statistic"


def _restated_whole(match: re.Match[str], before: str, after: str) -> str | None:
    """ "Among the 3,906, 962 had …": the whole, named again to count a part of it."""
    if match["unit"] or match["rate"] or match["cur"]:
        return None
    if re.search(r"\b(?:of|among)\s+(?:the|those|these)\s+$", before, re.I) and re.match(
        r",\s*(?:about\s+|nearly\s+|almost\s+|some\s+)?\d", after
    ):
        return "the whole a part is counted of, restated ('Among the 3,906, 962 …')"
    return None


#: Before a number that is no count: a question or request number ("Question 3:"), a road
#: ("KY 15", "Route 9"), a unit of a building ("Suite 400").
_LABEL_BEFORE = re.compile(
    r"(?:\b(?i:question|questions|request|q|ref|reference|route|highway|hwy|interstate|exit"
    r"|suite|unit|room|box|junction)\.?|(?<![A-Za-z])[A-Z]{2,3})\s*$"
)
#: After a number: a ranking ("the two largest ports"), a span of working or financial time
#: ("40 working days", "the last three financial years").
_NOT_A_COUNT_AFTER = re.compile(
    r"^\s+(?:largest|biggest|main|top|busiest|leading|most|highest|worst|best"
    r"|(?:working|financial|fiscal|calendar|consecutive|school|business)\s+"
    r"(?:days?|weeks?|months?|years?))\b",
    re.I,
)
#: A sum that is not seized or spent in enforcement: a bond, bail, reward or grant.
_SUM_AFTER = re.compile(r"^\s*(?:cash\s+)?(?:bond|bail|reward|bounty|grant|surety)\b", re.I)
#: What a figure could or would reach: a penalty's ceiling, a capacity ("can reach five times").
_POSSIBLE = re.compile(
    r"\b(?:can|could|would|will|may)\s+(?:reach|be|exceed|equal|amount\s+to|cost|fetch|carry)"
    r"\s+(?:up\s+to\s+|as\s+much\s+as\s+)?$",
    re.I,
)


def labels_and_sums(match: re.Match[str], before: str, after: str) -> str | None:
    """Numbers that label, rank, bound or price rather than count: "Question 3", "KY 15", "the
    two largest ports", "40 working days", a "$50,000 cash bond", "can reach five times"."""
    bare = not (match["unit"] or match["rate"] or match["cur"] or match["scale"])
    rest = after[match.end() - match.end("num") :]
    if bare and _LABEL_BEFORE.search(before) and not _PLURAL_NOUN.match(rest):
        return "a label (a question, a road, a room), not a count"
    if _NOT_A_COUNT_AFTER.match(rest):
        return "a ranking or a span of working time, not a count"
    if (match["cur"] or match["curword"]) and _SUM_AFTER.match(rest):  # "50,000 yuan reward"
        return "a bond, bail, reward or grant, not a sum seized"
    if _POSSIBLE.search(before):
        return "what a figure could reach (a penalty's ceiling, a capacity), not a count"
    return None
