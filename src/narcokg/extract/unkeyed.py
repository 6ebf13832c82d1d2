"""Numbers the answer keys of many writers leave out (round 14, issue 14 phenomenon 5): phone
numbers, short codes and hotlines however they are introduced (since round 16 the one rule for
them), rewards and the fine a law sets, ages, law and decree numbers, a name in quotation marks
("6.26"), the whole of an "N in M" ratio, years of other calendars and the whole set of divisions
a body covers ("all 47 counties", "its four states"); round 23: the occasions a part of an amount
was found in ("most of it in two shipments"). The quantities a law or a definition names
and doses are :mod:`.legal_amounts`'.

:func:`not_keyed` says why a figure is none of the key's, or returns ``None``.
"""

from __future__ import annotations

import re

from narcokg.extract.body_sizes import body_size
from narcokg.model.numbers import WORD_NUMBER

#: A word or a name that introduces a phone number: "by calling", "Crime Stoppers on", "the free
#: line", "the hotline at (".
_CONTACT_BEFORE = re.compile(
    # round 22: "calls 911" (right before it: "212 overdose calls, 19 of them" counts), "can be
    # contacted on", a short code "#677"
    r"(?:\bcalls(?=\s*[#*]?$)"
    r"|\b(?:call|calling|dial|dialing|dialling|phone|phoning|text|texting|contact(?:ed|ing)?)"
    r"\b(?:\s+[\w'&.-]+){0,6}?"
    r"|\b(?:hot\s*line|help\s*line|life\s*line|tip\s*line|line|short\s+code|number|telephone"
    # round 24: "toll free on 1800 …", "the Coast Guard radio channel 16"
    r"|whats\s*app|Crime\s+Stoppers|toll[\s-]?free|radio\s+channel)\b(?:\s+number)?"
    r"|\b(?:report\w*|anonymous\w*|informa\w*|tips?|call\w*)\b[^.;]{0,80}?\bon)"
    r"\s*(?:,|:|\bis|\bat|\bon)?\s*\(?[#*]?$",
    re.I,
)
#: Round 22: a phone number's extension ("1-888-579-1520 ext. 5800"), and a number offered as
#: the other line after one ("328-TIPS or 919", "call 101 or, in an emergency, 999").
#: Round 24: a menu option after one ("819-555-0100, option 4") and a comma before "or" ("call
#: 101, or 999 in an emergency").
_EXTENSION = re.compile(r"\d\s*,?\s*(?:ext|extension|option)\.?\s*$", re.I)
_OTHER_LINE = re.compile(r"\d[\w-]*,?\s+or(?:\s*,\s*[^,.;\d]{0,30},)?\s*$")
#: Round 24: a country's calling code ("+255 27 216 2100"): a plus sign glued to the digits.
_CALLING_CODE = re.compile(r"(?<![\w+])\+(?:\d+[\s-]){0,4}$")
#: What follows a number that names a line: "the 110 alarm telephone", "the 988 Suicide & Crisis
#: Lifeline", "the 12345 hotline".
_CONTACT_AFTER = re.compile(
    r"\)?\s+(?:(?i:alarm\s+)?(?i:telephone|hot\s*line|help\s*line|tip\s*line)\b"
    # round 23: "and" inside the line's name ("the 988 Suicide and Crisis Lifeline")
    r"|(?:(?:[A-Z&][\w&]*|and)\s+){1,4}(?:Lifeline|Hotline|Helpline)\b)"
)
#: The digit groups of a phone number written before the matched group ("800 10 ", "(021) ").
_DIGIT_RUN = re.compile(r"(?:\(?\d+\)?[\s-]){0,4}$")
#: A phone number's groups before the matched one, the first with a leading zero ("0800 30 ").
#: Round 23: also an area code in brackets ("(0242) 703631").
_ZERO_RUN = re.compile(r"(?:\(0\d*\)|\b0\d*)\s+(?:\d+\s+)*$")
#: Round 23: the digits of a number spelt in letters, in brackets after it ("1-800-222-TIPS
#: (8477)", "1-800-662-HELP (4357)").
_SPELT_DIGITS = re.compile(r"\d-[A-Z]{2,}\s*\($")
#: A plural noun after a number: it counts something ("call 40 witnesses").
_COUNTS = re.compile(
    # round 24: not a verb in -s ("the free hotline 991 remains open")
    r"(?!\s+(?:remains|runs|operates|opens|works|serves)\b)"
    r"\s+(?:(?!(?:and|or|to|as|in|of)\b)[a-z][a-z-]*\s+){0,2}?(?:[a-z-]{2,}[a-rt-z]s|people|men|women)\b"
)

#: Money a reward or a law's fine names: "a reward of up to 100,000 yuan", "a fine of $5 million".
_REWARD_OR_FINE = re.compile(
    r"\breward\w*\b[^.;]{0,40}$"
    r"|\ba\s+(?:maximum\s+)?fine\s+(?:of|ranging\s+from|between|up\s+to)\s+(?:up\s+to\s+)?$"
    r"|\ba\s+(?:maximum\s+)?fine\s+(?:ranging\s+)?(?:from|between)\s+\S+\s+(?:to|and)\s+$",
    re.I,
)

#: Before an age: "below the age of 18", "as young as 12", "the youngest ... was 14", "minors
#: (under 18)", "teenagers of 14", "range in age from 21", "adults between 30".
_AGE_BEFORE = re.compile(
    r"\bage\s+of\s+$"
    r"|\bas\s+(?:young|old)\s+as\s+$"
    r"|\b(?:youngest|oldest)\b[^.;]{0,60}\b(?:was|were|is|are)\s+(?:just\s+|only\s+|aged\s+)?$"
    r"|\b(?:minors?|juveniles?|teenagers?|youths?|children)\s*\(?\s*(?:under|over|below|aged)\s+$"
    r"|\b(?:teenagers?|children|boys?|girls?|youths?)\s+of\s+$"
    r"|\bin\s+age\s+from\s+$"
    r"|\b(?:adults|persons|people|users)\s+(?:aged\s+)?between\s+$"
    # round 23: "between the ages of 12 and 17", "Ages ranged from 19 to 81", "young men
    # between 18 and 35", "anyone under 18", "214 of them under 18", "patients under 16"
    r"|\bages\s+of\s+$"
    r"|\bages\s+(?:range[sd]?|ranging)\s+(?:from\s+|between\s+)?$"
    r"|\b(?:men|women|boys|girls)\s+(?:aged\s+)?between\s+$"
    r"|\b(?:anyone|anybody|them|patients|offenders|suspects|clients)\s+(?:aged\s+)?(?:under|over"
    r"|below|above)\s+$",
    re.I,
)
#: Round 23: an age after the people it bounds: "adults 21 and older", "anyone 18 or older".
_AGE_AFTER = re.compile(r"\s+(?:and|or)\s+(?:older|over|above|younger|under)\b", re.I)
_AGE_HOLDER = re.compile(r"\b(?:adults|anyone|anybody|people|persons|those|patients)\s+$", re.I)
#: The upper end of a pair of ages: "between 30 and ", "of 14 or ".
_PAIR_UPPER = re.compile(r"\b\d{1,3}\s+(?:to|and|or|-|\u2013)\s+$")

#: A law or a decree named by its number: "Law 20,000", "Presidential Decree 309", "(Cap. 134)".
_LAW_NUMBER = re.compile(r"\b(?:Law|Decree|Cap\.?|Ordinance|Resolution)\s+(?:No\.?\s*)?$")

#: Round 24: a name that ends in a number: a road ("Interstate 40 and Interstate 10", "Highway
#: 2"), a numbered division ("Zone 1", "Troop 3", "Police Regional Office 7"), a report's part
#: ("Quarter 2", "Output 3") or an operation ("Operation Epervier 5"); a capital, not "in the
#: quarter 1,200 people were arrested". The roads read past a plural noun after them
#: ("Interstate 26 corridors"), which round 6's road rule (:mod:`.nonstats`) stops at.
_NAME_BEFORE = re.compile(
    r"\b(?:Interstate|Highway|Hwy|Route|Zone|Troop|Quarter|Output|Office|Precinct|Ward|Sector"
    r"|Operation\s+[A-Z][\w-]+)\s+$"
)

#: The whole of a ratio: "1 in 9", "7 in 10", "9 out of every 10".
_RATIO_WHOLE = re.compile(
    r"(?<![\d,.])\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:in|out\s+of)\s+(?:every\s+)?$",
    re.I,
)

#: The whole set of a body's or a country's divisions, named with a definite word: "all 47
#: counties", "Canada's 10 provinces", "across the four police districts", "its four states".
#: The keys count a set only when it is where something happened ("in 15 provinces").
#: Round 23: also opening a sentence ("The ten reporting states", "All 15 counties"), after
#: "these" and after a common noun's possessive ("the state's 83 counties").
_SET_BEFORE = re.compile(
    r"(?:\b(?i:all|all\s+of|the|these|its|their|our)"
    r"|(?:[A-Z][\w.]*|\b(?i:the\s+)(?:state|country|nation|province|territory|region))['\u2019]s)"
    r"\s+$"
)
_DIVISIONS_AFTER = re.compile(
    r"(?:\s+of\s+[A-Z][\w.]*['\u2019]s)?(?:\s+(?!of\b)[\w-]+){0,2}?\s+(?i:states|provinces"
    r"|territories|counties|jurisdictions|districts|divisions|regions|prefectures|municipalities"
    r"|countries|forces|stations|zones"
    # round 23: a force's or a service's own units ("all nine troop areas", "all 56 field
    # offices", "all 15 establishments", "all five trusts", "the seven emirates")
    r"|areas|offices|establishments|trusts|emirates|departments|troops)\b"
)
#: Round 23: the occasions a part of an amount was found in: "most of it in two shipments",
#: "Almost two-thirds of it was found in two consignments", "most of it from two landings" (not
#: "most of it close to the border, in 1,146 separate seizures": a count of the seizures).
_PART_OF_IT = re.compile(
    r"\b(?:most|much|all|half|part|some|bulk|(?:two|three)-(?:thirds|quarters)|third|quarter)"
    r"\s+of\s+it(?:\s+(?:was|were|being|found|seized|hidden|concealed|carried|made))*"
    r"\s+(?:in|from|on|at|during|across|aboard)\s+$",
    re.I,
)

#: Round 24: a count taken as one amount, a plural noun with a singular verb, as a speaker
#: weighs a figure already given ("but 268 deaths is still far too many", "nearly two thousand
#: deaths in one year is not a success story"); the keys count the figure where it is reported.
_AS_AMOUNT = re.compile(
    # not a time: "a median of 19 days is still too long" is the median a key counts
    r"(?!\s+(?:days|weeks|months|years|hours|minutes)\b)"
    r"\s+(?:[a-z-]+\s+){0,2}?[a-z]{2,}[a-rt-z]s\s+(?:in\s+(?:one|a|a\s+single)\s+year\s+)?is\b"
)

#: Round 24: a place in the list of places search warrants were executed at ("executed 14 search
#: warrants at homes, a storage locker and two vehicles"); the list ends at a verb ("… and
#: vehicles, and arrested 11 people" counts the people).
_WARRANT_PLACES = re.compile(r"\bwarrants?\s+at\s+(?:(?![a-z]+ed\b)[a-z'-]+,?\s+){0,10}$", re.I)
#: Round 24: a goal or a target, not a result: "above its annual goal of 25,000 hectares", "a
#: goal of reducing crops to below 80,000 hectares", "The Department's target is a rate below 6
#: per cent" (not "which targets street-level dealing, opened 1,148 investigations").
_GOAL = re.compile(
    r"\b(?:goal|target)\s+(?:of|is|was|at)\s+(?:[a-z]+ing\s+[^.;\d]{0,30}?\s+)?"
    r"(?:(?:a\s+rate\s+)?(?:to\s+)?(?:below|above|under|over|of)\s+)?$",
    re.I,
)

#: Round 24: one of two numbers offered as alternatives, a guess rather than a count ("we now
#: find 50,000 or 100,000 in a single car", "boats leave with 1,500 or 2,000 kilos each", "one
#: or two countries", "a Schedule 1 or 2 narcotic"); not a restatement after a comma ("1,312, or
#: 37.4%"), nor "two or more".
_NUMBER = rf"(?:\d[\d,.]*\d|\d|(?i:{WORD_NUMBER}))"
_OR_BEFORE = re.compile(rf"(?<![\d,.])\b{_NUMBER}\s+or\s+$")
_OR_AFTER = re.compile(rf"\s+or\s+{_NUMBER}\b")
#: Round 24: the parts of a report or its annex ("The full statistical annex, with 34 tables",
#: "The report's 14 chapters cover …").
_DOCUMENT_PARTS = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:tables|modules|chapters|annexes|appendices)\b"
)

#: A year of a calendar other than the Gregorian twentieth and twenty-first centuries: "founded
#: in 1844", "the year 1402", "than in 1401".
_YEAR_BEFORE = re.compile(r"\b(?:in|since|year|until)\s+$", re.I)


def not_keyed(match: re.Match[str], before: str, after: str) -> str | None:
    """Why ``match`` (a figure of the sentence ``before`` + number + ``after``) is no statistic
    the keys count, or ``None``."""
    ahead = before[: match.start()] if match.start() <= len(before) else before
    rest = after[match.end() - match.end("num") :]
    bare = not (
        match["unit"] or match["rate"] or match["cur"] or match["scale"] or match["den"]
    ) and not (match["curword"] or match["mult"] or match["fold"])
    checks = (
        _contact(match, before, rest) if bare else None,
        _reward_or_fine(match, ahead),
        _age(match, before, rest) if bare else None,
        _named(match, ahead, rest) if bare else None,
        _ratio_whole(ahead) if bare else None,
        _other_year(match, ahead, rest) if bare else None,
        _whole_set(ahead, rest) if bare else None,
        _occasions(ahead) if bare else None,
        body_size(ahead, rest) if bare else None,
        "a place a search warrant was executed at" if _WARRANT_PLACES.search(ahead) else None,
        "a goal or a target, not a result" if _GOAL.search(ahead) else None,
        "one of two numbers offered as alternatives ('50,000 or 100,000'), not a count"
        if _OR_BEFORE.search(ahead) or _OR_AFTER.match(rest)
        else None,
        _document_parts(ahead, rest) if bare else None,
        _as_amount(rest) if not (match["unit"] or match["rate"] or match["cur"]) else None,
    )
    return next((reason for reason in checks if reason), None)


def _contact(match: re.Match[str], before: str, rest: str) -> str | None:
    """The one phone rule (round 16): a line's name after it ("the 110 alarm telephone"), a group
    between two others ("1800 250 015"), or, with no counted noun after it ("call 40 witnesses"),
    a word before its groups ("call or text 988") or a group with a leading zero ("0800 30 300")."""
    run = _DIGIT_RUN.search(before)
    prefix = before[: run.start()] if run else before
    group = re.search(r"\d\s$", before) and re.match(r"\s\d", rest)
    introduced = _CONTACT_BEFORE.search(prefix) or _ZERO_RUN.search(before)
    # round 24: the last group of another line ("on 119 or 2122 4001") and a calling code
    other = _other_line(before) or _other_line(prefix)
    if _EXTENSION.search(before) or other or _SPELT_DIGITS.search(before):
        return "a phone number's extension or another line ('ext. 5800', 'or 999'), not a count"
    code = _CALLING_CODE.search(before)
    if code and (re.match(r"[\s-]\d", rest) or not before.endswith("+")):
        return "a phone number's calling code or group ('+255 27 216 2100'), not a count"
    if _CONTACT_AFTER.match(rest) or group:
        return "a phone number, a short code or a line's name ('call 110'), not a count"
    if introduced and not _COUNTS.match(rest):
        return "a phone number, a short code or a line's name ('call 110'), not a count"
    return None


def _other_line(before: str) -> bool:
    """Round 22: a number after "or" that follows a phone number or short code itself introduced
    as one ("call 101 or, in an emergency, 999")."""
    other = _OTHER_LINE.search(before)
    if other is None:
        return False
    ahead = before[: other.start()]
    run = _DIGIT_RUN.search(ahead)
    return bool(_CONTACT_BEFORE.search(ahead[: run.start()] if run else ahead))


def _reward_or_fine(match: re.Match[str], ahead: str) -> str | None:
    if (match["cur"] or match["curword"]) and _REWARD_OR_FINE.search(ahead):
        return "a reward or the fine a law sets, not a sum seized or imposed"
    return None


def _age(match: re.Match[str], ahead: str, rest: str) -> str | None:
    """``ahead`` here keeps the qualifier: "Minors (under 18)"."""
    if not match["num"].isdigit() or int(match["num"]) > 120 or _COUNTS.match(rest):
        return None
    pair = _PAIR_UPPER.search(ahead)
    if _AGE_BEFORE.search(ahead) or (pair and _AGE_BEFORE.search(ahead[: pair.start()])):
        return "an age ('as young as 14', 'below the age of 18'), not a count"
    if _AGE_HOLDER.search(ahead) and _AGE_AFTER.match(rest):
        return "an age ('adults 21 and older'), not a count"
    return None


def _named(match: re.Match[str], ahead: str, rest: str) -> str | None:
    if _NAME_BEFORE.search(ahead) and len(match["num"]) <= 3:
        return "a name that ends in a number (a road, a zone, a troop, a quarter), not a count"
    if _LAW_NUMBER.search(ahead):
        return "the number of a law or a decree ('Law 30 of 1986'), not a count"
    if re.search(r"[\"\u201c']$", ahead) and re.match(r"[\"\u201d']", rest):
        return "a name in quotation marks (the '6.26' day), not a count"
    if re.search(r"\d\u00b7$", ahead) or re.match(r"\u00b7\d", rest):
        return "a day written month\u00b7day ('6\u00b726'), not a count"
    return None


def _ratio_whole(ahead: str) -> str | None:
    if _RATIO_WHOLE.search(ahead):
        return "the whole of a ratio ('1 in 9'): the ratio's denominator, not a figure"
    return None


def _other_year(match: re.Match[str], ahead: str, rest: str) -> str | None:
    digits = match["num"]
    if re.fullmatch(r"1\d\d\d", digits) and _YEAR_BEFORE.search(ahead) and not _COUNTS.match(rest):
        return "a year ('founded in 1844', 'the year 1402'), not a count"
    return None


def _whole_set(ahead: str, rest: str) -> str | None:
    if _SET_BEFORE.search(ahead) and _DIVISIONS_AFTER.match(rest):
        return "the whole set of a body's divisions ('all 47 counties'), not a count of events"
    return None


def _occasions(ahead: str) -> str | None:
    if _PART_OF_IT.search(ahead):
        return "the occasions a part of an amount was found in ('most of it in two shipments')"
    return None


def _as_amount(rest: str) -> str | None:
    if _AS_AMOUNT.match(rest):
        return "a count weighed as one amount ('268 deaths is too many'), not a figure reported"
    return None


def _document_parts(ahead: str, rest: str) -> str | None:
    # not the object of a verb: "officers seized 14 tables"
    if _DOCUMENT_PARTS.match(rest) and not re.search(r"[a-z]ed\s+$", ahead):
        return "the parts of a report ('with 34 tables'), not a count"
    return None
