"""Figures of a Chinese sentence, what they count, and which of them are changes.

Chinese puts the counted noun phrase before the number (破获毒品犯罪案件4.2万余起), so a figure's
measure is read from the words between the previous figure (or the clause start) and it. A change
is a figure right after a direction word (同比上升12%, 比2019年下降超过三成, 减少两千余人); a list
after 分别 takes its direction from the first item and changes the preceding figures in order, or
the figures an abbreviation names (破抓缴 = cases solved, suspects arrested, drugs seized).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from narcokg.extract.figures import Mention
from narcokg.extract.text import Sentence
from narcokg.model.zh_numbers import FIGURE, FULL_WIDTH, figure_parts, range_end

MASS = {"tonne", "kilogram", "gram"}
_NOT_AFTER = tuple("年月日号时岁周期届")
_DIRECTION = re.compile(r"(?P<dir>上升|增长|增加|提高|上涨|下降|减少|降低|下跌)(?:了)?$")
_RISE = ("上升", "增长", "增加", "提高", "上涨")
_LIST_JOIN = re.compile(r"^[、，,和及与]$")
#: Abbreviations listing measures: 破抓缴 = cases solved, suspects arrested, drugs seized.
ABBREVIATIONS = {
    "破抓缴": ("drug-crime-cases-cracked", "suspects-arrested", "drugs-seized"),
    "破抓": ("drug-crime-cases-cracked", "suspects-arrested"),
}
#: Ordered rules: (unit kind, pattern over the words before the figure, measure, unit or None).
MEASURE_RULES: tuple[tuple[str, str, str, str | None], ...] = (
    ("person", r"戒断三年未复吸", "drug-users-abstinent", None),
    ("person", r"新发现[^，。]*吸毒", "drug-users-newly-discovered", None),
    (
        "person",
        r"社区戒毒|社区康复|戒毒治疗|强制隔离戒毒|戒毒康复",
        "drug-users-in-treatment",
        None,
    ),
    ("person", r"(?:现有|在册|登记在册|累计登记)[^，。]*吸毒", "drug-users-registered", None),
    ("person", r"(?:查处|查获)[^，。]*吸毒", "drug-users-dealt-with", None),
    ("person", r"学生", "students-taught-anti-drug-knowledge", None),
    ("person", r"逃犯|在逃", "fugitives-in-reward-notice", None),
    ("person", r"覆盖|群众|受众", "people-reached-by-publicity", None),
    ("person", r"抓获|抓捕|缉捕|抓|嫌疑人|归案", "suspects-arrested", None),
    ("case", r"走私", "drug-smuggling-cases-cracked", None),
    ("case", r"制毒|生产毒品", "drug-production-cases-cracked", None),
    ("case", r"重大[^，。]*跨区域|跨区域[^，。]*重大", "major-cross-regional-cases-cracked", None),
    ("case", r"贩毒|贩卖", "drug-trafficking-cases-cracked", None),
    ("case", r"破获|侦破|查获|查处|破|案", "drug-crime-cases-cracked", None),
    ("mass", r"制毒物品|易制毒|前体|原料|化学品", "drug-production-materials-seized", None),
    ("mass", r"海洛因", "heroin-seized", None),
    ("mass", r"冰毒|甲基苯丙胺", "methamphetamine-seized", None),
    ("mass", r"大麻", "cannabis-seized", None),
    ("mass", r"可卡因", "cocaine-seized", None),
    ("mass", r"芬太尼", "fentanyl-seized", None),
    ("mass", r"缴获|查获|收缴|起获|毒品|毒", "drugs-seized", None),
    ("kind", r"列管", "substances-newly-listed", None),
    ("province", r"", "provinces-participating", None),
    ("other", r"窝点|加工点|工厂|实验室", "laboratories-dismantled", "laboratory"),
    ("other", r"宣传活动|活动", "anti-drug-publicity-events", "event"),
    ("rate", r"吸毒人[员数][^，。]*占[^，。]*人口", "drug-use-prevalence", None),
    ("rate", r"占[^，。]*刑事案件", "share-of-criminal-cases", None),
    ("rate", r"占[^，。]*毒品案件", "share-of-drug-cases", None),
    ("rate", r"执行率", "compulsory-treatment-rate", None),
)


@dataclass(frozen=True)
class Found:
    """A figure with the words before it and, for a change, its direction."""

    mention: Mention
    before: str
    direction: str | None = None
    respectively: bool = False
    abbreviation: tuple[str, ...] = ()
    after: str = ""  # the rest of its clause: 对10种物质实施列管


def sentence_figures(sentence: Sentence) -> list[Found]:
    """The statistics of one sentence, with their changes marked."""
    text = sentence.text.translate(FULL_WIDTH)
    found: list[Found] = []
    last_end = 0
    skip_to = 0  # past the upper end of a range already read
    for match in FIGURE.finditer(text):
        if match.start() < skip_to:
            continue
        high = range_end(text, match)
        if high is not None and not _not_statistic(text, high):
            mention = _range_mention(sentence, text, match, high)  # 3至5吨, 三到五种
            skip_to = high.end()
        elif _not_statistic(text, match) or high is not None:
            continue  # not a figure, or the first year of 2019-2023年
        else:
            mention = _mention(sentence, text, match)
        before = text[last_end : match.start()]
        after = re.match(r"[^，。；、,]*", text[mention.end - sentence.start :])
        item = _with_change(mention, before, found)
        found.append(replace(item, after=after.group() if after else ""))
        last_end = mention.end - sentence.start
    return found


def _range_mention(
    sentence: Sentence, text: str, low: re.Match[str], high: re.Match[str]
) -> Mention:
    """A range's mention: both ends quoted, the upper as its number (qualifier ``between``); the
    lower end is read back from the quote where it is needed (:func:`read_figure_zh`)."""
    upper = _mention(sentence, text, high)
    return replace(
        upper,
        start=sentence.start + low.start(),
        quote=sentence.text[low.start() : upper.end - sentence.start],
        qualifier="between",
        noun=text[max(0, low.start() - 16) : low.start()],
    )


def _mention(sentence: Sentence, text: str, match: re.Match[str]) -> Mention:
    number, qualifier, unit = figure_parts(match)
    end = match.end()
    if match["unit"] == "个" and (m := re.match(r"(?:重点)?省(?:份|区市)?", text[end:])):
        unit, end = "province", end + m.end()
    elif match["unit"] is None and text[end : end + 1] == "场":
        unit, end = "event", end + 1
    elif match["unit"] == "个":
        unit = None
    return Mention(
        start=sentence.start + match.start(),
        end=sentence.start + end,
        quote=sentence.text[match.start() : end],
        number=number,
        qualifier=qualifier,
        unit=unit,
        noun=text[max(0, match.start() - 16) : match.start()],
        sentence=sentence.index,
    )


def _not_statistic(text: str, match: re.Match[str]) -> bool:
    num, after = match["num"], text[match.end() : match.end() + 1]
    if num in ("万", "亿"):
        return True
    if not match["unit"] and not match["after"] and after.startswith(_NOT_AFTER):
        return True  # a year, date, age or duration
    if re.match(r"(?:至|-|—|～|~|到)\d{1,2}月", text[match.end() :]):
        return True  # the first month of a range
    if text[match.start() - 1 : match.start()] == "第" or _in_quotes(text, match.start()):
        return True  # an ordinal, or part of a name
    if match["after"] in ("以上", "以下") and after in ("的", "毒", "案"):
        return True  # a criterion (1公斤以上的案件), not a figure
    if text[match.end() : match.end() + 3] == "的案件":
        return True  # a criterion (缴获毒品5吨的案件)
    if re.match(r"[^，。；,]{0,10}的(?:[，,]|$)", text[match.end() :]):
        return True  # a legal criterion: 10克以上不满50克的，处…
    rest = text[match.end() - (match["unit"] == "个") :]
    if re.match(r"[章款]|个月", rest) or (
        rest[:1] == "条" and re.search(r"\d章$", text[: match.start()])
    ):
        return True  # the parts of a law (共6章58条) or a duration (3个月)
    if re.search(r"(?:剂量|致死量|用量)[^，。；]{0,4}$", text[: match.start()]):
        return True  # a dose (携带剂量不足1克), not a count of anything
    arabic = num[0].isdigit()
    if not arabic and not (match["unit"] or match["scale"] or match["post"] or match["qual"]):
        return True  # 一 in 进一步, 统一 ...
    return match["unit"] is None and not arabic and match["scale"] is None


def _in_quotes(text: str, at: int) -> bool:
    return text.rfind("“", 0, at) > text.rfind("”", 0, at)


def _with_change(mention: Mention, before: str, found: list[Found]) -> Found:
    head = re.sub(r"(?:同比|环比)?(?:分别)?(?:同比)?$", "", before)
    direction = _DIRECTION.search(re.sub(r"(?:同比|环比|分别)$", "", head))
    previous = found[-1] if found else None
    # 分别下降5.2%、3.8%和上升11.4%: a new direction word inside the list keeps the list going
    respectively = "分别" in before or bool(
        previous and previous.direction and previous.respectively
        and _LIST_JOIN.match(before.strip()[:1])
    )  # fmt: skip
    if direction:
        word = direction["dir"]
        abbreviation = next((v for k, v in ABBREVIATIONS.items() if k in before), ())
        return Found(mention, before, "increase" if word in _RISE else "decrease",
                     respectively, abbreviation)  # fmt: skip
    if mention.unit == "fold" and re.search(r"(?:为|是|达到?)[^，。；]{0,12}的$", before):
        return Found(mention, before, "increase")  # 为2020年的2倍: a ratio to a base year
    if previous and previous.direction and _LIST_JOIN.match(before.strip()):
        return Found(mention, before, previous.direction, previous.respectively,
                     previous.abbreviation)  # fmt: skip
    return Found(mention, before)


def classify(found: Found, sentence_before: str) -> tuple[str, str, bool]:
    """Measure, unit and whether the measure is known, for a figure that is not a change."""
    unit = found.mention.unit
    kind = _kind(unit)
    item = bool(re.match(r"[、和及与]", found.before.strip()))
    if kind == "mass" and _DRUG_LIST.search(found.before):
        return "drugs-seized", unit or "kilogram", True  # 冰毒、海洛因等各类毒品2.3吨
    for words in (found.before, found.after, sentence_before):
        for rule_kind, pattern, measure, rule_unit in MEASURE_RULES:
            if rule_kind != kind or not re.search(pattern, words):
                continue
            if words is sentence_before and measure in _DRUGS and item:
                continue  # another item's drug is not this list item's (海洛因2.8吨、氯胺酮1.5吨)
            return measure, rule_unit or unit or "case", True
    return f"unknown-{kind}", unit or "case", False


#: Measures of one named drug: read from the figure's own words only.
_DRUGS = frozenset(
    {"heroin-seized", "methamphetamine-seized", "cannabis-seized", "cocaine-seized",
     "fentanyl-seized"}
)  # fmt: skip
#: A list of drugs closed by 等 and a generic noun counts all drugs: 冰毒、海洛因等各类毒品.
_DRUG_LIST = re.compile(r"等[^，。；、]{0,4}毒品")


#: Catch-all measures: a more specific rule that also matches is the figure's measure.
GENERIC = frozenset({"drug-crime-cases-cracked", "drugs-seized", "suspects-arrested"})
#: Words that name what a figure counts; a figure without one (邮递渠道查获16起) counts what the
#: figure before it in the sentence counts.
_NOUN = re.compile(r"案|人|员|者|犯|毒|品|料|剂|海洛因|大麻|可卡因|芬太尼|窝点|厂|种|物质|活动")


def bare(found: Found) -> bool:
    """The figure names nothing it counts: only a list joiner (、436起) or a verb
    (邮递渠道查获16起) comes before it."""
    words = re.sub(r"[，,、；\s]|其中|分别|和|及|与", "", found.before)
    return not _NOUN.search(words) and (not words or bool(_VERB.search(words)))


_VERB = re.compile(r"(?:查获|缴获|破获|抓获|侦破|查处|收缴|捣毁|打掉|为|达)$")


def measure_candidates(found: Found) -> int:
    """How many measures the figure's own words (before it and the rest of its clause) fit, a
    catch-all counted only when nothing more specific fits."""
    unit = found.mention.unit
    kind = _kind(unit)
    words = found.before + found.after
    matched = {m for k, pattern, m, _ in MEASURE_RULES if k == kind and re.search(pattern, words)}
    specific = matched - GENERIC
    return len(specific) if specific else len(matched)


def _kind(unit: str | None) -> str:
    return (
        "mass" if unit in MASS else "rate" if unit in ("percent", "per-mille")
        else unit if unit in ("person", "case", "kind", "province") else "other"
    )  # fmt: skip


def change_measure(found: Found) -> tuple[str, str]:
    """Measure and unit of a change: percentage-, percentage-point-, fold-, mass- or absolute-."""
    unit, direction = found.mention.unit, found.direction
    kinds = {"percent": "percentage", "percentage-point": "percentage-point", "fold": "fold"}
    if unit in kinds:
        return f"{kinds[unit]}-{direction}", unit
    if unit in MASS:
        return f"mass-{direction}", unit
    return f"absolute-{direction}", unit or "case"


def number_text(number: Decimal) -> str:
    return f"{number:f}"
