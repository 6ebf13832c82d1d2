"""Draft a fact file from a Chinese release: the same :class:`~narcokg.extract.draft.Draft` the
English extractor makes, with spans in code points of the Chinese text and ``language: zh-Hans``.

Each figure takes its period, region, agency and operation from the nearest mention before it in
its sentence, else the last one earlier in the paragraph, else the document's (the first named,
usually in the title); a change takes them from the figure it changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from narcokg import paths
from narcokg.extract import gazetteer
from narcokg.extract.actors import Agency
from narcokg.extract.drafts import Draft, DraftMeasurement, DraftOperation, unique_id
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.lang import zh_agencies, zh_context, zh_periods, zh_places
from narcokg.extract.lang.zh_figures import (
    Found,
    bare,
    change_measure,
    classify,
    measure_candidates,
    sentence_figures,
)
from narcokg.extract.text import Sentence
from narcokg.model.regions import Region, region_slug
from narcokg.model.registry import registry
from narcokg.model.vocabulary import load_vocabulary


def split_sentences_zh(text: str) -> list[Sentence]:
    """Sentences end at 。！？； or a line end; each line is a paragraph.

    >>> [s.text for s in split_sentences_zh("甲1起。乙2名；丙\\n丁")]
    ['甲1起。', '乙2名；', '丙', '丁']
    """
    sentences: list[Sentence] = []
    for paragraph, line in enumerate(re.finditer(r"[^\n]+", text)):
        for m in re.finditer(r"[^。！？；]+[。！？；]?", line.group()):
            body = m.group().strip()
            if body:
                start = line.start() + m.start() + (len(m.group()) - len(m.group().lstrip()))
                sentences.append(
                    Sentence(start, start + len(body), body, paragraph, len(sentences))
                )
    return sentences


@dataclass(frozen=True)
class _Names:
    regions: list[Name]
    periods: list[Name]
    agencies: list[Name]
    operations: list[Name]
    home_region: str
    default_period: str
    lead_period: str  # the period of the first figure: a paragraph naming none continues it
    published: date
    measures: frozenset[str]  # the ontology's measures: any other is drafted as proposed
    flows: frozenset[str]  # measures counted over a period, never at a date
    stocks: frozenset[str]  # measures counted at a date
    cited: frozenset[str]  # agencies cited as a source (据…统计), not acting in the text
    publisher: str | None
    listed: re.Pattern[str]  # any region name, for 分别 lists
    zh_names: dict[str, str]
    known: dict[str, Region]
    drafted_agencies: dict[str, Agency]  # grows when a figure's own place has its own police


def draft_zh(text: str, doc_id: str, published: date, *, file: str, gazetteer_file: Path) -> Draft:
    """The draft fact file of one Chinese document."""
    known = gazetteer.load_regions(gazetteer_file)
    sentences = split_sentences_zh(text)
    found_regions = zh_places.find_regions(text, known)
    home = zh_places.document_regions(found_regions, known)
    regions = zh_context.placing_regions(text, found_regions, known, home)
    agency_names, agencies = zh_agencies.find_agencies_zh(text, known, home)
    zh_names = zh_places.zh_names(known)
    natures = registry().measures
    named = zh_periods.find_periods(text, published) + zh_periods.since_launch(text, published)
    names = _Names(
        regions=regions,
        periods=[Name(p.start, p.end, p.label, "") for p in sorted(named, key=lambda p: p.start)],
        agencies=agency_names,
        operations=zh_context.operations(zh_places.find_operations(text)),
        home_region=found_regions[0].key if found_regions else "China",
        default_period=zh_periods.default_period(named, published),
        lead_period=_lead_period(sentences, named, published),
        published=published,
        measures=frozenset(load_vocabulary(paths.ontology_file()).measures),
        flows=frozenset(m for m, e in natures.items() if e.nature == "flow"),
        stocks=frozenset(m for m, e in natures.items() if e.nature == "stock"),
        cited=frozenset(k for k, a in agencies.items() if a.international),
        publisher=agency_names[0].key if agency_names else None,
        listed=zh_context.region_pattern(zh_names),
        zh_names=zh_names,
        known=known,
        drafted_agencies=agencies,
    )
    operations = _operations(text, sentences, names)
    measurements = _measurements(text, sentences, names, operations)
    first_line = text.strip().split("\n", 1)[0].strip()
    return Draft(
        doc_id=doc_id,
        file=file,
        title=first_line if 0 < len(first_line) <= 80 else f"Draft of {file}",
        published=published,
        text=text,
        publisher=names.publisher,
        translated_from=None,
        agencies=agencies,
        operations=operations,
        measurements=measurements,
        language="zh-Hans",
    )


def _lead_period(
    sentences: list[Sentence], named: list[zh_periods.PeriodName], published: date
) -> str:
    """The last period named before the document's first figure (今年1至11月 after a title's
    2024年以来), else the default period."""
    first = next((f[0].mention.start for s in sentences if (f := sentence_figures(s))), None)
    before = [p for p in named if p.label != "launch" and first is not None and p.start < first]
    return (
        max(before, key=lambda p: p.start).label
        if before
        else zh_periods.default_period(named, published)
    )


def _nearest(
    names: list[Name], sentences: list[Sentence], sentence: Sentence, at: int
) -> Name | None:
    """The last name before ``at`` in the sentence, else the last in the paragraph before it."""
    own = [n for n in names if sentence.start <= n.start < at]
    if own:
        return own[-1]
    for previous in reversed(sentences[: sentence.index]):
        if previous.paragraph != sentence.paragraph:
            break
        found = [n for n in names if previous.start <= n.start < previous.end]
        if found:
            return found[-1]
    return None


def _period(names: _Names, sentences: list[Sentence], sentence: Sentence, at: int) -> str:
    found = _nearest(names.periods, sentences, sentence, at)
    if found is not None and found.key == "launch":
        earlier = [p for p in names.periods if p.start < found.start and p.key != "launch"]
        same = [p for p in earlier if sentences[_index(sentences, p.start)].paragraph
                == sentence.paragraph]  # fmt: skip
        return same[-1].key if same else _launch_year(names, found.start)
    if found is not None:
        return found.key
    operation = _nearest(names.operations, sentences, sentence, at)
    if operation is not None and re.search(r"\d{4}", operation.key):
        return _launch_year(names, at)  # “禁毒2024”专项行动中: that year, to publication
    return names.lead_period


def _launch_year(names: _Names, at: int) -> str:
    """``行动开展以来`` with no period before it: since the start of the year in the name of the
    operation named last before it (to the publication date), else the default period."""
    years = [re.search(r"\d{4}", op.key) for op in names.operations if op.start < at]
    year = next((y.group() for y in reversed(years) if y), None)
    if year is None:
        return names.default_period
    if int(year) == names.published.year:
        return f"{year}-01-01/{names.published.isoformat()}"
    return year


def _index(sentences: list[Sentence], at: int) -> int:
    return next(s.index for s in sentences if s.start <= at < s.end + 1)


def _operations(text: str, sentences: list[Sentence], names: _Names) -> list[DraftOperation]:
    result: dict[str, DraftOperation] = {}
    for name in names.operations:
        sentence = sentences[_index(sentences, name.start)]
        period = _period(names, sentences, sentence, name.start)
        year = re.search(r"\d{4}", name.key)
        if year and not period.startswith(year.group()):
            period = year.group()
        slug = zh_places.operation_slug(name.key, period)
        label = f"“{name.key}”"
        if any(op.label == label for op in result.values()):
            continue
        slug = unique_id(slug, set(result))
        agency = _nearest(names.agencies, sentences, sentence, name.start)
        result[slug] = DraftOperation(
            slug=slug,
            label=label,
            quote=name.text,
            within=None if text.count(name.text) == 1 else sentence.text,
            regions=(),
            regions_complete=True,
            period=period,
            conducted_by=(agency.key,) if agency else (),
            alt_labels=tuple(("en", g) for g in zh_places.operation_english(name.key)),
        )
    return list(result.values())


def _measurements(
    text: str, sentences: list[Sentence], names: _Names, operations: list[DraftOperation]
) -> list[DraftMeasurement]:
    facts: list[DraftMeasurement] = []
    used: set[str] = set()
    for sentence in sentences:
        found = sentence_figures(sentence)
        places = _listed_places(sentence, found, names)
        previous: DraftMeasurement | None = None
        for index, item in enumerate(found):
            fact = _fact(text, sentences, sentence, names, operations, item, previous)
            if index in places:
                fact.regions = (places[index][0],)
                fact.agency = places[index][1] or fact.agency
                fact.review = [r for r in fact.review if not r.startswith(("region", "several r"))]
            base = _base(found, index, facts, sentence) if item.direction else None
            if base is not None:
                fact.change_of, fact.period, fact.regions = base.id, base.period, base.regions
                fact.agency, fact.operation = base.agency, base.operation
                fact.review = [r for r in fact.review if not r.startswith("several")]
                fact.review += [r for r in base.review if r.startswith("several")]
            fact.confidence = _confidence(fact.measure in names.measures, fact.review)
            fact.id = unique_id(f"{region_slug(fact.regions[0])}-{fact.measure}", used)
            facts.append(fact)
            previous = fact if not item.direction else previous
    return facts


def _listed_places(
    sentence: Sentence, found: list[Found], names: _Names
) -> dict[int, tuple[str, str | None]]:
    """杭州、宁波、温州三地破案数分别为512起、436起、398起: the places listed before 分别 go
    to the figures after it by order, and so do those of a list of agencies (深圳海关、广州海关)."""
    listed, (start, end) = zh_context.listed_regions(sentence, names.listed, names.zh_names)
    cut = sentence.start + sentence.text.find("分别")
    after = [i for i, f in enumerate(found) if not f.direction and f.mention.start > cut]
    if not listed or len(after) != len(listed):
        return {}
    agencies = [a.key for a in names.agencies if start <= a.start < end]
    by = agencies if len(agencies) == len(listed) else [None] * len(listed)
    return dict(zip(after, zip(listed, by, strict=True), strict=True))


def _confidence(known: bool, review: list[str]) -> float:
    return round(max(0.95 - (0.0 if known else 0.3) - 0.1 * len(review), 0.2), 2)


def _fact(
    text: str,
    sentences: list[Sentence],
    sentence: Sentence,
    names: _Names,
    operations: list[DraftOperation],
    item: Found,
    previous: DraftMeasurement | None,
) -> DraftMeasurement:
    mention, review = item.mention, list(item.mention.notes)
    if item.direction:
        measure, unit = change_measure(item)
        known = True
    elif previous and bare(item) and previous.unit == (mention.unit or "case"):
        measure, unit, known = previous.measure, previous.unit, True  # 邮递渠道查获16起
    else:
        measure, unit, known = classify(item, text[sentence.start : mention.start])
        if measure_candidates(item) != 1:
            review.append(f"several measures fit or none is named next to it: {measure!r}?")
    if not known or measure not in names.measures:
        review.append(f"measure {measure!r} is proposed: map it to a measure of the ontology")
    region = _nearest(names.regions, sentences, sentence, mention.start)
    review += _ambiguities(names, sentences, sentence, region.key if region else names.home_region)
    if region is None:
        review.append(f"region {names.home_region!r} is the document's, not stated here")
    agency = _nearest(names.agencies, sentences, sentence, mention.start)
    if agency is not None and agency.start < sentence.start and agency.key in names.cited:
        agency = None  # 据世界卫生组织估计: a cited source speaks for its own sentence only
    operation = _nearest(names.operations, sentences, sentence, mention.start) or next(
        (op for op in names.operations if mention.end <= op.start < sentence.end), None
    )  # 共破获案件3000起，这是“清源断链”专项行动的成果
    slugs = {op.label: op.slug for op in operations}
    period = _period(names, sentences, sentence, mention.start)
    own = any(sentence.start <= p.start < sentence.end for p in names.periods)
    if agency is not None and agency.key in names.cited and not own:
        review.append("a cited source's figure: its period is not stated in its sentence")
    return DraftMeasurement(
        id="",
        mention=mention,
        measure=measure,
        unit=unit,
        period=zh_context.flow_period(period)
        if measure in names.flows
        else zh_context.stock_period(period)
        if measure in names.stocks
        else period,
        regions=(region.key if region else names.home_region,),
        agency=_agency(names, sentence, agency, region),
        operation=slugs.get(f"“{operation.key}”") if operation else None,
        within=None if text.count(mention.quote) == 1 else sentence.text,
        confidence=0.0,  # set once the change link is known
        review=review,
    )


def _agency(
    names: _Names, sentence: Sentence, agency: Name | None, region: Name | None
) -> str | None:
    """The figure's agency: its sentence's, else its paragraph's, else the publisher. A police
    agency inherited from an earlier sentence does not act in another place the figure's own
    sentence names (贵阳市公安局…。遵义市缴获毒品95公斤: Zunyi's police)."""
    if agency is None:
        return names.publisher
    if agency.start >= sentence.start or region is None or region.start < sentence.start:
        return agency.key
    local = zh_agencies.local_police(agency.key, region.key, names.drafted_agencies, names.known)
    return local or agency.key


def _ambiguities(
    names: _Names, sentences: list[Sentence], sentence: Sentence, region: str
) -> list[str]:
    """Review notes for a period or region with several candidates (never high confidence); a
    region is also in doubt when its sentence names places but not it (与缅甸警方…)."""
    notes = []
    # members of a list (云南、广西等) and foreign countries are places the sentence names too
    regions = [*names.regions, *zh_context.named_in(sentence, names.listed, names.zh_names)]
    for field, found in (("periods", names.periods), ("regions", regions)):
        keys = zh_context.candidates(found, sentences, sentence)
        if len(keys) > 1 or (field == "regions" and region not in keys):
            notes.append(f"several {field} are named around it ({len(keys)}): check its own")
    return notes


def _base(
    found: list[Found], index: int, facts: list[DraftMeasurement], sentence: Sentence
) -> DraftMeasurement | None:
    """The figure a change changes: by order after 分别, by measure for an abbreviation, else
    the nearest figure before it in the sentence."""
    item = found[index]
    in_sentence = [f for f in facts if f.mention.sentence == sentence.index and not f.change_of
                   and not _is_change(f)]  # fmt: skip
    run = [f for f in found[: index + 1] if f.direction and f.respectively]
    position = len(run) - 1
    if item.abbreviation and position < len(item.abbreviation):
        wanted = item.abbreviation[position]
        earlier = [f for f in facts if f.measure == wanted]
        return earlier[-1] if earlier else None
    if item.respectively:
        size = sum(1 for f in found if f.direction and f.respectively)
        candidates = in_sentence[-size:] if len(in_sentence) >= size else []
        return candidates[position] if 0 <= position < len(candidates) else None
    for words, unit in (("破案|案件", "case"), ("抓获|人数", "person")):
        if re.search(words, item.before):
            match = [f for f in in_sentence if f.unit == unit]
            if match:
                return match[-1]
    return in_sentence[-1] if in_sentence else None


def _is_change(fact: DraftMeasurement) -> bool:
    return fact.measure.endswith(("-increase", "-decrease"))


__all__ = ["Agency", "draft_zh", "split_sentences_zh"]
