"""Round 20 (issue 14, measures): a percentage in a sentence whose subject is the use of a
substance ("Past-year use of any illicit drug was reported by 9.8% …", "Recent cocaine use was
highest in … (5.8%)") is that use's prevalence, named after the substance when its keys name it
apart (alcohol, tobacco, a prescription medicine, khat). Split out of :mod:`.roles`, which reads
it with the other classes of a figure's grammar.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

#: Substances whose prevalence keys name apart from illicit drug use (docs/facts.md).
OWN_PREVALENCE = (
    (re.compile(r"\bprescription\b|\bpainkillers?\b|\bsedatives?\b|\btranquilli[sz]ers?\b", re.I),
     "prescription-drug-misuse-prevalence"),
    (re.compile(r"\balcohol\b|\bdr(?:ank|inking)\b|\bbinge\b", re.I), "alcohol-use-prevalence"),
    (re.compile(r"\btobacco\b|\bcigarettes?\b|\bnicotine\b|\bvap(?:ed|ing|es?)\b", re.I),
     "tobacco-use-prevalence"),
    (re.compile(r"\bkhat\b|\bmiraa\b", re.I), "khat-use-prevalence"),  # legal where surveyed
)  # fmt: skip
#: Round 20: a sentence whose subject is the use of a substance ("Recent cocaine use was highest
#: in …", "Past-year use of nitrous oxide among 10th graders reached", "Daily cannabis use, defined
#: as …, was reported by"), after an opener ("Nationally,", "Among 10th graders,").
_USE_SUBJECT = re.compile(
    r"^(?:(?:[A-Z][a-z]+ly|(?:Among|In|For|Across|At|Over|Within)\s+[^,.;]{1,40}),\s+)?"
    r"(?:the\s+)?"
    r"(?P<what>(?:[a-z0-9-]+\s+){0,3}?(?:use|misuse|consumption)(?:\s+of\s+[a-z0-9\s-]{1,40}?)?)"
    r"(?=,|\s+(?:among|by|in|was|were|is|has|had|rose|fell|reached|stood|remained|increased"
    r"|decreased|declined|grew|dropped)\b)",
    re.I,
)
#: A percentage that is a change, not a level ("rose 12%", "up 4%"), or a figure's own base.
_CHANGE_BEFORE = re.compile(
    r"(?:(?<!reported\s)\bby|\b(?:up|down|rose|fell|increased|decreased|grew|dropped|climbed))\s+$"
    r"|\brate\b|\bratio\b",
    re.I,
)
_PEOPLE_WORD = re.compile(
    r"^\s*of\s+(?:the\s+|all\s+)?[\w\s,-]{0,30}?\b(?:adults?|people|persons|respondents|pupils"
    r"|students|participants|graders|youths?|teenagers|adolescents|men|women|residents"
    r"|population|[A-Z][a-z]{2,}(?:ans|ians|ese))\b"
)


def use_subject(mention: Mention, before: str, after: str) -> Counted | None:
    """Round 20: a percentage with no noun of its own but its population, in a sentence whose
    subject is the use of a substance, is that use's prevalence, whatever the verb ("was
    reported by", "was highest in … (5.8%)", "rose from 4.2% … to 4.5%") and however far the
    figure stands from it in the sentence ("…, while Queensland recorded 3.9%")."""
    subject = _USE_SUBJECT.match(before)
    if subject is None or _CHANGE_BEFORE.search(before[subject.end() :]):
        return None
    whole = re.match(r"(?:\s*(?:,|and)\s+[\d.]+\s*%)*(?=\s*of\b)", after)  # "61% and 57% of"
    if whole and not _PEOPLE_WORD.match(after[whole.end() :]):
        return None  # "in 45% of deaths": a share of something else
    noun = mention.noun.strip()
    if noun and not _PEOPLE_WORD.match(noun if noun.startswith("of ") else f"of {noun}"):
        return None
    what = subject["what"]
    measure = next((m for p, m in OWN_PREVALENCE if p.search(what)), "drug-use-prevalence")
    return Counted(measure, "percent", measure == "drug-use-prevalence")
