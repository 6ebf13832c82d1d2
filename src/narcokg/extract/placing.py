"""The region of a figure: a "respectively" list by order, a coordinated group ("England and
Wales", "Thailand, Laos and Myanmar combined") as a whole, the nearest name in its sentence (not
one that introduces another figure in parentheses: "followed by New South Wales (37,410)"), the
subject of the previous sentence of its paragraph, else the document's home region: the state or
province a report is about when it is named more often than its country, else the country.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract.figures import Mention
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.text import Sentence
from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext

_JOIN = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$")


def home_region(names: list[Name], regions: dict[str, Region], country: str | None) -> str | None:
    """The sub-national region named more often than the country, else the country."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name.key] = counts.get(name.key, 0) + 1
    inside = [k for k in counts if regions[k].part_of is not None and _top(k, regions) == country]
    if not inside or country is None:
        return country
    best = max(inside, key=lambda k: (counts[k], -min(n.start for n in names if n.key == k)))
    return best if counts[best] >= 2 and counts[best] > counts.get(country, 0) else country


def _top(name: str, regions: dict[str, Region]) -> str:
    region = regions[name]
    while region.part_of is not None:
        region = regions[region.part_of]
    return region.name


def _groups(text: str, names: list[Name]) -> list[list[Name]]:
    """Runs of names joined only by commas and "and"."""
    groups: list[list[Name]] = []
    for name in names:
        if groups and _JOIN.match(text[groups[-1][-1].end : name.start]):
            groups[-1].append(name)
        else:
            groups.append([name])
    return groups


def figure_regions(
    context: DraftContext, sentence: Sentence, mention: Mention, figures: list[Mention]
) -> tuple[tuple[str, ...], bool]:
    """The regions of a figure and whether its sentence states them."""
    text = context.text
    own = [n for n in context.regions if sentence.start <= n.start < sentence.end]
    own = [n for n in own if not _introduces_other(text, n, mention)]
    listed = _respectively(text, sentence, own, mention, figures)
    if listed is not None:
        return (listed,), True
    if own:

        def distance(n: Name) -> int:
            return mention.start - n.end if n.end <= mention.start else n.start - mention.end + 1

        nearest = min(own, key=distance)
        group = next(g for g in _groups(text, own) if nearest in g)
        return tuple(dict.fromkeys(n.key for n in group)), True
    earlier = [s for s in context.sentences[: sentence.index] if s.paragraph == sentence.paragraph]
    for previous in reversed(earlier):
        found = [n for n in context.regions if previous.start <= n.start < previous.end]
        if found:
            group = _groups(text, found)[0]
            return tuple(dict.fromkeys(n.key for n in group)), False
    return ((context.home,) if context.home else ()), False


def _introduces_other(text: str, name: Name, mention: Mention) -> bool:
    """A name right before another figure in parentheses ("New South Wales (37,410)")."""
    after = text[name.end : name.end + 3]
    return bool(re.match(r"\s*\(\s*\d", after)) and not name.end <= mention.start <= name.end + 3


def _respectively(
    text: str, sentence: Sentence, names: list[Name], mention: Mention, figures: list[Mention]
) -> str | None:
    """The i-th name of a list for the i-th figure of a "respectively" sentence."""
    cue = text.find("respectively", sentence.start, sentence.end)
    if cue < 0:
        return None
    for group in _groups(text, names):
        if len(group) < 2 or group[-1].end > mention.start:
            continue
        listed = [f for f in figures if group[-1].end <= f.start < cue and f.unit not in _RATES]
        if len(listed) == len(group) and mention in listed:
            return group[listed.index(mention)].key
    return None


_RATES = {"percent", "per-mille", "fold"}
