"""Rates and shares that are not changes ("1.2‰ of the population", "a conviction ratio of
93.4%", "71% of seizures"): the measure a percentage, per-mille or per-100,000 figure states
(moved out of :mod:`.measures` in round 7, which named a rate after its own noun).
"""

from __future__ import annotations

import re

from narcokg.extract.lang.en.words import DRUG_WORDS, STREET_NAMES
from narcokg.extract.measures import Counted


def rate_measure(noun: str, sentence: str, before: str = "", after: str = "") -> Counted:
    """The measure of a rate or share that is not a change ("1.2‰ of the population"); a share
    is proposed as ``share-of-<what>[-<drug named before it>]`` ("cannabis was present in 71% of
    seizures" -> ``share-of-seizures-cannabis``)."""
    if (registered := _registry_share(before)) is not None:
        return Counted(registered, "", True)
    if (own_rate := _rate_named(noun, before)) is not None:
        return Counted(own_rate, "", False)
    if (of_count := _rate_of_count(noun, sentence, before)) is not None:
        return Counted(of_count, "", False)
    if (
        re.search(r"prevalen|use rate", (noun + " " + sentence).lower())
        or ("population" in (noun + " " + sentence).lower() and _USE_WORDS.search(sentence))
        or (_USING.search(sentence) and _PEOPLE.search(noun + " " + sentence))
    ):
        # "9.2% of adults reported using any drug", "16.4% had used a drug"
        named = re.search(r"prevalen|population|use rate|adults?|people|users?", noun.lower())
        note = None if named else "measure: a prevalence read from the sentence, not the figure"
        return Counted("drug-use-prevalence", "", True, note)
    named = _NAMED_RATE.search(before)
    # "the rate of successful completion was 5.4%", "the conviction ratio ... was 93.4%"
    what, rate = ((named[2], named[1]) if named[1] else (named[3], named[4])) if named else ("", "")
    kind = [w for w in what.lower().split() if w not in _SHARE_SKIP]
    if named and kind and (not noun.strip() or _RATE_BASE.fullmatch(noun.strip().lower())):
        return Counted("-".join([*_singular_last(kind), rate.lower()]), "", False)
    if (placed := _place_share(noun, before, after)) is not None:
        return Counted(placed, "", False)
    if (listed := _respective_share(noun, before, after)) is not None:
        return Counted("-".join(["share-of", *listed]), "", False)
    words = [w for w in re.findall(r"[a-z0-9]+", noun.lower()) if w not in _SHARE_SKIP][:4]
    if not words and (whole := _OF_DETERMINED.match(after)):
        words = [whole[1].lower()]  # round 9: "93% of these deaths": a determiner, not a pronoun
    if (
        _WHO_DIED.match(after)
        if not words
        else words in (["people"], ["persons"]) and re.match(r"\s*who\s+died\b", after)
    ):
        words = ["deaths"]  # round 18: "72% of those who died": a share of the deaths
    if not words and (gapped := _gapped_share(before)) is not None:
        return Counted("-".join(["share-of", *gapped]), "", False)
    said = bool(words) and words[0].endswith("ed")  # "38.5% reported cannabis": a verb, no noun
    heads = [
        w
        for w in re.findall(r"[a-z]+s\b", noun.lower().split(" of ")[-1])
        if w not in _PRONOUNS | _SHARE_SKIP
    ]
    if heads and words and words[0] not in _PRONOUNS:
        words = heads[-1:]  # the head noun: "of all drug-caused deaths" -> deaths
        if _DRUG_WHOLE.search(noun) and words[0] in _DRUG_NAMED_WHOLES:
            words = ["drug", *words]  # round 19: "of all drug offences" -> drug-offences
    if (words and words[0] in _PRONOUNS) or (not words and _RESTATED.search(before)):
        # "38% of them", "1,566 of those deaths, or 79 percent": of the figure counted before
        counted = re.findall(r"\d[\d,.]*\s+(?:[a-z-]+\s+)*?([a-z]+s)\b", before)
        words = [w for w in counted[-1:] if w not in _PRONOUNS]
    if (not words or said) and (group := _GROUP_FRONT.search(before)):
        # round 8: "Among new cases, 45.2% reported cocaine": the group, and the drug it names
        words = group[1].lower().split() + ([drug] if (drug := _drug_in(noun)) else [])
    sibling = None if words else _SIBLING_SHARE.findall(before)
    if sibling:  # "31 percent of admissions, and heroin at 12 percent": the list's noun
        words = sibling[-1:]
        before = re.split(r"[,;]|\band\b", before)[-1]
    drug = None if _drug_in(noun) else _drug_in(before) or _drug_in(after[:40])
    if drug and words:
        words.append(drug)
    elif words and (
        part := _aged_part(before) or _part_subject(before) or _part_predicate(after, before)
    ):
        # round 30: a part that repeats the whole's head names itself by the rest ("Possession
        # offences accounted for 46% of drug offences" -> drug-offences-possession)
        words.append(part.removesuffix(f"-{words[-1]}"))  # round 7: "Men …" -> deaths-male
    return Counted("-".join(["share-of", *words]) if words else "share", "", False)


def _registry_share(before: str) -> str | None:
    """Round 16: a share the registry names by the words right before it (its dimensionless
    concepts' sentence triggers, read on the sentence up to the figure): "of whom 9,318 have
    been abstinent for three years, accounting for 57.1%" is the share of users abstinent."""
    from narcokg.model.registry import registry

    for rule in registry().rules:
        dimensionless = rule.kind == "dimensionless" and rule.noun is None and rule.sentence
        if dimensionless and re.search(rule.sentence or "$^", before, re.I):
            return rule.measure
    return None


def _rate_of_count(noun: str, sentence: str, before: str) -> str | None:
    """Round 8: a rate whose own noun is what it counts ("31.3 deaths per 100,000 people", "6.1
    defined daily doses per 1,000 population per day"), named ``<what>-rate`` as reviewers name
    rates: by the verb it is a rate of ("dispensed methadone at a rate of" -> methadone-dispensing),
    else the subject whose level it is ("Buprenorphine dispensing rose to"), else its noun with
    the modifiers an earlier count of the sentence gives it ("105,007 overdose deaths, or …")."""
    words = re.findall(r"[a-z-]+", noun.lower())
    if not words or not words[-1].endswith("s") or _RATE_BASE.fullmatch(words[-1]):
        return None
    if not re.search(
        rf"{re.escape(noun)}\s+(?:per|for\s+every)\s+(?:1|100|thousand|million)", sentence
    ):
        return None  # a share ("85% of charges", "8.8% used cannabis"), not a rate of a count
    clause = re.split(r"[,;:]", before)[-1]
    if verb := _AT_A_RATE.search(clause):
        return f"{verb['what'].lower()}-{_gerund(verb['verb'].lower())}-rate"
    if (subject := _LEVEL_OF.search(clause)) and subject["what"].split()[
        0
    ].lower() not in _NO_SUBJECT:
        what = "-".join(w for w in subject["what"].lower().split() if w not in _SHARE_SKIP)
        return what if what.endswith("-rate") else f"{what}-rate"
    head = words[-1][:-1]
    earlier = re.findall(rf"\d[\d,.]*\s+((?:[a-z-]+\s+){{1,4}}){words[-1]}\b", before.lower())
    modifiers = earlier[-1].split()[-2:] if earlier else words[:-1][-2:]
    if not modifiers and re.search(r"\bdrug", sentence, re.I):
        modifiers = ["drug"]  # round 13: a bare "deaths per million" of a drug report's deaths
    return "-".join([*modifiers, head, "rate"])


def _gerund(verb: str) -> str:
    if verb.endswith("ied"):
        return verb[:-3] + "ying"  # "supplied" -> supplying
    return (verb[:-2] if verb.endswith("ed") else verb) + "ing"


#: "dispensed methadone at a rate of": the verb and its object name the rate.
_AT_A_RATE = re.compile(
    r"\b(?P<verb>[a-z]+ed)\s+(?P<what>[a-z][a-z-]*)\s+at\s+(?:a|an\s+average)\s+rate\s+of\s*$",
    re.I,
)
#: The subject whose level a rate states: "Buprenorphine dispensing rose to".
_LEVEL_OF = re.compile(
    r"(?:^|[.;]\s*)(?:the\s+)?(?P<what>[A-Za-z][a-z-]*(?:\s+[a-z-]+){0,2}?)\s+"
    r"(?:rose|fell|increased|decreased|climbed|dropped|was|stood|reached|remained)"
    r"(?:\s+(?:to|at))?\s*$",
    re.I,
)
_NO_SUBJECT = frozenset({"it", "this", "that", "there", "which", "they", "figure", "total"})


def _respective_share(noun: str, before: str, after: str) -> list[str] | None:
    """Round 13: the whole and the part of one of the shares a list assigns "respectively"
    ("Heroin and cocaine accounted for 51% and 30% of admissions, respectively": the second is
    ``share-of-admissions-cocaine``), or ``None``."""
    verbs = list(_SHARE_VERB.finditer(before))
    if not verbs or not re.search(r"\brespectively\b", after):
        return None
    subject = re.split(r"[.;:]", before[: verbs[-1].start()])[-1].strip()
    items = [i for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", subject) if i]
    index = len(_PERCENT.findall(before[verbs[-1].end() :]))
    own = [w for w in re.findall(r"[a-z]+s\b", noun.lower()) if w not in _SHARE_SKIP][:1]
    found = _WHOLE_AFTER.search(before[verbs[-1].end() :] + after)
    whole = own[0] if own else found[1].lower() if found else "totals"
    if len(items) < 2 or index >= len(items) or whole == "totals":
        return None
    item = re.sub(r"^(?:the|all)\s+", "", items[index].lower())
    part = _SEXES.get(item) or _drug_in(item) or "-".join(re.findall(r"[a-z0-9]+", item))
    return [whole, part]


_SHARE_VERB = re.compile(r"\b(?:accounted\s+for|made\s+up|represented|comprised)\b", re.I)
_PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|per\s?cent|percent)")
_WHOLE_AFTER = re.compile(
    r"\d\s*(?:%|per\s?cent|percent)\s+of\s+(?:all\s+|the\s+)?(?:[a-z-]+\s+)?([a-z]+s)\b", re.I
)


def _place_share(noun: str, before: str, after: str) -> str | None:
    """Round 18: the share of a whole that happened at a kind of place ("Most deaths (74%)
    occurred in a residence", "Of the deaths, 48% occurred in private residences"): the place
    is the part, in the text's own words with its preposition
    (``share-of-deaths-in-a-residence``)."""
    verb = noun.split()[:1] in (["occurred"], ["happened"])
    place = _OCCURRED_IN.match((noun + " " + after) if verb else after)
    whole = _MOST_OF.search(before)
    if place is None or whole is None:
        return None
    return "-".join(["share-of", whole[1].lower(), *place[1].lower().split()])


#: The whole of a share named before it: "Most deaths (", "Of the deaths in 2025, ".
_MOST_OF = re.compile(r"(?:\bmost|\bof\s+the)\s+([a-z]+s)\b[^.;%]*?[,(]\s*$", re.I)
#: Where the part happened, right after the share: "(74%) occurred in a residence".
_OCCURRED_IN = re.compile(
    r"\s*\)?\s*,?\s*(?:occurred|happened|took\s+place)\s+((?:in|at)\s+(?:(?:a|an|the)\s+)?"
    r"[a-z]+(?:\s+[a-z]+){0,2}?)\s*(?=[,.;(]|\s+(?:and|or|such|most|where|while)\b|$)",
    re.I,
)


def _aged_part(before: str) -> str | None:
    """Round 18: an age group as a share's subject ("people aged 30 to 59 accounted for 68%",
    "…, and people aged 25 to 44 for 52%") is the part, named ``aged-<from>-to-<to>``."""
    found = _AGED.search(before)
    return f"aged-{found[1]}-to-{found[2]}" if found else None


_AGED = re.compile(
    r"\b(?:people|persons|those|adults|individuals)\s+aged\s+(\d+)\s*(?:-|\u2013|to)\s*(\d+)"
    r"(?:\s+years)?\s+(?:accounted\s+for|made\s+up|represented|for)\s+(?:about\s+|nearly\s+)?$",
    re.I,
)


def _gapped_share(before: str) -> list[str] | None:
    """Round 18: a share whose clause repeats an earlier share's frame with a subject of its
    own ("… in 71% of deaths, and stimulants in 54%", "…; injection was reported in 14%"):
    the earlier share's whole, and the new subject as the part."""
    found = _GAPPED.search(before)
    earlier = _WHOLE_EARLIER.findall(before[: found.start()]) if found else []
    return [earlier[-1].lower(), found[1].lower()] if found and earlier else None


_GAPPED = re.compile(
    r"(?:[;,]\s*(?:and\s+|while\s+)?|\s(?:and|while|whereas)\s+)([a-z]+)"
    r"(?:\s+such\s+as\s+[^.;%]*?)?\s+(?:(?:was|were)\s+(?:reported|found|present|detected"
    r"|involved|identified)\s+)?in\s+(?:about\s+|nearly\s+)?$",
    re.I,
)
_WHOLE_EARLIER = re.compile(
    r"\d\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+){0,3}?([a-z]+s)\b",
    re.I,
)


def _part_predicate(after: str, before: str) -> str | None:
    """Round 8: the part a share names after it ("88% of the admitted patients were male"), or
    the subject of the count it restates ("Males accounted for 128 of the deaths, or 70.3%")."""
    said = re.match(
        r"\s*(?:[a-z]+ed\s+)?(?:were|was)\s+(?:all\s+)?(male|female|men|women)\b", after, re.I
    )
    if said:
        return _SEXES.get(said[1].lower(), said[1].lower())
    restated = _RESTATED.search(before)
    return _part_subject(before[: restated.start()]) if restated else None


def _part_subject(before: str) -> str | None:
    """The part a share's subject names ("Women made up 41% of …" -> female, "Lorries accounted
    for 12% of …" -> lorries); people by sex are named as the keys name them."""
    found = _PART_OF.search(before)
    if found is None:
        return None
    subject = "-".join(found[1].lower().split())
    return _SEXES.get(subject, subject)


#: "<Subject> accounted for / made up / represented / comprised" right before a share; round 20:
#: also after a list's bullet ("- Males accounted for 69.1% of …"), and a subject of a modifier
#: and its noun ("Drug offenders made up 12.9% of …" -> drug-offenders).
_PART_OF = re.compile(
    r"(?:^\s*(?:[-•*\u2013]\s+)?|[.;,]\s*)(?:the\s+)?"
    r"((?:(?!(?:and|or|but|while|whereas|where|which|who|with|of|in|as|so|these|those)\s)"
    r"[A-Za-z]+\s+)?[A-Za-z]+s|men|women|people)\s+(?:\w+\s+)?"
    r"(?:accounted\s+for|made\s+up|represented|comprised|were)\s*(?:about\s+|nearly\s+)?$",
    re.I,
)
_SEXES = {"men": "male", "males": "male", "women": "female", "females": "female"}


#: A rate the sentence names before the figure: "a conviction rate of", "the detection ratio was"
#: (also for the level it is compared with: "was 93.4%, compared with").
#: Round 9: a rate's level after a verb of change ("the overdose death rate fell to 44.7 per
#: 100,000 residents") is the rate, as after "was".
_LEVEL_TO = (
    r"|(?:rose|fell|increased|decreased|dropped|declined|climbed|grew|jumped)\s+to"
    r"|(?:remained|was)\s+at"
)
_NAMED_RATE = re.compile(
    rf"\b(?:the\s+)?(rate|ratio)\s+of\s+([a-z-]+(?:\s+[a-z-]+){{0,2}})\s+(?:was|is|stood\s+at|reached{_LEVEL_TO})\s*"
    r"(?:[\d.,]+\s*(?:%|per\s?cent|percent)\s*,?\s*(?:compared\s+(?:with|to)|(?:up|down)\s+from)"
    r"\s*)?$"
    # round 8: hyphenated words ("drug-related death rate"), never across an article ("of
    # areas the rate reached"), and the level a bare number after "per 100,000" is compared with
    r"|\b((?:(?!the\b|a\b|an\b)[a-z-]+\s+)?(?!the\b|a\b|an\b)[a-z-]+)\s+(rate|ratio)\b"
    r"(?:\s+(?:for|of|in|among)\s+[a-z\s-]{0,40}?)?"
    # round 18: an appositive saying how it is measured ("The conviction rate, measured on all
    # cases decided, was 89%")
    r"(?:\s*,\s*[^,;.%]{1,90},)?"
    rf"\s+(?:was|is|stood\s+at|reached|of{_LEVEL_TO})\s*"
    r"(?:[\d.,]+\s*(?:%|per\s?cent|percent|per\s+100,000(?:\s+[a-z]+)?)\s*,?\s*"
    r"(?:compared\s+(?:with|to)|(?:up|down)\s+from)\s*)?$",
    re.I,
)


def _rate_named(noun: str, before: str) -> str | None:
    """Round 7: a rate its own words or the words before it name, of anything but drug use, is
    that rate, whatever population it is counted in ("the overdose death rate was 31.3 per
    100,000 standard population", "(with the death rate per 100,000 in brackets)")."""
    own = _OWN_RATE.match(noun.lower())
    named = own or _NAMED_RATE.search(before)
    if named is None or not _OTHER_THAN_USE.search(named[0]):
        return None
    what = named[1] if own else named[2] or named[3]
    rate = named[2] if own else named[1] or named[4]
    kind = [w.lower() for w in what.split() if w.lower() not in _SHARE_SKIP]
    return "-".join([*_singular_last(kind), rate.lower()]) if kind else None


def _singular_last(words: list[str]) -> list[str]:
    """Round 8: "the rate of … deaths" is a …-death-rate."""
    if words and re.fullmatch(r"[a-z-]+[^s]s", words[-1]):
        return [*words[:-1], words[-1][:-1]]
    return words


#: Words of drug use: a share of the population is a prevalence only in a sentence about use
#: (round 7: "the Western Cape, with 11% of the country's population, recorded …" is not).
_USE_WORDS = re.compile(
    r"\b(?:us(?:e|ed|ing|ers?)|abus|addict|consum|smok|inject|took|taking)", re.I
)

#: A noun that is itself a rate: "death rate per 100,000", "mortality rate".
_OWN_RATE = re.compile(r"((?:[a-z-]+\s+)?[a-z-]+)\s+(rate|ratio)\b")
#: Rates of what is not drug use (a prevalence): deaths, overdoses, offences, arrests.
_OTHER_THAN_USE = re.compile(r"\b(?:death|mortality|overdose|offen[cs]e|arrest|crime)", re.I)

#: An earlier share of the sentence with its noun ("at 31 percent of admissions").
_SIBLING_SHARE = re.compile(r"\d\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|all\s+)?([a-z]+s)\b")


#: The population a rate is counted in ("26.4 per 100,000 residents").
_RATE_BASE = re.compile(r"(?:people|persons|residents|inhabitants|adults|population)")


def _drug_in(text: str) -> str | None:
    """The first drug a text names, not "drugs" in general."""
    named = [m for m in DRUG_WORDS.finditer(text) if m[1].lower()[:4] != "drug"]
    # round 8: "Opiates or opioids were implicated in …": the second name restates the first
    if len(named) > 1 and re.fullmatch(r"\s+or\s+", text[named[0].end() : named[1].start()]):
        named = named[1:]
    drug = named[0][1].lower() if named else None
    if drug is None and _ALCOHOL.search(text):
        return "alcohol"  # round 22: "Alcohol was the principal drug of concern in 63% of …"
    return STREET_NAMES.get(drug, drug) if drug else None  # round 8: "shabu" -> methamphetamine


#: Round 22: alcohol names a share's part where no drug does (treatment data's principal drug of
#: concern: "Alcohol remained the most common …, at 38.9% of episodes"), as six keys write it.
_ALCOHOL = re.compile(r"\balcohol\b(?!\s+(?:and|or)\s+(?:other\s+)?drugs?\b)", re.I)


#: A share of people who used drugs is a prevalence.
_USING = re.compile(
    r"\b(?:used|using|use|users?"
    # round 8: other verbs of taking a drug ("14% had tried cannabis", "2% injected heroin")
    r"|tried|misused|smoked|injected)\b",
    re.I,
)
_PEOPLE = re.compile(
    r"\b(?:adults?|people|persons|population|individuals|respondents|pupils|young\s+people"
    r"|students|teenagers|adolescents|youths?|men|women|[a-z0-9]+-year-olds)\b"  # round 8
    r"|-year-olds\b",
    re.I,
)


_SHARE_SKIP = frozenset(
    {"the", "of", "global", "total", "all", "a", "an"}
    | {"its", "their", "his", "her", "our", "your"}  # "41 percent of its criminal docket"
)
_PRONOUNS = frozenset({"them", "these", "those", "which", "it"})
#: Round 19: a whole the text calls "drug offences" or "drug-related cases" keeps "drug", as keys
#: of six reports of five rounds name it (``share-of-drug-offences-…``): the registry's own
#: names for these wholes (drug-offences-recorded, drug-crime-cases-cracked) say "drug".
_DRUG_WHOLE = re.compile(r"\bdrug(?:-related)?\s+(?:offen[cs]es|cases)\s*$", re.I)
_DRUG_NAMED_WHOLES = frozenset({"offences", "offenses", "cases"})
#: Round 9: the whole of a share named after a determiner the noun phrase stopped at.
_OF_DETERMINED = re.compile(r"\s*of\s+(?:these|those)\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b", re.I)
#: Round 18: people named by their death as a share's whole ("of those who died").
_WHO_DIED = re.compile(
    r"\s*of\s+(?:those|the\s+(?:people|persons)|people|persons)\s+who\s+died\b", re.I
)
#: A percentage that restates the count before it: "1,566 deaths, or 79 percent", "(79%)".
_GROUP_FRONT = re.compile(
    r"(?:^|[.;]\s*)(?:among|of)\s+(?:the\s+|all\s+|these\s+|those\s+)?((?:[a-z-]+\s+){0,2}[a-z]+s)"
    r"\s*,\s*$",
    re.I,
)
_RESTATED = re.compile(r"\d[^.;]*?(?:,\s*or|\()\s*(?:about\s+|nearly\s+|almost\s+)?$")
