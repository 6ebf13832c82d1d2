"""What a drug named in the text is tied to (round 8, moved out of :mod:`.proposals`): deaths a
named drug caused or was involved in ("cocaine caused 2,367 deaths", "Deaths involving pregabalin
numbered 46" -> ``<drug>-deaths``), other counts it was involved in ("cannabis-finds"), and the
drug's name as the registry's measures name it.
"""

from __future__ import annotations

import dataclasses
import re

from narcokg.extract.figures import Mention
from narcokg.extract.lang.en.words import DRUG_TIED, DRUG_WORDS, STREET_NAMES
from narcokg.extract.measures import Counted, classify, count_unit
from narcokg.extract.proposed_units import proposed_unit
from narcokg.extract.text import Sentence

NAMED_DRUG = DRUG_WORDS.pattern.replace(r"\b(", r"\b(?P<drug>", 1)
#: A kind of a drug named with it ("synthetic opioids"), kept in the measure's name (round 7).
DRUG_KIND = r"(?:(?P<kind>synthetic|prescription|illicit|pharmaceutical)\s+)?"


USED_BY_NEXT = re.compile(rf"{NAMED_DRUG}[\w\s-]{{0,20}}\(\s*$", re.I)


#: A drug that caused deaths: "cocaine caused 2,367 deaths", "deaths caused by heroin", "fentanyl
#: was involved in 1,566 of those deaths" (not "died of opioid overdoses", a drug-related death).
#: Round 9: a drug a test found in the dead ("Fentanyl was detected in 1,548 of the deaths",
#: "xylazine appeared in 63"): the dev keys name these ``<drug>-deaths`` as for a cause.
#: Round 19: "present in" too, and a test's place before "in" ("found at toxicology in 29"), as
#: docs/facts.md keys them; a sentence saying the drug was not the cause is refused
#: (``_NOT_CAUSE``).
FOUND_IN = (
    r"(?:(?:was|were)\s+(?:also\s+|only\s+)?(?:detected|identified|found|present)"
    r"(?:\s+(?:at|on|by|in)\s+(?:post-?mortem\s+)?(?:toxicology|testing|autopsy|post-?mortem))?"
    # round 40: "appeared in the toxicology of 301 decedents"
    r"\s+in|appeared\s+in(?:\s+the\s+(?:post-?mortem\s+)?toxicology\s+of)?)"
)
_NOT_CAUSE = re.compile(r"\bnot\s+(?:\w+\s+){0,2}(?:the|a)\s+(?:\w+\s+)?cause\b", re.I)
#: Round 17: an apposition between the drug and its verb ("Xylazine, a veterinary sedative, was
#: found in 52 deaths", "…, which naloxone does not reverse, was detected in"): a determiner or a
#: relative pronoun opens it, so a list of drugs ("heroin, cocaine and …") is not one.
#: Round 19: or examples of a class named after it ("Stimulants, mostly methamphetamine, were
#: mentioned in", "Stimulants such as cocaine or methamphetamine were detected in"): the class is
#: the drug, not its first example (keys of six reports of five rounds).
#: Round 40: read alike by :mod:`.drug_involved_deaths`.
APPOSITION = (
    r"(?:,\s+(?:an?|the|which|who|that|one|mostly|mainly|chiefly|largely|principally"
    r"|primarily|especially|including|such\s+as)\b[^,;.()]{1,70},"
    r"|\s+(?:such\s+as|including)\s+[^,;.()]{1,50}?(?=\s+(?:was|were|is|are|caused|appeared)\b)"
    # round 31: a list of examples ("Opioids as a class, including fentanyl, heroin and
    # morphine, caused"), and "alone or in combination with other substances"
    r"|(?:\s+as\s+a\s+class)?,\s+(?:including|such\s+as)\s+[^;.()]{1,70}?,"
    r"|\s+alone\s+or\s+in\s+combination\s+with\s+other\s+(?:drugs|substances))?"
)
_CAUSED_BEFORE = re.compile(
    rf"{DRUG_WORDS.pattern}{APPOSITION}[\w\s]{{0,30}}?\b(?:{DRUG_TIED}|{FOUND_IN})"  # round 8
    r"(?:\s+(?:a\s+further|another|an\s+estimated|only|just))?\s*$",  # round 9: "only"
    re.I,
)
#: Round 8: deaths its own noun names a drug of ("880 fentanyl overdose deaths", "fentanyl-related
#: deaths"), or the subject of a bare count names ("Deaths involving pregabalin numbered 46").
_DEATHS_OF = re.compile(
    rf"{DRUG_KIND}{NAMED_DRUG}(?:[\s-]+(?:related|involved|induced|linked|overdose|poisoning|toxicity))*"
    r"\s+deaths?\b",
    re.I,
)
_DEATHS_FROM = (
    r"deaths?\s+(?:from|due\s+to|involving|caused\s+by|attributed\s+to|linked\s+to|related"
    rf"\s+to|associated\s+with)\s+{DRUG_KIND}{NAMED_DRUG}"
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
    rf"^\s*(?:of\s+(?:them|these|those)\s+)?(?:were\s+)?(?:caused\s+by|attributed\s+to|involving|involved"
    # round 8: "312 deaths from fentanyl" (not "from opioid overdoses": drug-related deaths)
    r"|(?:from|due\s+to|linked\s+to|related\s+to|associated\s+with)(?=\s+\w+\s*(?![\w\s]*overdos)))"
    rf"\s+(?:an?\s+|at\s+least\s+one\s+)?{DRUG_KIND}{NAMED_DRUG}",  # round 13: "involved an opioid"
    re.I,
)
#: Round 7: "and those involving psychostimulants rose to 36,251": the deaths of another drug.
_THOSE = re.compile(
    rf"\bthose\s+(?:caused\s+by|attributed\s+to|involving|involved)\s+{DRUG_KIND}{NAMED_DRUG}",
    re.I,
)


def caused_deaths(mention: Mention, before: str, after: str, previous: str = "") -> Counted | None:
    """Deaths a named drug caused: ``<drug>-deaths`` ("heroin-deaths"), also for a bare number
    whose own words name the drug ("of which 610 involved heroin", "and methamphetamine 1,491"
    after "cocaine caused 2,367 deaths") or whose borrowed noun does ("deaths caused by
    benzodiazepines fell by 124 to 755")."""
    if mention.unit is not None and not _DECEDENTS.match(mention.noun):
        return None  # round 40: decedents have the unit person (words.py) yet count deaths
    clause = re.split(r"[;:]|\.\s", before)[-1]
    if (named := _drug_deaths_named(mention, clause)) is not None:
        return named
    # round 13: up to three words before "deaths" ("drug overdose deaths" borrowed by a bare
    # "of which 920 involved fentanyl")
    if not _DEATHS_HEAD.match(mention.noun) and not _part_of_deaths(mention, before, previous):
        return None
    own = mention.noun if mention.quote.endswith(mention.noun) else ""  # not a borrowed noun
    tail = _DEATHS_HEAD.sub("", own) + after  # "deaths caused by"
    borrowed = "" if own else _DEATHS_HEAD.sub("", mention.noun)
    if not own and (compared := _COMPARED_TAIL.search(clause)):
        clause = clause[: compared.start()]  # round 8: "in 39 deaths, down from 57": the same drug
    found = (
        _THOSE.search(clause)
        or _CAUSED_BEFORE.search(clause)
        or _CAUSED_AFTER.match(tail[:60])
        or (_CAUSED_AFTER.match(borrowed) if borrowed else None)
        or (_GAPPED.search(clause) if not own and _CAUSED_VERB.search(clause) else None)
    )
    if found is None or drug_name(found) == "drug" or _NOT_CAUSE.search(clause + after):
        return None
    if _OR_OTHER_DRUGS.search(tail[:80]):
        return None  # round 27: "deaths linked to opioids or other drugs": all drugs
    if own and re.search(r"\bpresent\b", found[0], re.I):
        return None  # round 19: "present in" only of a part ("in 331 of the deaths"), as keyed
    kind = found.groupdict().get("kind")
    name = f"{kind.lower()}-{drug_name(found)}" if kind else drug_name(found)
    return Counted(f"{name}-deaths", "person", False)


_OR_OTHER_DRUGS = re.compile(r"\bor\s+other\s+(?:illicit\s+)?drugs?\b", re.I)
#: Round 40: a decedent is a dead person, so "decedents" count deaths ("Benzodiazepines were found
#: in 74 decedents", "detected in 1,588 of the 2,041 decedents").
_DEATHS_HEAD = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:deaths?|decedents)\b", re.I)
_DEATHS_WORD = re.compile(r"\b(?:deaths?|died|decedents)\b", re.I)
_DECEDENTS = re.compile(r"^(?:[\w-]+\s+){0,3}?decedents\b", re.I)


def _part_of_deaths(mention: Mention, before: str, previous: str) -> bool:
    """Round 23: a bare count after the deaths it is a part of, named by a longer borrowed noun
    ("Almost half of all drug poisoning deaths (2,687) involved …, and 380 involved …", "302
    Alaskans died of drug overdoses, 241 of them involving opioids") or, after "Of them,", by
    the sentence before ("… 578 drug-induced deaths in 2025. Of them, 341 involved opioids")."""
    if mention.noun and mention.quote.endswith(mention.noun):
        return False  # a noun of its own ("412 cases") is no part of deaths
    if mention.noun:
        return bool(_DEATHS_WORD.search(mention.noun))
    return bool(_OF_THEM.search(before) and _DEATHS_WORD.search(previous))


_OF_THEM = re.compile(r"(?:^|[.;]\s*)(?:of|among)\s+(?:them|these|those)\s*,\s*$", re.I)
#: round 27: "deaths linked to opioids or other drugs" names all drugs as well
_AND_OTHER = re.compile(rf"\s+(?:and|or)\s+other\s+{DRUG_KIND}{NAMED_DRUG}", re.I)
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
    if found is None or drug_name(found) == "drug":
        return None
    if drug_name(found) == "opioid" and re.search(r"overdos|toxicit|poison|relat", found[0], re.I):
        # "opioid toxicity deaths", "opioid overdose deaths", round 27: "opioid-related deaths"
        return None  # (health units' name for all their overdose deaths): drug-related deaths
    kind = found["kind"]
    name = f"{kind.lower()}-{drug_name(found)}" if kind else drug_name(found)
    return Counted(f"{name}-deaths", "person", False)


#: A gapped clause that repeats the verb of the clause before: "..., and methamphetamine 1,491".
_GAPPED = re.compile(rf"(?:,|;|\band\b)\s*(?:and\s+)?{DRUG_WORDS.pattern}(?:\s+in)?\s*$", re.I)
#: (round 9: also a gap after "found", "detected", "identified": "… and cocaine in 49")
_CAUSED_VERB = re.compile(r"\b(?:caused|involved|found|detected|identified|present)\b", re.I)


def drug_involved(mention: Mention, before: str) -> Counted | None:
    """Round 7: counts of things other than deaths that a drug was involved in or found in
    ("Cannabis was involved in 6,210 finds" -> ``cannabis-finds``), also the gapped items after
    it ("…, cannabis in 6,210 and buprenorphine in 1,980"), in the noun's count unit."""
    heads = re.findall(r"[a-z]+s\b", mention.noun.lower())
    if (
        mention.unit is not None
        or not heads
        or heads[-1] in {"deaths", "decedents", "people", "persons"}
    ):
        return None
    clause = re.split(r"[;:]|\.\s", before)[-1]
    found = (
        _INVOLVED.search(clause)
        or (_FOUND_OBJECT.search(clause) if heads[-1] in _TESTED else None)
        or (_GAPPED_IN.search(clause) if _INVOLVED_ANY.search(clause) else None)
        # round 8: "…, followed by cannabis (2,907)": the next drug of the list, in brackets
        or (USED_BY_NEXT.search(clause) if _INVOLVED_CUE.search(clause) else None)
    )
    if heads[-1] in _LAB_SAMPLES and _IN_SAMPLES.search(clause):
        return Counted("samples-tested-positive", "sample", True)  # "appearing in 10,537"
    if found is None or drug_name(found) == "drug":
        return None
    if heads[-1] in _LAB_SAMPLES:
        # round 28: a laboratory's samples a drug was found in are its positive samples
        return Counted("samples-tested-positive", "sample", True)
    return Counted(
        f"{drug_name(found)}-{heads[-1]}", count_unit(heads[-1]) or proposed_unit(heads[-1]), False
    )


#: Round 9: the drug a treatment episode is for: "Amphetamines were the principal drug of
#: concern in 13,980 episodes", "… the main drug in 2,410 episodes".
PRINCIPAL = r"(?:principal|main|primary)\s+(?:problem\s+)?drug(?:\s+of\s+concern)?\s+in\b"
#: Round 16: what a laboratory says of a drug in its cases ("Fentanyl was identified in 6,412 of
#: those cases", "Cocaine appeared in 1,207 cases", "the most common substance, found in 3,944").
_FOUND = (
    r"(?:(?:was|were)\s+(?:also\s+)?)?(?:involved|found|detected|present|identified|confirmed)"
    r"\s+in|appeared\s+in"
)
_INVOLVED = re.compile(
    rf"{NAMED_DRUG}[^.;]{{0,40}}?\b(?:(?:was|were)\s+(?:involved|found|detected|present)\s+in"
    # round 8: "Cocaine was the main problem drug, reported by 4,596 cases", "… drug for 3,188"
    r"|(?:reported|named|cited)\s+by|(?:main|primary)\s+(?:problem\s+)?drug\s+(?:for|of)"
    rf"|{_FOUND}|{PRINCIPAL})\s*$",
    re.I,
)
#: Round 16: the verb before the drug: "the laboratory confirmed xylazine in 143 cases" (of what
#: a laboratory tests only: "found cocaine in 40 vehicles" counts vehicles searched).
_TESTED = frozenset({"cases", "samples", "submissions", "exhibits"})
#: Round 28: what keys of laboratories' reports count as samples tested (3 reports of 3 rounds):
#: "Xylazine was present in 2,118 submissions" is ``samples-tested-positive``, not xylazine-….
_LAB_SAMPLES = frozenset({"samples", "submissions"})
#: A drug named, then "in" right before the samples: "found alongside fentanyl in 612".
_IN_SAMPLES = re.compile(rf"{NAMED_DRUG}[^.;]*\bin\s*$", re.I)
_FOUND_OBJECT = re.compile(
    rf"\b(?:confirmed|identified|detected|found|seeing|saw|seen)\s+{NAMED_DRUG}\s+in\s*$", re.I
)
_INVOLVED_CUE = re.compile(
    r"\b(?:(?:reported|named|cited)\s+by|(?:main|primary)\s+(?:problem\s+)?drug\s+(?:for|of)"
    rf"|(?:was|were)\s+(?:involved|found|detected|present)\s+in|{PRINCIPAL})",
    re.I,
)
_INVOLVED_ANY = re.compile(
    rf"\b(?:(?:was|were)\s+(?:involved|found|detected|present)\s+in|{_FOUND}|{PRINCIPAL})", re.I
)
#: (round 16: "… and heroin in just 96")
_GAPPED_IN = re.compile(
    rf"(?:,|\band\b)\s*(?:and\s+)?{NAMED_DRUG}\s+in(?:\s+(?:just|only|about|some|nearly))?\s*$",
    re.I,
)


def drug_of_own_words(mention: Mention, sentence: Sentence) -> str | None:
    """The drug-specific deaths measure a bare number's own words give it, if any: then it does
    not count what its sibling counts, though it borrowed its noun."""
    offset = mention.start - sentence.start
    found = caused_deaths(
        mention, sentence.text[:offset], sentence.text[mention.end - sentence.start :]
    ) or drug_involved(mention, sentence.text[:offset])
    return found.measure if found else None


#: Round 22: a pronoun opening the last clause as its subject: "It was involved in 884 deaths",
#: "…: they were found in 902 deaths", "…: it was present in 402 of them".
_PRONOUN = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?P<pronoun>it|they)\s+(?=(?:was|were)\b)[^,;:.()]*$", re.I
)


def pronoun_drug(before: str, previous: str) -> str:
    """Round 22: ``before`` (a figure's sentence up to it) with a pronoun subject of its last
    clause ("It was involved in 884 deaths") written as the one drug it stands for: the drug
    named before it in its sentence ("Fentanyl remained the leading cause of the 511 deaths: it
    was present in 402 of them"), else in the sentence before ("Fentanyl remained the leading
    cause. It was involved in …"). Two drugs named there, or none, leave it as written."""
    found = _PRONOUN.search(before)
    if found is None:
        return before
    head = before[: found.start("pronoun")]
    for text in (head, previous):
        drugs = [m for m in DRUG_WORDS.finditer(text) if drug_name(m) != "drug"]
        if drugs:
            if len({drug_name(m) for m in drugs}) > 1:
                return before
            return head + drugs[-1][0] + before[found.end("pronoun") :]
    return before


def drug_name(match: re.Match[str] | None) -> str:
    word = match[match.re.groupindex.get("drug", 1)].lower() if match else "drug"
    word = "-".join(word.split())  # round 7: "psychoactive substances"
    word = STREET_NAMES.get(word, word)  # round 8: named as the registry names the drug
    if word == "coca" and match and re.match(r"\s+lea(?:f|ves)\b", match.string[match.end() :]):
        return "coca-leaf"  # round 11: the leaf is the good ("coca-leaf-produced"), not the bush
    return "drug" if word.startswith("drug") else word.rstrip("s") if word != "cannabis" else word


_DEATHS_END = re.compile(r"\bdeaths$", re.I)


def part_of_people(mention: Mention, sentence: str, before: str, after: str) -> Counted | None:
    """Round 15b: "N of the M deaths", "N out of M patients" counts people, as the keys name such a
    part: the deaths of the drug the sentence ties to them ("fentanyl contributed to 81 of the 101
    deaths" -> ``fentanyl-deaths``), else the registry's measure of the people it counts; a part
    of things ("6 out of 10 pills") stays a share."""
    if count_unit(mention.noun) != "person":
        return None
    # the drug a test found in the part comes before the whole's own drug ("heroin was detected
    # in 21 of the 34 opioid deaths" -> heroin-deaths)
    bare = dataclasses.replace(mention, noun="deaths") if _DEATHS_END.search(mention.noun) else None
    if (deaths := caused_deaths(bare, before, after) if bare else None) is not None:
        return deaths
    if (deaths := caused_deaths(mention, before, after)) is not None:
        return deaths
    known = classify(mention.noun, sentence, None, False)
    return known if known.known and known.unit == "person" else None
