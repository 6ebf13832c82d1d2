"""Number forms in report text: "214,530", "5100", "2.3 million", "31 tons", "18.4 tonnes",
"9,120kg (20,106lbs)", "1.2‰", "12.5%", "3 out of 5", "12 of the 20", "five milligrams",
"two-fold", and multiplier words ("tripled", "more than twice as many", "fivefold": folds).

:func:`find_figures` returns every candidate :class:`Mention` of a sentence; whether it is a
statistic at all is for :mod:`.nonstats` to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from narcokg.extract import qualifiers
from narcokg.extract.currencies import CODE_PATTERN, SIGN_PATTERN, WORDS, currency_unit
from narcokg.extract.lang.en.words import RATE_UNITS
from narcokg.extract.text import Sentence
from narcokg.model.numbers import (
    FOLD_WORD,
    SCALES,
    UNIT_WORDS,
    WORD_NUMBER,
    fold_value,
    parse_number,
    word_value,
)

#: Currency signs -> units (proposed: the ontology has no money units yet).
CURRENCIES = {"$": "dollar", "£": "pound-sterling", "€": "euro"}
#: Currency signs written before an amount that are not one character (round 7): Malaysia's
#: ringgit ("RM 1.2 billion"), the Philippine peso, the Indian and Pakistani rupee.
CURRENCY_PREFIXES = {"RM": "ringgit", "₱": "peso", "PHP": "peso", "₹": "rupee", "Rs": "rupee"}
#: South Africa's rand, written right before the digits of an amount ("R3.1 billion", "R450,000").
CURRENCY_PREFIXES["R"] = "rand"
#: Round 8: the Philippine peso as its releases write it, a capital P glued to the digits
#: ("P39.05 billion", "P250,000"); a lone "P" before other numbers is not money.
CURRENCY_PREFIXES["P"] = "peso"
#: Round 8: the Indonesian rupiah ("Rp 412.6 billion", "Rp12,700").
CURRENCY_PREFIXES["Rp"] = "rupiah"

#: Round 9: currencies named after the amount ("1.9 trillion pesos", "96.5 million cedis", "40
#: million US dollars"), as national agencies writing in English often name them (not "pounds",
#: also a mass).
CURRENCY_WORDS = {
    "peso": "peso", "cedi": "cedi", "euro": "euro", "dollar": "dollar", "rupee": "rupee",
    "ringgit": "ringgit", "rand": "rand", "naira": "naira", "shilling": "shilling",
    "baht": "baht", "yuan": "yuan", "dirham": "dirham", "rupiah": "rupiah", "franc": "franc",
    "real": "real", "reais": "real", "sol": "sol", "soles": "sol", "kwacha": "kwacha",
}  # fmt: skip
CURRENCY_WORDS |= WORDS  # round 17
_WORDS = (w.replace(" ", r"\s+") for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
_CURRENCY_WORD = (
    r"(?:(?:US|U\.S\.|American|Canadian|Australian|Hong\s+Kong|Singapore)\s+)?"
    rf"(?P<curword>{'|'.join(_WORDS)})s?\b"
)

#: "3 times as many", "2.7 times the rate": a fold; "administered naloxone 3,218 times" counts.
_FOLD_TIMES = (
    r"times\b(?=\s+(?:as|the|that|more|higher|greater|larger|bigger|lower|fewer|less|smaller"
    r"|over|than|what|those|these|its|their|this|his|her)\b)"  # round 8: "2.4 times those of"
)
NUMBER = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_MASS = "|".join(sorted((re.escape(u) for u in UNIT_WORDS), key=len, reverse=True))
FIGURE = re.compile(
    rf"(?:(?P<qual>{qualifiers.PATTERN})\s+(?:an?\s+)?)?"
    # round 14: a code or a sign of the real or the cedi ("EUR 4.8 million", "R$ 1.92 billion")
    rf"(?P<cur>{CODE_PATTERN}|{SIGN_PATTERN}"
    # round 23: any country's capitals before a dollar sign ("BZ$1.37 million", "G$1.9 billion",
    # "RD$148.6 million": read as a name with digits, these amounts were never drafted)
    r"|(?:A|AU|US|C|CA|NZ|HK|S|J|TT|EC|N|(?-i:\b[A-Z]{1,3}))?\$(?:\s(?=\d))?|£|€"
    r"|(?-i:\bRM|\bRs\.?|\bRp\.?)\s?"
    r"|(?-i:\b[RP](?=\d[\d,.]*\s*(?:million|billion)|\d{1,3}(?:,\d{3})+\b))|₱|₹)?"
    rf"(?P<num>{NUMBER}|(?P<mult>{FOLD_WORD})|{WORD_NUMBER})(?P<fold>-fold)?"
    rf"(?:\s*(?P<scale>{'|'.join(SCALES)})\b)?"
    rf"(?:\s*(?P<rate>%|‰|percentage\s+points?\b|per\s?cent\b|percent\b|per\s+mille\b|per\s+thousand\b|per\s+100,000\b|for\s+every\s+100,000\b|per\s+million\b|per\s+10,000\b|{_FOLD_TIMES})"
    rf"|\s*(?P<unit>{_MASS})\b|\s+{_CURRENCY_WORD})?"
    # a conversion ("9,120kg (20,106lbs)"), not a figure of its own ("March 2023 (9.5%)")
    # ("2,930 in 2023 (2,610 in 2022)": the bracket is a figure of its own year, not a conversion)
    # (round 14: only after a unit; "compared with 2023 (6,260 kilograms)" is the base's figure)
    r"(?:(?<![\d\s])\s*\((?P<conv>[\d.,]+\s*(?!(?:in|at|on|for|during|by)\b)[A-Za-z][^()]{0,36})\))?"
    # a share: "3 out of 5", "12 of the 20 samples", "27,512 of the country's 42,046" (not a year)
    rf"(?:\s+(?:out\s+of|of\s+(?:(?:the|its|their|all)\s+)?(?:[a-z]+'s\s+)?(?!(?:19|20)\d\d\b)(?=\d))"
    # (round 19) an ordinal is no whole: "28.4% of 8th graders"
    rf"\s*(?!\d+(?:st|nd|rd|th)\b)(?P<den>{NUMBER}|{WORD_NUMBER}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """A figure in the text: the quote span, the number and its qualifier, unit and counted noun."""

    start: int
    end: int
    quote: str
    number: Decimal
    qualifier: str = "exact"
    unit: str | None = None
    noun: str = ""
    sentence: int = 0
    repair: str | None = None
    naive: tuple[Decimal, ...] = ()
    notes: tuple[str, ...] = field(default=())
    #: the whole of an "N out of M" share (M)
    denominator: Decimal | None = None

    def with_notes(self, *notes: str) -> Mention:
        return replace(self, notes=self.notes + notes)


def read_number(text: str) -> Decimal:
    """Digits ("214,530") or words ("twenty-three")."""
    return Decimal(word_value(text)) if text[0].isalpha() else parse_number(text)


def figure_value(match: re.Match[str]) -> Decimal:
    number = Decimal(fold_value(match["mult"])) if match["mult"] else read_number(match["num"])
    if match["scale"]:
        number *= SCALES[match["scale"].lower()]
    return number.normalize() if number % 1 else number.quantize(Decimal(1))


def figure_unit(match: re.Match[str]) -> str | None:
    if match["cur"]:
        sign = match["cur"].strip().rstrip(".")
        return currency_unit(sign) or CURRENCY_PREFIXES.get(sign) or CURRENCIES[sign[-1]]
    if match["curword"]:
        return CURRENCY_WORDS[" ".join(match["curword"].lower().split())]
    if match["fold"] or match["mult"]:
        return "fold"
    if match["rate"] and match["rate"].lower().startswith("percentage"):
        return "percentage-point"
    if match["rate"]:
        return RATE_UNITS[" ".join(match["rate"].lower().replace("percent", "per cent").split())]
    if match["unit"]:
        return UNIT_WORDS[match["unit"].lower()]
    return None


def _matches(text: str) -> list[re.Match[str]]:
    """``FIGURE``'s matches, except that a bracket in the figure's own unit is not a conversion
    but a figure of its own (round 7: "Cocaine: 19.8 tonnes (16.2 tonnes)", last year's)."""
    found: list[re.Match[str]] = []
    position = 0
    while (match := FIGURE.search(text, position)) is not None:
        if match["conv"] and match["unit"] and _same_unit(match):
            bracket = text.rindex("(", match.start(), match.start("conv"))
            match = FIGURE.match(text, match.start(), bracket) or match
        found.append(match)
        position = max(match.end(), match.start() + 1)
    return found


def _same_unit(match: re.Match[str]) -> bool:
    words = re.findall(r"[A-Za-z]+", match["conv"])
    return bool(words) and UNIT_WORDS.get(words[0].lower()) == figure_unit(match)


def find_figures(sentence: Sentence) -> list[tuple[re.Match[str], Mention]]:
    """Every number-like figure of the sentence, with the noun phrase it counts."""
    from narcokg.extract.nouns import noun_phrase

    found = []
    for match in _matches(sentence.text):
        unit = figure_unit(match)
        after_unit = bool(unit or match["scale"])
        noun_end, noun = noun_phrase(
            sentence.text, match.end(), after_unit=after_unit, share=bool(match["den"])
        )
        if match["cur"]:  # an amount of money counts no noun ("RM 87.5 million belonging to")
            noun_end, noun = match.end(), ""
        if noun and unit is None and (base := _RATE_AFTER.match(sentence.text, noun_end)):
            # round 8: "31.3 deaths per 100,000 people", "6.1 defined daily doses per 1,000
            # population per day": a rate whose noun stands between number and base
            unit, noun_end = _rate_unit(base), base.end()
        if unit is None and _multiple(
            sentence.text[: match.start()], noun, sentence.text[match.end() :]
        ):
            unit = "fold"  # round 8: "grew by a factor of 3", "were up 2.5 times on 2022", "4x"
        end = noun_end if noun else match.end()
        quote = sentence.text[match.start() : end].rstrip()
        mention = Mention(
            start=sentence.start + match.start(),
            end=sentence.start + match.start() + len(quote),
            quote=quote,
            number=figure_value(match),
            qualifier=qualifiers.qualifier_slug(match["qual"]),
            unit=unit,
            noun=noun,
            sentence=sentence.index,
            denominator=read_number(match["den"]) if match["den"] else None,
        )
        part = _PARTITIVE.match(sentence.text, match.end())
        if part and re.match(r"\s+of\s+them\b", sentence.text[match.end() :]):
            part = None  # round 8: "6,120 of them contained fentanyl": a verb, not the group
        if not noun and unit is None and part:
            # "1,566 of those deaths", "5,904 of those arrested": a part of what was counted
            modified = _GROUP_AFTER.match(sentence.text, match.end())  # "of the recorded offences"
            noun = modified[1] if modified else part[1] if part[1].endswith("s") else "people"
            mention = replace(mention, noun=noun)
        elif not noun and unit is None and (group := _group_before(sentence.text, match.start())):
            # "Of those indicted, eight were convicted", "Of the detainees, 97 were transferred"
            mention = replace(mention, noun=group)
        found.append((match, mention))
    return found


#: Round 8: a multiple written after a change word ("up 2.5 times", "rose 4x") or as a factor.
_CHANGED_BY = re.compile(
    r"\b(?:up|down|rose|risen|grew|grown|increased?|jumped|climbed|multiplied|soared|surged)"
    r"(?:\s+(?:by|about|nearly|almost|some|more\s+than))?\s*$",
    re.I,
)
_FACTOR_OF = re.compile(r"\bby\s+a\s+factor\s+of\s*(?:about\s+|nearly\s+|almost\s+)?$", re.I)


def _multiple(before: str, noun: str, after: str = "") -> bool:
    if _FACTOR_OF.search(before):
        return not noun or noun.lower() in {"times", "x"}
    if noun.lower().split()[:1] == ["times"] and (
        _TIMES_COMPARED.match(after) or _AFTER_FROM_TO.search(before)
    ):
        return True  # round 20: "1.4 times year-on-year", "from 7.2 … to 19.4 tonnes, 2.7 times,"
    return noun.lower() in {"times", "x"} and bool(_CHANGED_BY.search(before))


#: Round 20: "N times" compared with a base right after it ("1.4 times year-on-year", "1.8 times
#: of the same period last year"), or standing alone after a change "from A to B".
_TIMES_COMPARED = re.compile(
    r"\s*times\s+(?:year[-\s]on[-\s]year|(?:of|over|on)\s+the\s+(?:same\s+period|previous"
    r"|corresponding)|compared\s+(?:with|to))\b",
    re.I,
)
_AFTER_FROM_TO = re.compile(r"\bfrom\s[^,;()]*\bto\s[^,;()]*,\s*$", re.I)


#: The base of a rate after its noun ("per 100,000 population", "per 1,000 people per day").
_RATE_AFTER = re.compile(
    r"\s+(?:per|for\s+every)\s+(?P<base>100,000|100\s+000|million|1,000,000|10,000|1,000|1\s+000"
    r"|thousand|1000)"
    r"(?:\s+(?:[a-z]+\s+)?(?:people|persons|population|inhabitants|residents|adults|capita))?"
    r"(?P<day>\s+(?:per|a|each)\s+day)?\b",
    re.I,
)


def _rate_unit(base: re.Match[str]) -> str:
    """The unit of a rate by its base: per 100,000, per million (round 11), per 1,000 (per
    mille), per 1,000 per day."""
    if base["base"].lower() in {"million", "1,000,000"}:
        return "per-million"
    if base["base"] == "10,000":
        return "per-10000"  # round 11: Scotland's and other rates per 10,000
    if base["base"].startswith("100"):
        return "per-100000" if not base["day"] else "per-100000-per-day"
    return "per-1000-per-day" if base["day"] else "per-mille"


#: The group after "of the" when a participle only modifies its noun ("618 of the recorded
#: supply offences"), unlike "of those arrested", which counts people.
_GROUP_AFTER = re.compile(
    r"\s+of\s+(?:those|these|the)\s+([a-z]+ed\s+(?:[a-z-]+\s+){0,2}[a-z]+s)\b"
)

#: A group named in front of the figure that counts a part of it: "Of the people charged, …"
#: (round 7: also with its number, "Of the 6,038 people found guilty, …").
_GROUP_BEFORE = re.compile(
    r"\b(?:of|among)\s+(?:the|those|these|all)\s+(?:[\d,.]+\s+)?([a-z][\w\s-]{0,40}?)\s*,\s*$",
    re.I,
)


def _group_before(text: str, start: int) -> str | None:
    """What the group in front of a bare figure counts: its plural noun ("the detainees" ->
    detainees), or people for a participle ("those indicted"); ``None`` without such a group."""
    found = _GROUP_BEFORE.search(text[:start])
    if found is None:
        return None
    words = found[1].split()
    plural = [w for w in words if re.fullmatch(r"[a-z]+s|people", w.lower())]
    if plural:
        return " ".join(words[: words.index(plural[0]) + 1])
    return "people" if words[0].lower().endswith("ed") else None


#: "of those deaths", "of those arrested": the figure is a part of a group named after it.
_PARTITIVE = re.compile(
    # "of the year's drug seizures": a possessive before the group's noun
    # round 8: hyphenated words too ("58 of the drug-related deaths")
    # round 19: a year before it ("1,011 of the 2025 deaths")
    r"\s+of\s+(?:those|these|them|the)\s+(?:[a-z]+'s\s+|(?:19|20)\d\d\s+)?"
    r"((?:[a-z-]+\s+){0,2}?[a-z]+(?:s|ed))\b"
    r"(?![\s-]+[a-z]+s\b)"
)
