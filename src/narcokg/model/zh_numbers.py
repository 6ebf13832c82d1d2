"""Reading figures written in Chinese: "4.2万余起", "1.124亿", "一万二千名", "两千余", "三成",
"近3万名", "25.9吨", full-width "１２３４５", ranges "3至5吨" / "3-5万" / "三到五种". No RDF here;
the build checks Chinese quotes with it.

The qualifiers follow the usage of official releases: 余/多/逾/超过 give a lower bound
(``more-than``); 以上/以下 include the number itself (as the Criminal Law, art. 99, defines them:
``at-least`` / ``up-to``); 近/将近 ``nearly``; 约/左右 ``about``; 不足/不到 ``less-than``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from narcokg.model.quantities import MASS_UNIT_NAMES, Figure

#: Full-width forms -> ASCII, one code point for one (spans stay valid after normalising).
FULL_WIDTH = str.maketrans("０１２３４５６７８９．，％：；（）－～", "0123456789.,%:;()-~")
DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}  # fmt: skip
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL = "[零〇一二两三四五六七八九十百千万亿]+"
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
BEFORE = {"约": "about", "近": "nearly", "将近": "nearly", "逾": "more-than",
          "超过": "more-than", "超": "more-than", "不足": "less-than", "不到": "less-than",
          "至少": "at-least"}  # fmt: skip
AFTER = {"余": "more-than", "多": "more-than", "以上": "at-least", "左右": "about",
         "以下": "up-to"}  # fmt: skip
#: Unit words -> the unit labels of the ontology; 成 (tenths) is turned into percent.
UNITS = {"起": "case", "件": "case", "名": "person", "人次": "person", "人": "person",
         "吨": "tonne", "公斤": "kilogram", "千克": "kilogram", "克": "gram", "种": "kind",
         "%": "percent", "‰": "per-mille", "成": "percent", "倍": "fold",
         "个百分点": "percentage-point", "个省份": "province", "个省": "province",
         "个": None}  # fmt: skip
_BEFORE = "|".join(sorted(BEFORE, key=len, reverse=True))
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
FIGURE = re.compile(
    rf"(?:(?P<qual>{_BEFORE}))?"
    rf"(?P<num>{ARABIC}|{CN_NUMERAL})(?P<scale>[万亿](?!元))?(?P<post>余|多)?"
    rf"(?P<unit>{_UNIT})?(?P<after>以上|以下|左右)?"
)


def cn_value(text: str) -> Decimal:
    """The value of a number in Chinese numerals.

    >>> cn_value("一万二千"), cn_value("两千"), cn_value("十五"), cn_value("三亿五千万")
    (Decimal('12000'), Decimal('2000'), Decimal('15'), Decimal('350000000'))
    """
    total, section, digit = 0, 0, 0
    for char in text:
        if char in DIGITS:
            digit = DIGITS[char]
        elif char in SMALL_UNITS:
            section += (digit or 1) * SMALL_UNITS[char]
            digit = 0
        elif char == "万":
            section = (section + digit) * 10_000
            digit = 0
        elif char == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return Decimal(total + section + digit)


def number_value(num: str, scale: str | None) -> Decimal:
    """Digits or numerals times 万/亿: ("4.2", "万") -> 42000."""
    value = Decimal(num.replace(",", "")) if num[0].isdigit() else cn_value(num)
    if scale:
        value *= BIG_UNITS[scale]
    return value.normalize() if value % 1 else value.quantize(Decimal(1))


def figure_parts(match: re.Match[str]) -> tuple[Decimal, str, str | None]:
    """Number, qualifier and unit label of a :data:`FIGURE` match (三成 -> 30 percent)."""
    number = number_value(match["num"], match["scale"])
    unit = UNITS.get(match["unit"] or "")
    if match["unit"] == "成":
        number *= 10
    qualifier = "exact"
    if match["qual"]:
        qualifier = BEFORE[match["qual"]]
    elif match["post"]:
        qualifier = AFTER[match["post"]]
    elif match["after"]:
        qualifier = AFTER[match["after"]]
    return number, qualifier, unit


#: Between the ends of a range: 3至5吨, 3-5万, 三到五种.
RANGE_JOINT = re.compile(r"至|到|-|—|~")


def range_end(text: str, low: re.Match[str]) -> re.Match[str] | None:
    """The upper end of a range whose lower end is ``low`` (3至5吨, 3吨至5吨), or None."""
    joint = RANGE_JOINT.match(text, low.end())
    if low["post"] or low["after"] or joint is None:
        return None
    high = FIGURE.match(text, joint.end())
    if high is None or high["num"] in ("万", "亿") or high["qual"]:
        return None
    return high if low["unit"] in (None, high["unit"]) else None


def range_low(low: re.Match[str], high: re.Match[str]) -> Decimal:
    """The lower end's value; a 万/亿 written only after the upper end scales both (3-5万)."""
    value = number_value(low["num"], low["scale"] or high["scale"])
    return value * 10 if high["unit"] == "成" else value


def read_figure_zh(text: str) -> Figure:
    """The first figure of a Chinese quote; a range keeps both ends (qualifier ``between``).

    >>> read_figure_zh("4.2万余起")
    Figure(number=Decimal('42000'), qualifier='more-than', unit=None)
    >>> read_figure_zh("约２５.９吨")
    Figure(number=Decimal('25.9'), qualifier='about', unit='tonne')
    >>> range_ = read_figure_zh("3-5万名")
    >>> range_, range_.low
    (Figure(number=Decimal('50000'), qualifier='between', unit=None), Decimal('30000'))
    """
    text = text.translate(FULL_WIDTH)
    for match in FIGURE.finditer(text):
        if match["num"] in ("万", "亿"):
            continue
        high = range_end(text, match)
        number, qualifier, unit = figure_parts(high or match)
        # like the English reader, only mass units are unit *words* the build checks
        mass = unit if unit in MASS_UNIT_NAMES else None
        if high is not None:
            return Figure(number, "between", mass, range_low(match, high))
        return Figure(number, qualifier, mass)
    raise ValueError(f"no figure in {text!r}")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds any CJK ideograph."""
    return any("\u4e00" <= c <= "\u9fff" for c in text)
