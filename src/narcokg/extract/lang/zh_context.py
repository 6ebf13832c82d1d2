"""How a Chinese figure picks among the periods and places its text names, and how sure it is.

- A foreign country named in passing (与缅甸警方开展联合执法) never places a figure; one whose
  territory is meant (缅甸境内) does.
- 全球 / 全世界 place a figure in the World (a third party's worldwide statistic).
- ``A、B、C…分别为 x、y、z``: the places of a list before 分别 go to the figures after it, in order.
- A stock's date (截至2023年底) is not the period of a flow in the same clause: the flow takes the
  year (or the part of it) up to that date.
- A field had *one candidate* when its sentence (else its paragraph, else the document) names one
  distinct value for it; a figure with several is flagged for review, so it is never high.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from narcokg.extract.gazetteer import WORLD
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.lang import zh_places
from narcokg.extract.text import Sentence
from narcokg.model.regions import Region

_TERRITORY = ("境内", "国内", "境外")
#: An agency named after its place, in a list (深圳海关、广州海关): the list is of its places.
_BODY = "海关|公安局|公安厅|公安机关|禁毒办"


def placing_regions(
    text: str, found: list[Name], regions: dict[str, Region], home: dict[str, str]
) -> list[Name]:
    """The region mentions that may place a figure: foreign countries only with 境内, plus 全球,
    and the whole of a home autonomous region (全区) or municipality (全市)."""
    kept = [
        n for n in found
        if regions[n.key].kind != "country" or n.key == "China"
        or text[n.end : n.end + 2] in _TERRITORY
    ]  # fmt: skip
    world = [Name(m.start(), m.end(), WORLD, m.group()) for m in re.finditer(r"全球|全世界", text)]
    return sorted(kept + world + _whole(text, regions, home), key=lambda n: n.start)


def _whole(text: str, regions: dict[str, Region], home: dict[str, str]) -> list[Name]:
    """全区 in an autonomous region's release (广西), 全市 in a municipality's (重庆)."""
    province = regions.get(home.get("省", ""))
    if province is None:
        return []
    word = {"autonomous region": "全区", "municipality": "全市"}.get(province.kind)
    if word is None or (word == "全市" and "市" in home):
        return []
    return [Name(m.start(), m.end(), province.name, m.group()) for m in re.finditer(word, text)]


def listed_regions(
    sentence: Sentence, pattern: re.Pattern[str], names: dict[str, str]
) -> tuple[list[str], tuple[int, int]]:
    """The places of an ``A、B、C`` list before 分别 (杭州、宁波、温州三地…分别为), in order, and
    the list's span in the text."""
    cut = sentence.text.find("分别")
    item = rf"(?:{pattern.pattern})(?:{_BODY})?"
    run = re.search(rf"{item}(?:(?:、|和|及|与){item})+", sentence.text[: max(cut, 0)])
    if run is None:
        return [], (0, 0)
    items = re.sub(_BODY, "", run.group())  # 深圳海关、广州海关和昆明海关 -> the places
    span = (sentence.start + run.start(), sentence.start + run.end())
    return [names[_stem(m.group(), names)] for m in pattern.finditer(items)], span


def named_in(sentence: Sentence, pattern: re.Pattern[str], names: dict[str, str]) -> list[Name]:
    """Every place the sentence names, list members included."""
    return [
        Name(sentence.start + m.start(), sentence.start + m.end(), names[_stem(m[0], names)], m[0])
        for m in pattern.finditer(sentence.text)
    ]


def region_pattern(names: dict[str, str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:{alternatives})(?:省|市|自治区)?")


def _stem(name: str, names: dict[str, str]) -> str:
    if name in names:
        return name
    return name[:-3] if name.endswith("自治区") else name[:-1]


def flow_period(period: str) -> str:
    """The period of a flow stated with a stock's date: the year, half or months up to it.

    >>> flow_period("2023-12-31"), flow_period("2024-06-30"), flow_period("2024-05-31")
    ('2023', '2024-H1', '2024-01-01/2024-05-31')
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return period
    year, rest = period[:4], period[5:]
    if rest == "12-31":
        return year
    return f"{year}-H1" if rest == "06-30" else f"{year}-01-01/{period}"


def stock_period(period: str) -> str:
    """The date of a stock stated with a period (2023年全省现有吸毒人员): the period's last day.

    >>> stock_period("2023"), stock_period("2024-H1"), stock_period("2024-01-01/2024-05-31")
    ('2023-12-31', '2024-06-30', '2024-05-31')
    """
    last = period.split("/")[-1]
    if re.fullmatch(r"\d{4}", last):
        return f"{last}-12-31"
    if m := re.fullmatch(r"(\d{4})-H([12])", last):
        return f"{m[1]}-{'06-30' if m[2] == '1' else '12-31'}"
    return last


def operations(found: list[Name]) -> list[Name]:
    """Quoted names that are operations: followed by 行动/战役/工作, or with a year or a known
    gloss; a word in quotes (涉毒“明星”) is not one."""
    return [
        n for n in found
        if n.text != f"“{n.key}”" or re.search(r"\d{4}", n.key)
        or zh_places.operation_english(n.key)
    ]  # fmt: skip


def candidates(names: Sequence[Name], sentences: list[Sentence], sentence: Sentence) -> set[str]:
    """The distinct values the figure's sentence names (else its paragraph up to it, else the
    whole document) for one field."""
    own = {n.key for n in names if sentence.start <= n.start < sentence.end}
    if own:
        return own
    earlier = [s for s in sentences[: sentence.index] if s.paragraph == sentence.paragraph]
    inherited = {n.key for s in earlier for n in names if s.start <= n.start < s.end}
    return inherited or {n.key for n in names}
