"""Measures the registry does not hold yet, proposed by rules a reviewer can check: a crop's
cultivation in hectares ("coca bush cultivation rose to 315,000 hectares" -> ``coca-cultivation``),
a drug's production ("global cocaine manufacture reached 2,304 tons" -> ``cocaine-produced``),
users of a drug ("22 million people used cocaine" -> ``cocaine-users``), and the part of an
"N out of M" share ("6 out of 10 pills contained a lethal dose" -> ``share-of-pills-lethal``, in
the noun's count unit), money ("$2.1 million in cash" -> ``cash-seized`` in dollars). Each stays
*proposed*: the build refuses it until it is in the ontology.
"""

from __future__ import annotations

import itertools
import re

from narcokg.extract.figures import CURRENCIES, CURRENCY_PREFIXES, Mention
from narcokg.extract.heads import proposed_unit
from narcokg.extract.lang.en.words import (
    DRUG_TIED,
    DRUG_WORDS,
    SHARE_FILLERS,
    STOP,
    STREET_NAMES,
    VERBS,
)
from narcokg.extract.measures import Counted, count_unit
from narcokg.extract.money import money_measure
from narcokg.extract.text import Sentence
from narcokg.model.quantities import MASS_UNIT_NAMES as MASS

_PRODUCTION = re.compile(r"\b(?:production|manufacture|produced|manufactured|producer)\b", re.I)
_SEIZURE = re.compile(r"\bseiz", re.I)
_CONSUMPTION = re.compile(r"\b(?:consum(?:ed|ption|e)|used\s+up)\b", re.I)
_DRUG = DRUG_WORDS.pattern.replace(r"\b(", r"\b(?P<drug>", 1)
#: A kind of a drug named with it ("synthetic opioids"), kept in the measure's name (round 7).
_KIND = r"(?:(?P<kind>synthetic|prescription|illicit|pharmaceutical)\s+)?"
#: Round 7: the users of a drug that "was used by" the count ("Heroin was used by 2,980 of those
#: assessed", "Cannabis, the drug most often named, was used by 4,100"), and the next drugs of
#: its list with their counts in brackets ("followed by heroin (2,980)").
_USED_BY = re.compile(
    rf"{_DRUG}[^.;:]{{0,60}}?\b(?:was|were|is|are)?\s*used\s+by\s+(?:some\s+|about\s+)?$",
    re.I,
)
_USED_BY_NEXT = re.compile(rf"{_DRUG}[\w\s-]{{0,20}}\(\s*$", re.I)

#: A bracket after a mass's noun that names its drug: "of dagga (cannabis)" (round 7).
_GLOSS = re.compile(rf"^\s*\(\s*{_DRUG}\s*\)", re.I)
#: An area the figure's hectares are of: "destroyed poppy fields covering" (round 7).
_COVERING = re.compile(
    r"\b(?P<verb>[a-z]+ed)\s+(?P<thing>(?:[a-z-]+\s+){0,2}[a-z]+s)\s+"
    r"(?:covering|spanning|totalling|totaling|over|of)\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)
#: A drug that caused deaths: "cocaine caused 2,367 deaths", "deaths caused by heroin", "fentanyl
#: was involved in 1,566 of those deaths" (not "died of opioid overdoses", a drug-related death).
_CAUSED_BEFORE = re.compile(
    rf"{DRUG_WORDS.pattern}[\w\s]{{0,30}}?\b{DRUG_TIED}"  # round 8: more verbs, DRUG_TIED
    r"(?:\s+(?:a\s+further|another|an\s+estimated))?\s*$",
    re.I,
)
#: Round 8: deaths its own noun names a drug of ("880 fentanyl overdose deaths", "fentanyl-related
#: deaths"), or the subject of a bare count names ("Deaths involving pregabalin numbered 46").
_DEATHS_OF = re.compile(
    rf"{_KIND}{_DRUG}(?:[\s-]+(?:related|involved|induced|linked|overdose|poisoning|toxicity))*"
    r"\s+deaths?\b",
    re.I,
)
_DEATHS_FROM = (
    r"deaths?\s+(?:from|due\s+to|involving|caused\s+by|attributed\s+to|linked\s+to|related"
    rf"\s+to|associated\s+with)\s+{_KIND}{_DRUG}"
)
_STATED = (
    r"[^,;]{0,40}?\b(?:numbered|totall?ed|reached|rose|fell|increased|decreased|climbed|dropped"
    r"|stood|were|was|amounted|came)\b[^,;]{0,20}$"
)
_DEATHS_SUBJECT = (
    re.compile(_DEATHS_OF.pattern + _STATED, re.I),
    re.compile(_DEATHS_FROM + _STATED, re.I),
)
_CAUSED_AFTER = re.compile(
    rf"^\s*(?:were\s+)?(?:caused\s+by|attributed\s+to|involving|involved"
    # round 8: "312 deaths from fentanyl" (not "from opioid overdoses": drug-related deaths)
    r"|(?:from|due\s+to|linked\s+to|related\s+to|associated\s+with)(?=\s+\w+\s*(?![\w\s]*overdos)))"
    rf"\s+{_KIND}{_DRUG}",
    re.I,
)
#: Round 7: "and those involving psychostimulants rose to 36,251": the deaths of another drug.
_THOSE = re.compile(
    rf"\bthose\s+(?:caused\s+by|attributed\s+to|involving|involved)\s+{_KIND}{_DRUG}",
    re.I,
)
_USE = re.compile(r"\b(?:used|use|users?)\b", re.I)
#: After a count of samples: what they were found to hold ("contained", "tested positive for").
_POSITIVE = re.compile(
    r"^\s*(?:of\s+them\s+)?(?:(?:also\s+)?contained|(?:were\s+|was\s+)?(?:tested|found|confirmed)\s+positive"
    r"|were\s+positive)\b",
    re.I,
)
#: Round 8: rates per day of a population (``figures._rate_unit``), read as rates, not counts.
PER_DAY = frozenset({"per-1000-per-day", "per-100000-per-day"})
_PER_DAY_AFTER = re.compile(r"\s+(?:every|a|per|each)\s+day\b", re.I)
_HALVED = re.compile(r"\bhalv", re.I)
MONEY_UNITS = frozenset(CURRENCIES.values()) | frozenset(CURRENCY_PREFIXES.values())
_NOT_PREVALENCE = re.compile(r"\b(?:registered|treatment|newly|abstinent|relapse)", re.I)


def propose(mention: Mention, sentence: Sentence) -> Counted | None:
    """A proposed measure for a figure the registry cannot name well, or ``None``; a measure
    the registry already holds ("opium-produced") is known, not proposed."""
    from dataclasses import replace

    from narcokg.model.registry import registry

    found = _propose(mention, sentence)
    if found is not None and found.measure in registry().measures:
        return replace(found, known=True)
    return found


def _propose(mention: Mention, sentence: Sentence) -> Counted | None:
    offset = mention.start - sentence.start
    before = sentence.text[:offset]
    after = sentence.text[mention.end - sentence.start :]
    clause = re.split(r"[;]|,\s+(?=[a-z]+\s)", after, maxsplit=1)[0]
    if not mention.noun and re.match(r"\s*of\s+them\b", after):
        from narcokg.extract.bare import of_them  # round 8: "6,120 of them contained fentanyl"

        mention = of_them(mention, sentence, "")
    if mention.unit == "fold":
        # round 8: a multiple no direction word announces ("more than tenfold the number two years
        # earlier", "five times the 2015 figure") is still a change: the registry's fold measure
        note = "measure: a multiple with no word of a rise or fall: a fold increase?"
        return Counted("fold-decrease" if _HALVED.search(mention.quote) else "fold-increase",
                       "fold", True, note)  # fmt: skip
    if mention.unit in PER_DAY:
        from narcokg.extract.rates import rate_measure  # round 8: "per 1,000 population per day"

        rate = rate_measure(mention.noun, sentence.text, before, after)
        return Counted(rate.measure, mention.unit, False, rate.note)
    if mention.denominator is not None and mention.unit != "percent":
        return _share(mention, clause, sentence.text)  # a percentage of a whole is a rate
    if mention.unit is not None and mention.unit in MONEY_UNITS:
        return Counted(money_measure(sentence.text, before, after), mention.unit, False)
    if mention.unit in MASS and (gloss := _GLOSS.match(after)):
        # round 7: "61,212 kilograms of dagga (cannabis)": the bracket says what the drug is
        from narcokg.extract.measures import classify

        return classify(gloss[1], "", mention.unit, True)
    if re.search(r"\bhectares?\b", mention.noun, re.I) and (covered := _COVERING.search(before)):
        # round 7: "destroyed cannabis plantations covering 120 hectares": what covers them
        thing = "-".join(covered["thing"].lower().split())
        return Counted(f"{thing}-{covered['verb'].lower()}", "hectare", False)
    if re.search(r"\bhectares?\b", mention.noun, re.I) and (
        crop := re.search(r"\b(\w+)\s+(?:bush\s+|poppy\s+)?cultivation\b", sentence.text, re.I)
    ):
        return Counted(f"{crop[1].lower()}-cultivation", "hectare", False)
    if (area := re.match(r"hectares?\s+of\s+(.+)", mention.noun, re.I)) and (
        acted := re.search(r"\b([a-z]+ed)\s+(?:about\s+|some\s+|nearly\s+|over\s+)?$", before)
    ):
        # round 8: "eradicated 62 hectares of cannabis fields": the fields, as the verb left them
        thing = "-".join(w.lower() for w in re.findall(r"[A-Za-z-]+", area[1]))
        return Counted(f"{thing}-{acted[1].lower()}", "hectare", False)
    per_day = _PER_DAY_AFTER.search(mention.noun) or _PER_DAY_AFTER.match(" " + after)
    if mention.unit is None and mention.noun and per_day:
        # round 8: "more than six deaths every day": the count restated per day
        from narcokg.extract.measures import classify

        noun = _PER_DAY_AFTER.sub("", mention.noun).strip() or mention.noun
        daily = classify(noun, sentence.text, None, False)
        return Counted(f"{daily.measure}-per-day", daily.unit, False)
    subject = before + " " + mention.noun
    if mention.unit in MASS and _CONSUMPTION.search(subject) and not _SEIZURE.search(subject):
        # wastewater estimates: "consumed 16.2 kilograms of methamphetamine a week"
        drug = DRUG_WORDS.search(mention.noun) or DRUG_WORDS.search(subject)
        return Counted(f"{_drug(drug)}-consumed", mention.unit, False)
    if (deaths := _caused_deaths(mention, before, after)) is not None:
        return deaths
    if (involved := _drug_involved(mention, before)) is not None:
        return involved
    used = _USED_BY.search(before) or _USED_BY_NEXT.search(before)
    if mention.unit is None and used and re.search(r"\bused\s+by\b", before, re.I):
        return Counted(f"{_drug(used)}-users", "person", False)  # round 7
    if (
        mention.unit is None
        and re.search(r"\bsamples?$", mention.noun, re.I)
        and _POSITIVE.match(after)
    ):
        # "Eight samples contained nitazenes": as a share of samples, the positive ones
        return Counted("samples-tested-positive", "sample", False)
    if mention.unit in MASS and _PRODUCTION.search(subject) and not _SEIZURE.search(subject):
        drug = DRUG_WORDS.search(subject) or DRUG_WORDS.search(clause)
        return Counted(f"{_drug(drug)}-produced", mention.unit, False)
    if mention.unit in MASS and (unnamed := _unnamed_drug(mention.noun)) is not None:
        return Counted(f"{unnamed}-seized", mention.unit, False)
    if (
        mention.unit is None
        and _users(mention, clause, before)
        and not _NOT_PREVALENCE.search(sentence.text)
    ):
        drug = DRUG_WORDS.search(mention.noun + " " + clause) or DRUG_WORDS.search(before)
        if _drug(drug) == "drug" and _registry_knows(mention.noun or clause, sentence.text):
            return None  # users of drugs in general with a cue ("existing"): the registry's
        return Counted(f"{_drug(drug)}-users", "person", False)
    return None


def _caused_deaths(mention: Mention, before: str, after: str) -> Counted | None:
    """Deaths a named drug caused: ``<drug>-deaths`` ("heroin-deaths"), also for a bare number
    whose own words name the drug ("of which 610 involved heroin", "and methamphetamine 1,491"
    after "cocaine caused 2,367 deaths") or whose borrowed noun does ("deaths caused by
    benzodiazepines fell by 124 to 755")."""
    if mention.unit is not None:
        return None
    clause = re.split(r"[;:]|\.\s", before)[-1]
    if (named := _drug_deaths_named(mention, clause)) is not None:
        return named
    if not re.match(r"(?:\w+\s+)?deaths?\b", mention.noun, re.I):
        return None
    own = mention.noun if mention.quote.endswith(mention.noun) else ""  # not a borrowed noun
    tail = re.sub(r"^(?:\w+\s+)?deaths?\b", "", own, flags=re.I) + after  # "deaths caused by"
    borrowed = "" if own else re.sub(r"^(?:\w+\s+)?deaths?\b", "", mention.noun, flags=re.I)
    if not own and (compared := _COMPARED_TAIL.search(clause)):
        clause = clause[: compared.start()]  # round 8: "in 39 deaths, down from 57": the same drug
    found = (
        _THOSE.search(clause)
        or _CAUSED_BEFORE.search(clause)
        or _CAUSED_AFTER.match(tail[:60])
        or (_CAUSED_AFTER.match(borrowed) if borrowed else None)
        or (_GAPPED.search(clause) if not own and _CAUSED_VERB.search(clause) else None)
    )
    if found is None or _drug(found) == "drug":
        return None
    kind = found.groupdict().get("kind")
    name = f"{kind.lower()}-{_drug(found)}" if kind else _drug(found)
    return Counted(f"{name}-deaths", "person", False)


_AND_OTHER = re.compile(rf"\s+and\s+other\s+{_KIND}{_DRUG}", re.I)
#: A bare number compared with the count right before it: "39 deaths, down from", "against".
_COMPARED_TAIL = re.compile(
    r"\s+\d[\d,.]*\s+deaths?\s*,?\s*(?:(?:down|up)\s+from|compared\s+(?:with|to)|against|than)"
    r"(?:\s+the)?\s*$",
    re.I,
)


def _drug_deaths_named(mention: Mention, clause: str) -> Counted | None:
    """Round 8: deaths whose own noun phrase names their drug ("312 fentanyl-related deaths"), or
    a bare count whose clause's subject does ("Deaths involving pregabalin numbered 46")."""
    own = mention.noun if mention.quote.endswith(mention.noun) else ""
    found = _DEATHS_OF.search(own) if re.search(r"\bdeaths?$", own, re.I) else None
    for subject in _DEATHS_SUBJECT if found is None and not own.strip() else ():
        found = found or subject.search(clause)
    if found is not None and (wider := _AND_OTHER.match(clause + own, found.end("drug"))):
        found = wider  # "fentanyl and other synthetic opioids": the class names the set
    if found is None or _drug(found) == "drug":
        return None
    if _drug(found) == "opioid" and re.search(r"overdos|toxicit|poison", found[0], re.I):
        return None  # "opioid toxicity deaths", "opioid overdose deaths": drug-related deaths
    kind = found["kind"]
    name = f"{kind.lower()}-{_drug(found)}" if kind else _drug(found)
    return Counted(f"{name}-deaths", "person", False)


#: A gapped clause that repeats the verb of the clause before: "..., and methamphetamine 1,491".
_GAPPED = re.compile(rf"(?:,|;|\band\b)\s*(?:and\s+)?{DRUG_WORDS.pattern}\s*$", re.I)
_CAUSED_VERB = re.compile(r"\b(?:caused|involved)\b", re.I)


def _drug_involved(mention: Mention, before: str) -> Counted | None:
    """Round 7: counts of things other than deaths that a drug was involved in or found in
    ("Cannabis was involved in 6,210 finds" -> ``cannabis-finds``), also the gapped items after
    it ("…, cannabis in 6,210 and buprenorphine in 1,980"), in the noun's count unit."""
    heads = re.findall(r"[a-z]+s\b", mention.noun.lower())
    if mention.unit is not None or not heads or heads[-1] in {"deaths", "people", "persons"}:
        return None
    clause = re.split(r"[;:]|\.\s", before)[-1]
    found = (
        _INVOLVED.search(clause)
        or (_GAPPED_IN.search(clause) if _INVOLVED_ANY.search(clause) else None)
        # round 8: "…, followed by cannabis (2,907)": the next drug of the list, in brackets
        or (_USED_BY_NEXT.search(clause) if _INVOLVED_CUE.search(clause) else None)
    )
    if found is None or _drug(found) == "drug":
        return None
    return Counted(
        f"{_drug(found)}-{heads[-1]}", count_unit(heads[-1]) or proposed_unit(heads[-1]), False
    )


_INVOLVED = re.compile(
    rf"{_DRUG}[^.;]{{0,40}}?\b(?:(?:was|were)\s+(?:involved|found|detected|present)\s+in"
    # round 8: "Cocaine was the main problem drug, reported by 4,596 cases", "… drug for 3,188"
    r"|(?:reported|named|cited)\s+by|(?:main|primary)\s+(?:problem\s+)?drug\s+(?:for|of))\s*$",
    re.I,
)
_INVOLVED_CUE = re.compile(
    r"\b(?:(?:reported|named|cited)\s+by|(?:main|primary)\s+(?:problem\s+)?drug\s+(?:for|of)"
    r"|(?:was|were)\s+(?:involved|found|detected|present)\s+in)\b",
    re.I,
)
_INVOLVED_ANY = re.compile(r"\b(?:was|were)\s+(?:involved|found|detected|present)\s+in\b", re.I)
_GAPPED_IN = re.compile(rf"(?:,|\band\b)\s*(?:and\s+)?{_DRUG}\s+in\s*$", re.I)


def drug_of_own_words(mention: Mention, sentence: Sentence) -> str | None:
    """The drug-specific deaths measure a bare number's own words give it, if any: then it does
    not count what its sibling counts, though it borrowed its noun."""
    offset = mention.start - sentence.start
    found = _caused_deaths(
        mention, sentence.text[:offset], sentence.text[mention.end - sentence.start :]
    ) or _drug_involved(mention, sentence.text[:offset])
    return found.measure if found else None


def _unnamed_drug(noun: str) -> str | None:
    """The one drug a mass's own words name when the registry has no measure of it ("2.6 tonnes
    of amphetamine paste" -> amphetamine): then the seizure is proposed as that drug's, not
    counted in the catch-all "drugs seized"."""
    from narcokg.extract.measures import classify

    named = {_drug(m) for m in DRUG_WORDS.finditer(noun)} - {"drug"}
    if len(named) != 1:
        return None
    drug = named.pop()
    return drug if classify(drug, "", "kilogram", True).measure == "drugs-seized" else None


def _registry_knows(noun: str, sentence: str) -> bool:
    from narcokg.extract.measures import classify

    return classify(noun, sentence, None, False).known


def _drug(match: re.Match[str] | None) -> str:
    word = match[match.re.groupindex.get("drug", 1)].lower() if match else "drug"
    word = "-".join(word.split())  # round 7: "psychoactive substances"
    word = STREET_NAMES.get(word, word)  # round 8: named as the registry names the drug
    return "drug" if word.startswith("drug") else word.rstrip("s") if word != "cannabis" else word


def _users(mention: Mention, clause: str, before: str) -> bool:
    """ "228 million users", "22 million people used cocaine", "the number of people who used
    drugs rose to 292 million"."""
    words = mention.noun.lower().split()
    if not words:
        return bool(re.search(r"\b(?:people|persons)\s+who\s+used\b|\busers\b", before, re.I))
    if words[0] in {"users", "user"} or {"used", "misused", "abused"} & set(words):
        return True  # round 8: "8.9 million people misused opioids"
    if words[0] not in {"people", "persons", "individuals"}:
        return False
    # the phrase may run on into its verb: "2.8 million people use drugs regularly"; round 8: or
    # a relative clause says so ("3,800 people who inject drugs")
    return (
        bool(_USE.match(clause.strip()))
        or bool({"use", "used"} & set(words[1:3]))
        or bool(_WHO_USE.match(clause))
    )


_WHO_USE = re.compile(
    r"\s*(?:who|that)\s+(?:currently\s+|regularly\s+)?(?:use|used|inject|injected|misuse|misused)\b",
    re.I,
)


def _share(mention: Mention, clause: str, sentence: str) -> Counted:
    """``share-of-<what is counted>-<what the part is>``: the noun after the figure, else the noun
    the whole is counted in elsewhere in the sentence ("examined 3,900 parcels, and 1,150 out of
    3,900 contained ..."); the part is the word after the verb ("contained a potentially lethal
    dose" -> lethal)."""
    words = re.findall(r"[a-z-]+", mention.noun.lower())
    # round 7: a group in front ("Among people who died"): its noun, not its relative clause
    words = list(itertools.takewhile(lambda w: w not in {"who", "that", "which", "whom"}, words))
    words = words[1:] if words[:1] in (["among"], ["of"]) else words
    if words and (words[0].endswith("ed") or words[0] in VERBS):
        clause, words = mention.noun + clause, []
    # the head noun, not a participle after it ("samples tested")
    nouns = [w for w in words if w not in SHARE_FILLERS and not w.endswith("ed")]
    head = nouns[-1] if nouns else None
    group = _GROUP_IN_FRONT.search(sentence.split(mention.quote)[0])  # "Among people who died,"
    head = head or (group[1].lower() if group else None)
    head = head or _noun_of_whole(sentence.replace(mention.quote, " | "), mention) or "items"
    following = [w for w in re.findall(r"[a-z]+", clause.lower()) if w not in SHARE_FILLERS]
    # the word after the verb says what the part is: "contained a potentially lethal dose"
    verb = next((i for i, w in enumerate(following) if w.endswith("ed") or w in VERBS), -1)
    part = following[verb + 1] if 0 <= verb < len(following) - 1 else ""
    part = "" if part in STOP else part  # "seizures recorded during the year": no part
    if not part:  # "Heroin accounted for 1,020 of the 2,400 admissions": the drug before it
        clause_before = re.split(r"[;:,]", sentence.split(mention.quote)[0])[-1]
        part = next((_drug(m) for m in DRUG_WORDS.finditer(clause_before)), "")
        part = "" if part == "drug" else part or _subject_of_part(clause_before)
    unit = count_unit(head) or proposed_unit(head)
    measure = "-".join(w for w in ("share-of", head, part) if w)
    from narcokg.model.registry import registry

    positive = f"{head}-tested-positive"  # "1,104 out of 3,200 samples": the registry's measure
    if positive in registry().measures:
        entry = registry().measures[positive]
        return Counted(positive, entry.count_unit or unit, True)
    return Counted(measure, unit, False)


#: A group named in front of a share, without a number: "Among people who died, 74 out of 100".
_GROUP_IN_FRONT = re.compile(
    r"\b(?:among|of)\s+(?:the\s+|those\s+|all\s+)?([a-z]+s|people|men|women)\b[^,]*,\s*$", re.I
)


def _subject_of_part(clause: str) -> str:
    """The subject of "<subject> accounted for N of the M …" ("Parcels sent by post accounted
    for 4,870 of the 11,900 seizures" -> parcels): what the part is."""
    found = re.match(
        r"\s*([A-Za-z]+s)\b[^.;]*?\b(?:accounted\s+for|made\s+up|represented|comprised)\s*$", clause
    )
    return found[1].lower() if found else ""


def _noun_of_whole(sentence: str, mention: Mention) -> str | None:
    """The noun the whole is counted in: after the same number elsewhere in the sentence, else
    after the last count before the share ("14,900 drug seizures ..., of which 3 out of 5")."""
    nouns = [
        (m[1].rstrip(".,").replace(",", ""), m[2])
        for m in re.finditer(r"(\d[\d,.]*)\s+(?:[a-z-]+\s+)?([a-z]+s)\b", sentence)
        if not (m[2].endswith("ed") or m[2] in VERBS)
    ]
    same = [noun for number, noun in nouns if number == str(mention.denominator)]
    return (same or [noun for _, noun in nouns] or [None])[0 if same else -1]
