"""Reporting periods in Chinese releases, resolved against the publication date: 2023年,
今年1至8月, 上半年, 前三季度, 截至2023年底 (a stock at a date), 截至9月底, 近五年, 今年以来,
开展以来. Base years of a comparison (比2019年, 较上年) are not periods of the figure."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from narcokg.model.zh_numbers import FULL_WIDTH, cn_value

_YEAR = r"(?:(?P<y>\d{4})年|(?P<rel>今年|去年|上年|本年))?"
_CN = "[一二两三四五六七八九十]+"


@dataclass(frozen=True)
class PeriodName:
    start: int
    end: int
    label: str


def _month_end(year: int, month: int) -> str:
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def _year(match: re.Match[str], published: date) -> int:
    if match["y"]:
        return int(match["y"])
    return published.year - 1 if match["rel"] in ("去年", "上年") else published.year


def _months(m: re.Match[str], published: date) -> str:
    year, first, last = _year(m, published), int(m["a"]), int(m["b"])
    if (first, last) == (1, 12):
        return str(year)
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-H{last // 6}"
    return f"{year}-{first:02d}-01/{_month_end(year, last)}"


def _count(text: str) -> int:
    return int(text) if text.isdigit() else int(cn_value(text))


_RULES: list[tuple[re.Pattern[str], object]] = [
    (
        re.compile(rf"截至{_YEAR}(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日"),
        lambda m, p: date(_year(m, p), int(m["m"]), int(m["d"])).isoformat(),
    ),
    (
        re.compile(rf"(?:截至)?{_YEAR}(?P<m>\d{{1,2}})月(?:底|末)"),
        lambda m, p: _month_end(_year(m, p), int(m["m"])),
    ),
    (re.compile(rf"(?:截至)?{_YEAR}(?:底|末)"), lambda m, p: f"{_year(m, p)}-12-31"),
    (re.compile(rf"{_YEAR}(?P<a>\d{{1,2}})(?:至|-|—|～|~|到)(?P<b>\d{{1,2}})月"), _months),
    (re.compile(rf"{_YEAR}上半年"), lambda m, p: f"{_year(m, p)}-H1"),
    (re.compile(rf"{_YEAR}下半年"), lambda m, p: f"{_year(m, p)}-H2"),
    (
        re.compile(rf"{_YEAR}前三季度"),
        lambda m, p: f"{_year(m, p)}-01-01/{_year(m, p)}-09-30",
    ),
    (
        re.compile(rf"{_YEAR}第?(?P<q>[一二三四1-4])季度"),
        lambda m, p: f"{_year(m, p)}-Q{_count(m['q'])}",
    ),
    (
        re.compile(rf"近(?P<n>\d+|{_CN})年"),
        lambda m, p: f"{p.year - _count(m['n'])}-01-01/{p.year - 1}-12-31",
    ),
    (
        re.compile(r"(?<![比较])(?P<a>\d{4})年?(?:至|到|—|-)(?P<b>\d{4})年(?!底|末)"),
        lambda m, p: f"{m['a']}-01-01/{m['b']}-12-31",
    ),
    (re.compile(r"截至目前|截止目前"), lambda m, p: p.isoformat()),
    (
        re.compile(r"(?<![比较])(?P<y>\d{4})年以来"),
        lambda m, p: f"{m['y']}-01-01/{p.isoformat()}",
    ),
    (
        re.compile(r"今年以来|年初以来"),
        lambda m, p: f"{p.year}-01-01/{p.isoformat()}",
    ),
    (re.compile(r"(?<![比较])(?P<y>\d{4})年(?!以来)"), lambda m, p: m["y"]),
    (re.compile(r"(?<![比较同])(?P<rel>今年|去年)(?!同期)"), lambda m, p: str(_year(m, p))),
]
SINCE_LAUNCH = re.compile(r"(?:开展|启动|部署)?以来")


def find_periods(text: str, published: date) -> list[PeriodName]:
    """Every period the text names, in text order (the first rule to claim a span wins)."""
    text = text.translate(FULL_WIDTH)
    taken: list[PeriodName] = []
    for pattern, rule in _RULES:
        for match in pattern.finditer(text):
            if any(p.start < match.end() and match.start() < p.end for p in taken):
                continue
            if _in_quotes(text, match.start()) or _base_of_ratio(text, match):
                continue
            if text[max(0, match.start() - 1) : match.start()] in ("比", "较"):
                continue  # 比2017年底下降: the base of a comparison, not the figure's period
            label = str(rule(match, published))  # type: ignore[operator]
            if _yearless(match) and _end(label) > published.isoformat():
                # 1至11月 in a January release: last year's months, not months still to come
                label = str(rule(match, date(published.year - 1, 12, 31)))  # type: ignore[operator]
            taken.append(PeriodName(match.start(), match.end(), label))
    return sorted(taken, key=lambda p: p.start)


def _yearless(match: re.Match[str]) -> bool:
    """A period with no year of its own (1至11月, 截至9月底, 上半年)."""
    groups = match.groupdict()
    return "y" in groups and groups["y"] is None and groups.get("rel") is None


def _end(label: str) -> str:
    """The last day of a period label, as an ISO date (compared as text).

    >>> _end("2024-H1"), _end("2024-01-01/2024-11-30"), _end("2024-Q3"), _end("2023")
    ('2024-06-30', '2024-11-30', '2024-09-30', '2023-12-31')
    """
    last = label.split("/")[-1]
    if m := re.fullmatch(r"(\d{4})-H([12])", last):
        return f"{m[1]}-{'06-30' if m[2] == '1' else '12-31'}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", last):
        return _month_end(int(m[1]), 3 * int(m[2]))
    return f"{last}-12-31" if re.fullmatch(r"\d{4}", last) else last


def since_launch(text: str, published: date) -> list[PeriodName]:
    """``“清源断链2023”专项行动以来`` (since the operation began): from the start of the year in
    the operation's name to the publication date (or that year's end). A bare ``行动开展以来`` is
    labelled ``launch``: it refers back to the period the paragraph already stated."""
    found = []
    for match in re.finditer(r"“(?P<name>[^”]{1,20})”[^，。；“]{0,8}?以来", text):
        year_match = re.search(r"\d{4}", match["name"])
        year = int(year_match.group()) if year_match else published.year
        end = published.isoformat() if year == published.year else f"{year}-12-31"
        found.append(PeriodName(match.start(), match.end(), f"{year}-01-01/{end}"))
    for match in re.finditer(r"(?<!”)行动(?:开展|启动)以来", text):
        found.append(PeriodName(match.start(), match.end(), "launch"))
    return found


def _base_of_ratio(text: str, match: re.Match[str]) -> bool:
    """``为2020年的2倍`` (twice the 2020 figure): the year is the base of a ratio, no period."""
    before = text[max(0, match.start() - 4) : match.start()]
    followed = text[match.end() : match.end() + 1] == "的"
    return followed and bool(re.search(r"(?:为|是|达|于)$", before))


def _in_quotes(text: str, at: int) -> bool:
    return text.rfind("“", 0, at) > text.rfind("”", 0, at)


def default_period(names: list[PeriodName], published: date) -> str:
    """The first period named (often in the title), else the year before publication."""
    usable = [n for n in names if n.label != "launch"]
    return usable[0].label if usable else str(published.year - 1)
