"""Reading figures in text: "more than 42,000", "1.2 million", "740 tons", and repairing the
machine-translation garbles of Chinese numbers. No RDF here.

A :class:`Figure` keeps the number apart from its qualifier: "more than 2,900" is the number 2900
with the qualifier ``more-than`` (a lower bound, never an exact value).
"""

from __future__ import annotations

import re
from decimal import Decimal

from narcokg.model.quantities import Figure

#: Qualifier phrases, longest first so that "more than" wins over "more".
QUALIFIER_PHRASES: tuple[tuple[str, str], ...] = (
    ("a total of more than", "more-than"),
    ("more than", "more-than"),
    ("over", "more-than"),
    ("in excess of", "more-than"),
    ("upwards of", "more-than"),
    ("above", "more-than"),  # round 13: "above 38%" was read exact (a blind writer's key)
    ("exceeding", "more-than"),
    ("exceeded", "more-than"),
    ("exceeds", "more-than"),
    ("at least", "at-least"),
    ("no fewer than", "at-least"),
    ("no less than", "at-least"),
    ("approximately", "about"),
    ("about", "about"),
    ("around", "about"),
    ("some", "about"),
    ("roughly", "about"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("close to", "nearly"),
    ("less than", "less-than"),
    ("fewer than", "less-than"),
    ("under", "less-than"),
    ("up to", "up-to"),
    ("at most", "up-to"),
)
QUALIFIERS = ("exact", "more-than", "at-least", "about", "nearly", "less-than", "up-to", "between")

SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,  # round 8: "Rp 12.7 trillion"
}
#: Unit words as written in reports -> the unit's singular label in the ontology.
MASS_UNITS: dict[str, str] = {
    "tons": "tonne", "ton": "tonne", "tonnes": "tonne", "tonne": "tonne", "t": "tonne",
    "kilograms": "kilogram", "kilogram": "kilogram", "kg": "kilogram", "kgs": "kilogram",
    "kilos": "kilogram", "kilo": "kilogram",  # round 7: "40 kilos of cocaine" (US releases)
    "grams": "gram", "gram": "gram", "g": "gram",
    "milligrams": "milligram", "milligram": "milligram", "mg": "milligram",
    "pounds": "pound", "pound": "pound", "lbs": "pound", "lb": "pound",
    # round 8: the British and Commonwealth spellings name the same units ("5,742 kilogrammes")
    "kilogrammes": "kilogram", "kilogramme": "kilogram", "grammes": "gram", "gramme": "gram",
    "milligrammes": "milligram", "milligramme": "milligram", "metric tons": "tonne",
    "metric tonnes": "tonne",
}  # fmt: skip
#: Volume words -> the ontology's volume unit (liquid precursors: "2,760 liters").
VOLUME_UNITS: dict[str, str] = {"litres": "litre", "litre": "litre", "liters": "litre",
                                "liter": "litre"}  # fmt: skip
#: Every unit word a figure may carry, mass or volume.
UNIT_WORDS: dict[str, str] = MASS_UNITS | VOLUME_UNITS

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_QUALIFIER = "|".join(re.escape(p) for p, _ in QUALIFIER_PHRASES)
_SCALE = "|".join(SCALES)
_UNIT = "|".join(sorted((re.escape(u) for u in UNIT_WORDS), key=len, reverse=True))
#: A currency sign or ISO 4217 code between a qualifier and its number ("about $1.47 billion",
#: "over Rp 12.7 trillion", "more than MAD 46.3 million"): the qualifier still bounds the number.
#: U+20A0-U+20CF is Unicode's whole block of currency signs (colón, hryvnia, tenge, lira, ...);
#: Ghana's cedi is also written with the cent sign ("GH¢").
_CURRENCY = r"(?-i:[A-Z]{3})(?=\s?\d)|" + (
    r"(?:[A-Z]{1,3})?\$|(?:GH)?[₵¢]|[\u20a0-\u20cf]|£|¥|฿|৳|Rp\.?|Rs\.?|RM|KSh|Tk\.?|[RKNP](?=\d)"
)
_FIGURE = re.compile(
    rf"(?:(?P<qualifier>{_QUALIFIER}|between)\s+(?:an?\s+)?(?:(?:{_CURRENCY})\s?)?)?"
    rf"(?P<number>{_NUMBER})"
    rf"(?:\s*(?P<scale>{_SCALE})\b)?(?:\s*(?P<unit>{_UNIT})\b)?",
    re.IGNORECASE,
)
#: The upper end of a range right after its lower end: "-5 tonnes", " to 5", " and 5" (between).
_RANGE_END = re.compile(
    rf"\s*(?P<joint>-|\u2013|\u2014|to\b|and\b)\s*(?P<qualifier>)(?P<number>{_NUMBER})"
    rf"(?:\s*(?P<scale>{_SCALE})\b)?(?:\s*(?P<unit>{_UNIT})\b)?",
    re.IGNORECASE,
)


def parse_number(text: str) -> Decimal:
    """The number written as digits with optional thousands separators.

    >>> parse_number("42,000")
    Decimal('42000')
    """
    if not re.fullmatch(_NUMBER, text):
        raise ValueError(f"not a number: {text!r}")
    return Decimal(text.replace(",", ""))


def qualifier_of(phrase: str | None) -> str:
    """The qualifier slug of a phrase such as "More than" (``exact`` when there is none)."""
    if not phrase:
        return "exact"
    wanted = " ".join(phrase.lower().split())
    return next(slug for words, slug in QUALIFIER_PHRASES if words == wanted)


def read_figure(text: str) -> Figure:
    """The first figure stated in ``text``.

    >>> read_figure("more than 7,300 criminal suspects")
    Figure(number=Decimal('7300'), qualifier='more-than', unit=None)
    >>> read_figure("more than 740 tons of drug production materials")
    Figure(number=Decimal('740'), qualifier='more-than', unit='tonne')
    >>> read_figure("more than 100 million students").number
    Decimal('100000000')
    >>> read_figure("about $1.47 billion").qualifier, read_figure("over Rp 12.7 trillion").qualifier
    ('about', 'more-than')
    >>> read_figure("between 3 and 5 tonnes"), read_figure("3-5 tonnes").low
    (Figure(number=Decimal('5'), qualifier='between', unit='tonne'), Decimal('3'))
    """
    from narcokg.model.zh_numbers import has_cjk, read_figure_zh

    if has_cjk(text):
        return read_figure_zh(text)
    text = digits_for_words(text)
    match = _FIGURE.search(text)
    if match is None:
        raise ValueError(f"no figure in {text!r}")
    return _range_from(match, text) or _figure_from(match)


def _range_from(match: re.Match[str], text: str) -> Figure | None:
    """A range ("between 3 and 5 tonnes", "3-5 tonnes", "3 to 5 million") read at ``match``:
    the upper end is the figure's number, the lower end its ``low``; a scale or unit written
    only after the upper end applies to both ("3-5 million" is 3 to 5 million)."""
    between = (match["qualifier"] or "").lower() == "between"
    if re.search(r"\bfrom\s+$", text[: match.start()], re.IGNORECASE):
        return None  # "from 3 to 5 tonnes" is a change between two figures, not a range
    high = None if match["unit"] else _RANGE_END.match(text, match.end())
    if high is None or (high["joint"].lower() == "and") != between:
        if between:
            raise ValueError(f"no upper end after 'between' in {text!r}")
        return None
    upper = _figure_from(high)
    low = parse_number(match["number"])
    scale = match["scale"] or high["scale"]
    if scale:
        low *= SCALES[scale.lower()]
    return Figure(upper.number, "between", upper.unit, low.normalize() if low % 1 else low)


#: Number words a report may spell out ("five milligrams", "two-fold", "twenty-three").
_UNITS_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
WORD_NUMBERS: dict[str, int] = {word: value for value, word in enumerate(_UNITS_WORDS)} | {
    word: 10 * tens for tens, word in enumerate(_TENS_WORDS, start=2)
}
_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
WORD_NUMBER = rf"\b(?:{_WORDS})(?:-(?:{_WORDS}))?\b"


def word_value(text: str) -> int:
    """The value of a spelled-out number such as "twenty-three".

    >>> word_value("Twenty-three"), word_value("five")
    (23, 5)
    """
    return sum(WORD_NUMBERS[part] for part in text.lower().split("-"))


#: Multiplier words: a fold change with no number written ("tripled", "more than twice",
#: "halved": a fall to a half, the fold decrease 2). The base forms need the word after them to be
#: a comparison ("double the amount") or to end the quote, so "a double murder" is no figure.
MULTIPLIERS: dict[str, int] = {
    "twice": 2, "double": 2, "doubled": 2, "doubling": 2, "halved": 2, "halving": 2,
    "triple": 3, "tripled": 3, "tripling": 3, "treble": 3, "trebled": 3,
    "quadruple": 4, "quadrupled": 4,
}  # fmt: skip
_BASE_FORMS = ("twice", "double", "triple", "treble", "quadruple")
_COMPARED = r"(?=\s+(?:as|the|that|what|its|their|last|over|since|than)\b|\s*$)"
FOLD_WORD = (
    rf"\b(?:(?:{'|'.join(w for w in MULTIPLIERS if w not in _BASE_FORMS)})\b"
    rf"|(?:{'|'.join(_BASE_FORMS)})\b{_COMPARED}|(?:{_WORDS})fold\b)"
)


def fold_value(text: str) -> int:
    """The fold a multiplier word states ("tripled" -> 3, "fivefold" -> 5, "halved" -> 2).

    >>> fold_value("Threefold"), fold_value("twice"), fold_value("halved")
    (3, 2, 2)
    """
    word = text.lower()
    return MULTIPLIERS[word] if word in MULTIPLIERS else word_value(word.removesuffix("fold"))


def digits_for_words(text: str) -> str:
    """``text`` with spelled-out numbers in digits ("a two-fold rise" -> "a 2-fold rise"), and
    multiplier words as folds ("more than triple" -> "more than 3-fold", "threefold" -> "3-fold").
    """
    text = re.sub(FOLD_WORD, lambda m: f"{fold_value(m.group())}-fold", text, flags=re.I)
    return re.sub(WORD_NUMBER, lambda m: str(word_value(m.group())), text, flags=re.IGNORECASE)


def _figure_from(match: re.Match[str]) -> Figure:
    number = parse_number(match["number"])
    if match["scale"]:
        number *= SCALES[match["scale"].lower()]
    unit = UNIT_WORDS[match["unit"].lower()] if match["unit"] else None
    return Figure(
        number.normalize() if number % 1 else number, qualifier_of(match["qualifier"]), unit
    )


# --- repairs of machine-translation garbles ---------------------------------------------------

_WAN = 10_000
_SPLIT_WAN = re.compile(
    rf"^(?P<integer>\d+)\b.*?(?:(?P<qualifier>{_QUALIFIER})\s+)?(?P<fraction>{_NUMBER})\D*$",
    re.IGNORECASE | re.DOTALL,
)
_LOST_POINT = re.compile(
    rf"^(?P<integer>\d+)\b.*?[^\d\s,.](?P<fraction>\d+)\s*(?P<unit>{_UNIT})\b\W*$",
    re.IGNORECASE | re.DOTALL,
)


def repair_split_wan_decimal(surface: str) -> Figure:
    """Undo a 万 number split at its decimal point.

    "4.2万余起" (more than 42,000 cases) comes out as "4 ... More than 20,000 cases": the integer
    part stays in front, the fraction ".2万" is read as 2万 = 20,000 and keeps the qualifier.

    >>> repair_split_wan_decimal("4 cases will be cracked across the countryMore than 20,000 cases")
    Figure(number=Decimal('42000'), qualifier='more-than', unit=None)
    """
    match = _SPLIT_WAN.match(surface)
    if match is None:
        raise ValueError(f"{surface!r} does not show a 万 number split at its decimal point")
    tail = parse_number(match["fraction"])
    if tail % _WAN or tail == 0:
        raise ValueError(f"{match['fraction']} is not a whole number of 万 (10,000)")
    digits = str(int(tail // _WAN))
    number = Decimal(f"{match['integer']}.{digits}") * _WAN
    return Figure(number.quantize(Decimal(1)), qualifier_of(match["qualifier"]))


def repair_lost_decimal_point(surface: str) -> Figure:
    """Undo a decimal tonnage whose point was lost and whose fraction was glued to the unit.

    >>> repair_lost_decimal_point("25 drugs of various types were seized9 tons")
    Figure(number=Decimal('25.9'), qualifier='exact', unit='tonne')
    """
    match = _LOST_POINT.match(surface)
    if match is None:
        raise ValueError(f"{surface!r} does not show a decimal number that lost its point")
    number = Decimal(f"{match['integer']}.{match['fraction']}")
    return Figure(number, "exact", UNIT_WORDS[match["unit"].lower()])


REPAIR_RULES = {
    "split-wan-decimal": repair_split_wan_decimal,
    "lost-decimal-point": repair_lost_decimal_point,
}


def naive_readings(surface: str) -> tuple[Decimal, ...]:
    """Every number a literal reading of the (garbled) text gives, in order.

    >>> naive_readings("12 drugs were seized2 tons")
    (Decimal('12'), Decimal('2'))
    """
    return tuple(parse_number(m) for m in re.findall(_NUMBER, surface))


# Bounds each qualifier gives the number: (value?, min inclusive?, max inclusive?); None = absent.
BOUNDS: dict[str, tuple[bool, bool | None, bool | None]] = {
    "exact": (True, None, None),
    "about": (True, None, None),
    "more-than": (False, False, None),
    "at-least": (False, True, None),
    "nearly": (False, None, False),
    "less-than": (False, None, False),
    "up-to": (False, None, True),
    "between": (False, True, True),  # a range: its lower end (the fact's `lower`) to the number
}


def decimal_text(number: Decimal) -> str:
    """Canonical xsd:decimal lexical form (no exponent, no trailing zeros).

    >>> decimal_text(Decimal("42000")), decimal_text(Decimal("25.90"))
    ('42000', '25.9')
    """
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
